// Helpers the request services share: the institution's country and procedure, today's date in
// local time, staff names for the history, and audit (ids only).
import type { Country } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { DEFAULT_PROCEDURES, type RequestProcedure } from '@shared/requests';
import { todayIso, type IsoDate } from '@shared/text';
import type { Permission } from '@shared/access/permissions';
import type { KeyChange } from '../../data/keys/key-change';
import { keyringOf, type Session } from '../../data/session/session';
import { keyringFor, type Authorized } from '../authorize';
import { keyChange } from '../person-keys';
import { openUserCore } from '../user-rows';
import type { VaultContext } from '../vault-context';

export { auditEntries, auditEntry } from '../audit-write';

const PROCEDURE_SETTING = 'requestProcedure';

export const institutionCountry = async (ctx: VaultContext): Promise<Country> => {
  const meta = await ctx.db.meta.get('vault');
  return meta?.id === 'vault' ? meta.country : 'LV';
};

const parseProcedure = (value: unknown): RequestProcedure | undefined => {
  if (typeof value !== 'string') return undefined;
  const [answer, followUp] = value.split('|');
  if (answer !== 'one-month' && answer !== '30-days') return undefined;
  if (followUp !== 'answer-deadline' && followUp !== '5-working-days') return undefined;
  return { answer, followUp };
};

/** The procedure in force: the head's setting, else the country's default. */
export const readProcedure = async (ctx: VaultContext): Promise<RequestProcedure> => {
  const stored = parseProcedure((await ctx.db.settings.get(PROCEDURE_SETTING))?.value);
  return stored ?? DEFAULT_PROCEDURES[await institutionCountry(ctx)];
};

export const writeProcedure = async (
  ctx: VaultContext,
  procedure: RequestProcedure,
): Promise<void> => {
  if (parseProcedure(`${procedure.answer}|${procedure.followUp}`) === undefined) {
    throw new AppError('validation', 'validation.invalid', { field: 'procedure' });
  }
  await ctx.db.settings.put({
    id: PROCEDURE_SETTING,
    value: `${procedure.answer}|${procedure.followUp}`,
  });
};

export const today = (ctx: VaultContext): IsoDate => todayIso(ctx.now());

/** A keybook change for one write of a request or disclosure (its own item key). */
export const requestKeyChange = (ctx: VaultContext, auth: Authorized<Permission>): KeyChange =>
  keyChange(ctx, keyringFor(auth));

/** Display names of staff (for "registered by"); a user the session cannot read stays unnamed. */
export const staffNames = async (
  ctx: VaultContext,
  session: Session,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string>> => {
  const names = new Map<string, string>();
  const rows = await ctx.db.users.bulkGet([...new Set(ids)]);
  for (const row of rows) {
    if (row === undefined) continue;
    try {
      names.set(row.id, (await openUserCore(keyringOf(session), row)).displayName);
    } catch {
      // A name the session cannot open is simply not shown.
    }
  }
  return names;
};

/** A validation error that lands on one field of the request form. */
export const fieldError = (field: string, key: string): AppError =>
  new AppError('validation', key, { field });
