// The one services instance of this renderer. Built lazily so tests and the first paint do not
// open the database before they need it.
import { checkPassword } from '@shared/password';
import {
  activeDatabaseName,
  browserDatabaseSwitch,
  createServices,
  createVaultDb,
  type Services,
  type StartOutcome,
  writeBackupInWorker,
} from '../services';

export type { StartOutcome };

let instance: Services | undefined;

export const services = (): Services => {
  // The register in use: the default database, or the one the last restore switched to.
  instance ??= createServices({
    checkPassword,
    db: createVaultDb(activeDatabaseName()),
    databases: browserDatabaseSwitch(),
    appVersion: __APP_VERSION__,
    // Off the app's thread and heap (docs/benchmarks.md, "Backups, fifth pass").
    backupWriter: writeBackupInWorker,
  });
  return instance;
};

/**
 * Deletes register databases that are not the one in use (a replaced register once the restored
 * one is proven whole, or an interrupted restore's new database), or switches back to the
 * replaced register when the restored one is not whole. Called once at start, before the
 * register is opened (services() reads the active name after it).
 */
export const startDatabases = (): Promise<StartOutcome> => browserDatabaseSwitch().start();
