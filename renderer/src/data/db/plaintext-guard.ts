// DBCore middleware: every add/put is checked, synchronously and before it reaches IndexedDB,
// against its table's allow-list. Anything else must be inside `sealed`, as AES-GCM boxes keyed
// by category. A forgotten code path that would write a name in clear fails loudly instead.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { KEY_CATEGORIES } from '@shared/access/roles';
import { AppError } from '@shared/errors/app-error';

const reject = (table: string, field: string): AppError =>
  // Table and property names are schema, never personal data: safe in the message.
  new AppError('storage', 'errors.plaintextField', { table, field });

const isBox = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).every((k) => k === 'iv' || k === 'ct') &&
  (value as { iv?: unknown }).iv instanceof Uint8Array &&
  (value as { ct?: unknown }).ct instanceof Uint8Array;

const checkSealed = (table: string, sealed: unknown): void => {
  if (typeof sealed !== 'object' || sealed === null) throw reject(table, 'sealed');
  for (const [category, box] of Object.entries(sealed)) {
    if (!(KEY_CATEGORIES as readonly string[]).includes(category) || !isBox(box)) {
      throw reject(table, `sealed.${category}`);
    }
  }
};

export const assertRowAllowed = (
  table: string,
  allowed: ReadonlySet<string> | undefined,
  row: unknown,
): void => {
  if (allowed === undefined) throw reject(table, '*');
  if (typeof row !== 'object' || row === null) throw reject(table, '(row)');
  for (const field of Object.keys(row)) {
    if (field === 'sealed') checkSealed(table, (row as { sealed: unknown }).sealed);
    else if (!allowed.has(field)) throw reject(table, field);
  }
};

const guardMutate = (
  table: string,
  allowed: ReadonlySet<string> | undefined,
  req: DBCoreMutateRequest,
): void => {
  if (req.type === 'add' || req.type === 'put')
    req.values.forEach((row) => {
      assertRowAllowed(table, allowed, row);
    });
};

export const plaintextGuard = (
  allowList: ReadonlyMap<string, ReadonlySet<string>>,
): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'plaintext-guard',
  create: (down) => ({
    ...down,
    table: (name): DBCoreTable => {
      const inner = down.table(name);
      const allowed = allowList.get(name);
      return {
        ...inner,
        mutate: (req) => {
          // Throwing here (not inside a later promise) rejects the write before any I/O.
          guardMutate(name, allowed, req);
          return inner.mutate(req);
        },
      };
    },
  }),
});
