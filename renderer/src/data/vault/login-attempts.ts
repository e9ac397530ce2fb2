// The growing delay after wrong passwords. Counters live in loginAttempts, outside the vault's
// meaning: they hold a time and, if the username matched, a user id (never what was typed).
// Counting is global, not per user, so the table does not reveal which names exist.
import { AppError } from '@shared/errors/app-error';
import type { VaultDb } from '../db/vault-db';

const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** Delay imposed after `failures` consecutive failures: 0, 0, 0, 2 s, 4 s, 8 s, ... capped. */
export const delayAfterFailures = (failures: number): number =>
  failures <= FREE_ATTEMPTS
    ? 0
    : Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);

/** Throws AppError('locked', {retryAfterMs}) while the delay after the last failure runs. */
export const assertNotThrottled = async (db: VaultDb, now: Date): Promise<void> => {
  const attempts = await db.loginAttempts.orderBy('at').toArray();
  const last = attempts.at(-1);
  if (!last) return;
  const waitUntil = Date.parse(last.at) + delayAfterFailures(attempts.length);
  const retryAfterMs = waitUntil - now.getTime();
  if (retryAfterMs > 0) throw new AppError('locked', 'errors.tooManyAttempts', { retryAfterMs });
};

/** Records a failure and returns the error to throw (validation, with the delay now in force). */
export const recordFailure = async (
  db: VaultDb,
  now: Date,
  userId: string | null,
): Promise<AppError> => {
  await db.loginAttempts.add({ id: crypto.randomUUID(), at: now.toISOString(), userId });
  const failures = await db.loginAttempts.count();
  return new AppError('validation', 'errors.badCredentials', {
    retryAfterMs: delayAfterFailures(failures),
  });
};
