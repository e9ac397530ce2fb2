// Printed form ids for a batch: random, unique in the batch and unused in the register.
import { AppError } from '@shared/errors/app-error';
import { FORM_ID_RANDOM_BYTES, makeFormId } from '@shared/pdf';
import { formIdsTaken } from '../../data/consents';
import type { VaultDb } from '../../data/db/vault-db';

const defaultRandom = (length: number): Uint8Array =>
  crypto.getRandomValues(new Uint8Array(length));

export const newFormIds = async (
  db: VaultDb,
  count: number,
  random: (length: number) => Uint8Array = defaultRandom,
): Promise<string[]> => {
  // 40 random bits per id: a clash is vanishingly rare, so a few retries are plenty.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const ids = new Set<string>();
    while (ids.size < count) ids.add(makeFormId(random(FORM_ID_RANDOM_BYTES)));
    const list = [...ids];
    if (!(await formIdsTaken(db, list))) return list;
  }
  throw new AppError('internal', 'errors.formIdExhausted');
};
