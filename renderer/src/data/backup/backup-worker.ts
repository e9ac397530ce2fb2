// The backup worker: writes one backup in its own thread and V8 heap, then is terminated.
// Why (docs/benchmarks.md, "Backups, fifth pass"): every row IndexedDB hands back is garbage
// once framed, and in the app's heap that garbage (the young generation's fill, and the rows'
// sealed boxes as ArrayBuffer backing stores) waited for collections whose triggers grow with
// the register, so a backup of 50,000 children raised the app's heap 1.35–1.41x. Here it is
// collected by this small heap's own triggers and released whole when the worker ends; the app's
// thread also stays free to paint the progress bar. The worker opens the same database (its own
// connection, one read-only transaction as in the app) and the same OPFS keybook folder; it
// needs no key: rows are copied as stored and the backup key is wrapped with public keys only.
import { createVaultDb } from '../db/vault-db';
import { opfsKeybookFiles } from '../keys/keybook-files';
import { writeBackupHere } from './blob-backup';
import { failureOf, type BackupJob, type BackupWorkerMessage } from './backup-worker-protocol';

type WorkerScope = {
  onmessage: ((event: MessageEvent<BackupJob>) => void) | null;
  postMessage(message: BackupWorkerMessage, transfer?: Transferable[]): void;
};
const scope = globalThis as unknown as WorkerScope;

/** Progress is posted at most every half per cent of the rows (and at the last row). */
const ROWS_STEP = 0.005;

const run = async (job: BackupJob): Promise<void> => {
  const db = createVaultDb(job.dbName);
  let posted = 0;
  try {
    const { blob, header, macKey } = await writeBackupHere(
      { db, keybookFiles: opfsKeybookFiles(job.keybookFolder) },
      {
        appVersion: job.appVersion,
        now: new Date(job.now),
        onRows: (written, total) => {
          if (written < total && written - posted < total * ROWS_STEP) return;
          posted = written;
          scope.postMessage({ kind: 'rows', written, total });
        },
      },
    );
    scope.postMessage({ kind: 'done', blob, header, macKey });
  } catch (error) {
    scope.postMessage(failureOf(error));
  } finally {
    db.close();
  }
};

scope.onmessage = (event) => {
  scope.onmessage = null;
  void run(event.data);
};
