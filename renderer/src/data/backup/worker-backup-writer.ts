// Runs the backup writer in a dedicated worker (backup-worker.ts) for the app in a browser or
// Electron: the rows a backup reads become garbage in the worker's heap, not the app's, and the
// worker's heap is released whole when it ends (docs/benchmarks.md, "Backups, fifth pass").
import { AppError } from '@shared/errors/app-error';
import { keybookFolderOf } from '../keys/keybook-files';
import { writeBackupHere, type BackupBlobWriter, type BlobBackup } from './blob-backup';
import { errorOf, type BackupJob, type BackupWorkerMessage } from './backup-worker-protocol';

const startWorker = (): Worker =>
  new Worker(new URL('./backup-worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup',
  });

/**
 * A BackupBlobWriter that writes in a worker, for a register whose keybook is the OPFS folder
 * of its database (keybookFolderOf; the app's, see services/index.ts): the worker opens both
 * by name. Same results and errors as writeBackupHere (an AppError thrown in the worker keeps
 * its code and key; anything else is errors.internal). Where no worker can be started, or the
 * worker fails before it began (its script did not load), the backup is written in this thread
 * instead: a backup is never lost to the way it is made. `options.signal` ends the worker at
 * once (a lock: the worker needs no key, so nothing else would stop it before its last row).
 */
export const writeBackupInWorker: BackupBlobWriter = (source, options) => {
  if (typeof Worker === 'undefined') return writeBackupHere(source, options);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return writeBackupHere(source, options);
  }
  return new Promise<BlobBackup>((resolve, reject) => {
    let began = false;
    const stop = (): void => {
      worker.terminate();
      reject(signal?.reason as Error);
    };
    const end = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = ({ data }: MessageEvent<BackupWorkerMessage>) => {
      began = true;
      if (data.kind === 'rows') {
        options.onRows?.(data.written, data.total);
        return;
      }
      end();
      if (data.kind === 'done')
        resolve({ blob: data.blob, header: data.header, macKey: data.macKey });
      else reject(errorOf(data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      if (began) reject(new AppError('internal', 'errors.internal'));
      else writeBackupHere(source, options).then(resolve, reject);
    };
    worker.onmessageerror = () => {
      end();
      reject(new AppError('internal', 'errors.internal'));
    };
    const job: BackupJob = {
      dbName: source.db.name,
      keybookFolder: keybookFolderOf(source.db.name),
      appVersion: options.appVersion,
      now: options.now.toISOString(),
    };
    worker.postMessage(job);
  });
};
