// The session holder of the last archive hand-over (issue 9 item 7,
// services/archive/hand-over-holder.ts): the code and the act's data stay in memory across a
// visit to another page until the act is saved or the result dismissed; every lock drops them;
// another session never sees them.
import { describe, expect, it } from 'vitest';
import { createHandOverHolder, type SessionChanges } from '@renderer/services/archive';
import type { Session } from '@renderer/services';

const sessionOf = (userId: string) => ({ userId, role: 'head' }) as unknown as Session;

/** A session store as the vault's: `set` tells every listener. */
const sessions = () => {
  const listeners: ((s: Session | null) => void)[] = [];
  const subscribe: SessionChanges = (listener) => {
    listeners.push(listener);
    return () => listeners.splice(listeners.indexOf(listener), 1);
  };
  return {
    subscribe,
    set: (s: Session | null) => {
      for (const l of listeners) l(s);
    },
  };
};

const CODE = 'ABCDE-12345-FGHJK-67890-MNPQR';

describe('createHandOverHolder', () => {
  it('keeps an unsaved hand-over when its page is left, for the same session', () => {
    const store = sessions();
    const holder = createHandOverHolder<string>(store.subscribe);
    const head = sessionOf('u1');
    expect(holder.get(head)).toBeNull();
    holder.hold(head, CODE);
    holder.pageLeft(head);
    expect(holder.get(head)).toEqual({ value: CODE, actSaved: false });
  });

  it('drops a hand-over whose act is saved once its page is left, not before', () => {
    const holder = createHandOverHolder<string>(sessions().subscribe);
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    holder.markActSaved(head);
    expect(holder.get(head)).toEqual({ value: CODE, actSaved: true });
    holder.pageLeft(head);
    expect(holder.get(head)).toBeNull();
  });

  it('drops it when dismissed', () => {
    const holder = createHandOverHolder<string>(sessions().subscribe);
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    holder.drop();
    expect(holder.get(head)).toBeNull();
  });

  it('drops it on every lock, and a new sign-in of the same user does not get it back', () => {
    const store = sessions();
    const holder = createHandOverHolder<string>(store.subscribe);
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    store.set(null);
    expect(holder.get(head)).toBeNull();
    const again = sessionOf('u1');
    store.set(again);
    expect(holder.get(again)).toBeNull();
  });

  it('keeps it while the same session is published again (a password change)', () => {
    const store = sessions();
    const holder = createHandOverHolder<string>(store.subscribe);
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    store.set(head);
    expect(holder.get(head)?.value).toBe(CODE);
  });

  it('never shows it to another session, even without a lock event in between', () => {
    const holder = createHandOverHolder<string>(sessions().subscribe);
    const head = sessionOf('u1');
    const other = sessionOf('u2');
    holder.hold(head, CODE);
    expect(holder.get(other)).toBeNull();
    holder.markActSaved(other);
    holder.pageLeft(other);
    expect(holder.get(head)).toEqual({ value: CODE, actSaved: false });
  });

  it('a new hand-over replaces the one held', () => {
    const holder = createHandOverHolder<string>(sessions().subscribe);
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    holder.markActSaved(head);
    holder.hold(head, 'NEXT');
    expect(holder.get(head)).toEqual({ value: 'NEXT', actSaved: false });
  });

  it("updates the held value (the act's choices) of its own session only, keeping actSaved", () => {
    const holder = createHandOverHolder<string>(sessions().subscribe);
    const head = sessionOf('u1');
    holder.update(head, (value) => `${value}!`);
    expect(holder.get(head)).toBeNull();
    holder.hold(head, CODE);
    holder.update(head, (value) => `${value} basis`);
    holder.update(sessionOf('u2'), () => 'OTHER');
    expect(holder.get(head)).toEqual({ value: `${CODE} basis`, actSaved: false });
    holder.markActSaved(head);
    holder.update(head, (value) => `${value} names`);
    expect(holder.get(head)).toEqual({ value: `${CODE} basis names`, actSaved: true });
  });

  it('tells when a hand-over without its act starts and stops being held (a reload then asks)', () => {
    const store = sessions();
    const told: boolean[] = [];
    const holder = createHandOverHolder<string>(store.subscribe, (pending) => told.push(pending));
    const head = sessionOf('u1');
    holder.hold(head, CODE);
    holder.pageLeft(head);
    holder.markActSaved(head);
    holder.pageLeft(head);
    expect(told).toEqual([true, false]);
    holder.hold(head, 'NEXT');
    holder.hold(head, 'THIRD');
    store.set(head);
    expect(told).toEqual([true, false, true]);
    store.set(null);
    holder.hold(head, 'FOURTH');
    holder.drop();
    holder.drop();
    expect(told).toEqual([true, false, true, false, true, false]);
  });
});
