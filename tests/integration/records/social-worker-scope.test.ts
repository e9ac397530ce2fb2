// A social worker (in a social office) reaches only the clients assigned to her, for writes as
// well as reads, and cannot reach another family's representative by naming its id.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@renderer/services';
import { staffSession } from '../vault/helpers';
import { childSave, recordsVault, type RecordsVault } from './records-harness';

let v: RecordsVault;
let worker: Session;
let unassigned: string;

beforeAll(async () => {
  v = await recordsVault({}, 'socialOffice');
  worker = (await staffSession(v, v.head, 'socialWorker', 'user-social')).session;
  unassigned = await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ kind: 'client', givenNames: 'Kārlis', familyName: 'Vītols' }),
  );
}, 120_000);

describe("records service: a social worker's scope", () => {
  it('refuses to edit or read a client who is not assigned to her', async () => {
    await expect(v.records.getSubject(worker, unassigned)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      v.records.saveSubject(worker, {
        ...childSave({ kind: 'client', givenNames: 'Mainīts' }),
        id: unassigned,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(v.records.setHealthNotes(worker, unassigned, 'teksts')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const untouched = await v.records.getSubject(v.sessions.head, unassigned);
    expect(untouched.subject.givenNames).toBe('Kārlis');
    expect(untouched.subject.healthNotes).toBeUndefined();
  });

  it('assigns a new client to the worker who created it, who can then edit it', async () => {
    const own = await v.records.saveSubject(worker, {
      ...childSave({ kind: 'client', givenNames: 'Inta', familyName: 'Liepa' }),
    });
    const opened = await v.records.getSubject(worker, own);
    expect(opened.subject.assignedWorkerIds).toEqual([worker.userId]);
    await v.records.setHealthNotes(worker, own, 'Vajadzīgs asistents');
    expect((await v.records.getSubject(worker, own)).subject.healthNotes).toBe(
      'Vajadzīgs asistents',
    );
  });

  it("cannot overwrite another family's representative by naming its id", async () => {
    const other = await v.records.getSubject(v.sessions.head, unassigned);
    const foreign = other.representatives[0];
    if (!foreign) throw new Error('no representative');
    const own = await v.records.saveSubject(
      worker,
      childSave({ kind: 'client', givenNames: 'Ojārs', familyName: 'Kalns' }),
    );
    await expect(
      v.records.saveSubject(worker, {
        id: own,
        draft: { kind: 'client', givenNames: 'Ojārs', familyName: 'Kalns' },
        status: 'active',
        representatives: [
          {
            representativeId: foreign.id,
            relation: 'other',
            draft: { givenNames: 'Pārrakstīts', familyName: 'Vārds' },
          },
        ],
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const after = await v.records.getSubject(v.sessions.head, unassigned);
    expect(after.representatives[0]?.givenNames).toBe(foreign.givenNames);
  });
});
