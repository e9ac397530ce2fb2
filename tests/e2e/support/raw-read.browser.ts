// Runs INSIDE the app's page (bundled by ./raw-read.ts, evaluated over the DevTools protocol):
// the raw-database read of a role, without the app's services. From a username and password it
// opens that user's slot and grants exactly as an unlock does (read-only: no audit entry, no
// session), walks every key they reach (scope keys, the whole keybook), and tries each on every
// sealed box of every subject row in the real IndexedDB. What opens is what that person could
// read by bypassing the UI and the services entirely (tests/integration/vault/raw-probe.ts).
import { activeDatabaseName } from '@renderer/data/backup/database-switch';
import { createVaultDb } from '@renderer/data/db/vault-db';
import type { SubjectRow } from '@renderer/data/records/rows';
import { Keybook } from '@renderer/data/keys/keybook';
import { opfsKeybookFiles } from '@renderer/data/keys/keybook-files';
import { lookupTag } from '@renderer/data/vault/lookup-tag';
import { loadKeyring, openSlot } from '@renderer/data/vault/principals';
import { opened, reachableKeysOfKeyring } from '../../integration/vault/raw-probe';

/** Per subject row id: the categories it carries and those the user's keys open. */
export type RawReadResult = Record<
  string,
  { readonly sealed: readonly string[]; readonly opened: readonly string[] }
>;

const rawRead = async (username: string, password: string): Promise<RawReadResult> => {
  const db = createVaultDb(activeDatabaseName());
  try {
    const meta = await db.meta.get('vault');
    if (meta?.id !== 'vault') throw new Error('no register');
    const user = await db.users
      .where('lookupTag')
      .equals(await lookupTag(meta.installSalt, username))
      .first();
    if (!user) throw new Error('no such user');
    const slot = (await db.slots.where('principalId').equals(user.id).toArray()).find(
      (s) => s.kind === 'password',
    );
    if (!slot) throw new Error('no password slot');
    const keybook = new Keybook(opfsKeybookFiles(`${db.name}.keybook`));
    const keyring = await loadKeyring(db, keybook, user.id, await openSlot(slot, password));
    const keys = await reachableKeysOfKeyring({ db, context: { keybook } }, keyring);
    const out: RawReadResult = {};
    for (const row of (await db.table('subjects').toArray()) as SubjectRow[]) {
      out[row.id] = {
        sealed: Object.keys(row.sealed).sort(),
        opened: await opened(keys, 'subjects', row),
      };
    }
    return out;
  } finally {
    db.close();
  }
};

(globalThis as unknown as { rawRead: typeof rawRead }).rawRead = rawRead;
