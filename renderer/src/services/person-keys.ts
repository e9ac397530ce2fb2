// How services use person data keys around a write: a KeyChange bound to the session (it may
// create scope keys the session's category keys allow), and the write order that keeps the
// keybook and the rows consistent (docs/security-model.md, "Erasure and crash consistency").
import { KeyChange } from '../data/keys/key-change';
import { ensureScopeKey } from '../data/keys/scope-store';
import type { Keyring } from '../data/session/session';
import type { VaultContext } from './vault-context';

export const keyChange = (ctx: VaultContext, keyring: Keyring): KeyChange =>
  new KeyChange(keyring.people, ctx.keybook, (scopeId, category) =>
    ensureScopeKey(ctx.db, keyring, scopeId, category, ctx.now()),
  );

/** New keys first, then the rows, then removals of old placements (KeyChange.store). */
export const storeWithKeys = (change: KeyChange, write: () => Promise<void>): Promise<void> =>
  change.store(write);
