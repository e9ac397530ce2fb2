// The one place a restored register is brought up to date before anything of it is shown:
// erasures recorded in it (the tombstones, issue 9 item 6) are applied again, so a person erased
// after the backup was made cannot come back. Called on the new database before it becomes
// the register in use.
import type { VaultDb } from '../../data/db/vault-db';
import type { KeybookFiles } from '../../data/keys/keybook-files';

/**
 * NOT YET CONNECTED: the erasure service (issue 9, `services/retention/reapply.ts`,
 * `reapplyErasures`) is being built in parallel. Until it lands, a restored register has no
 * erasure records newer than itself to apply, because a backup carries its own `erasures` table
 * and the erasure service does not exist yet: no erasure can have happened. This is the single
 * call site to connect.
 */
export const reapplyErasuresAfterRestore = (
  _db: VaultDb,
  _keybookFiles: KeybookFiles,
  _now: Date,
): Promise<void> => Promise.resolve();
