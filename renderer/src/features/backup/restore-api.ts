// What the restore screens need; the app adapter keeps the file and its keys between the steps.

/** What a backup holds, shown before anything is restored (no personal data but the name). */
export type RestorePreview = {
  /** The institution's name, opened with the backup's keys. */
  readonly institution: string;
  /** ISO time the backup was made. */
  readonly createdAt: string;
  readonly children: number;
  readonly representatives: number;
  readonly consentEvents: number;
  readonly scans: number;
  readonly staff: number;
};

/**
 * How far a restore has come: the automatic backup of the register being replaced (written and
 * verified), then the restore itself; each step's `fraction` 0 … 1, never falling within it.
 */
export type RestoreStatus = {
  readonly step: 'backingUp' | 'restoring';
  readonly fraction: number;
};

export type RestoreSecret =
  { readonly recoveryCode: string } | { readonly username: string; readonly password: string };

export type RestoreApi = {
  /** Step 1: is it a backup, whole, of a format this app reads? Rejects with the reason. */
  readonly choose: (file: File) => Promise<{ readonly createdAt: string }>;
  /** Step 2: a password or recovery code of that backup; the preview. */
  readonly unlock: (secret: RestoreSecret) => Promise<RestorePreview>;
  /**
   * Step 3: restore into a new database, verify, switch. Rejects leaving everything as it was.
   * `onStatus` is called as the restore goes on (after every frame of the file).
   */
  readonly restore: (onStatus: (status: RestoreStatus) => void) => Promise<void>;
  /** After a restore: start the app again on the restored register. */
  readonly reopen: () => void;
};
