// The messages between the app and the backup worker (backup-worker.ts). Plain data only: what
// crosses is structured-cloned (a Blob crosses as a handle, its bytes stay where they are).
import { APP_ERROR_CODES, AppError, type AppErrorCode } from '@shared/errors/app-error';
import type { BackupHeader } from './format';

/** What the worker is asked to back up: names only, no key and no personal data. */
export type BackupJob = {
  readonly dbName: string;
  readonly keybookFolder: string;
  readonly appVersion: string;
  /** When the backup is made, ISO 8601 (the header's createdAt). */
  readonly now: string;
};

export type BackupWorkerMessage =
  | { readonly kind: 'rows'; readonly written: number; readonly total: number }
  | {
      readonly kind: 'done';
      readonly blob: Blob;
      readonly header: BackupHeader;
      readonly macKey: Uint8Array;
    }
  | {
      readonly kind: 'failed';
      readonly code: AppErrorCode;
      readonly i18nKey: string;
      readonly details?: Readonly<Record<string, string | number | boolean>>;
    };

/**
 * An error thrown in the worker, as a message: an AppError keeps its code, key and details;
 * anything else (a browser error, whose message could name anything) becomes errors.internal,
 * as in the app's own backup runner.
 */
export const failureOf = (error: unknown): BackupWorkerMessage =>
  error instanceof AppError
    ? { kind: 'failed', code: error.code, i18nKey: error.i18nKey, details: error.details }
    : { kind: 'failed', code: 'internal', i18nKey: 'errors.internal' };

/** The AppError a 'failed' message stands for (an unknown code becomes 'internal'). */
export const errorOf = (message: Extract<BackupWorkerMessage, { kind: 'failed' }>): AppError =>
  new AppError(
    (APP_ERROR_CODES as readonly string[]).includes(message.code) ? message.code : 'internal',
    message.i18nKey,
    message.details,
  );
