// The raw-database probe of the role tests: EVERY key a session can reach (its grants, the scope
// keys its category keys open, every data key those open), tried on every sealed box. What opens
// is what the role could read by bypassing the services entirely.
import type { KeyCategory } from '@shared/access/roles';
import { open } from '@renderer/data/crypto/aes-gcm';
import { rowAad } from '@renderer/data/db/sealed-row';
import type { SealedFields } from '@renderer/data/db/rows';
import type { VaultDb } from '@renderer/data/db/vault-db';
import type { Keybook } from '@renderer/data/keys/keybook';
import { unwrapDataKey } from '@renderer/data/keys/person-keys';
import { openScopeKeys } from '@renderer/data/keys/scope-keys';
import { scopeKeysTable } from '@renderer/data/keys/scope-store';
import { keyringOf, type Keyring } from '@renderer/data/session/session';
import type { Session } from '@renderer/services';

/** What the probe reads: the database and the keybook. */
export type Probed = { readonly db: VaultDb; readonly context: { readonly keybook: Keybook } };

export type Row = { readonly id: string; readonly sealed: SealedFields };

/** Every key a session reaches from its own grants, walking scope keys and the whole keybook. */
export const reachableKeys = (v: Probed, session: Session): Promise<CryptoKey[]> =>
  reachableKeysOfKeyring(v, keyringOf(session));

/** The same from a keyring (the e2e's raw read in the page builds one from a password). */
export const reachableKeysOfKeyring = async (v: Probed, keyring: Keyring): Promise<CryptoKey[]> => {
  const scopes = [...keyring.scopes.values()].flatMap((m) => [...m.values()]);
  const stored = await openScopeKeys(await scopeKeysTable(v.db).toArray(), keyring.categoryKeys);
  scopes.push(...[...stored.values()].flatMap((m) => [...m.values()]));
  const dataKeys: CryptoKey[] = [];
  for (const scopeId of v.context.keybook.scopeIds())
    for (const entry of v.context.keybook.entriesInScope(scopeId))
      for (const scopeKey of scopes)
        await unwrapDataKey(scopeKey, entry, false).then(
          (k) => dataKeys.push(k),
          () => undefined,
        );
  return [keyring.org, ...keyring.categoryKeys.values(), ...dataKeys];
};

/** The categories of a row that some reachable key opens. */
export const opened = async (
  keys: readonly CryptoKey[],
  table: string,
  row: Row,
): Promise<string[]> => {
  const out: string[] = [];
  for (const [category, box] of Object.entries(row.sealed)) {
    for (const key of keys) {
      const ok = await open(key, box, rowAad(table, row.id, category as KeyCategory)).then(
        () => true,
        () => false,
      );
      if (ok) {
        out.push(category);
        break;
      }
    }
  }
  return out.sort();
};

export const rowOf = async (v: Probed, table: string, id: string): Promise<Row> => {
  const row = await v.db.table<Row, string>(table).get(id);
  if (!row) throw new Error('row missing');
  return row;
};
