// Names of backup files and the settings rows of backups. A file name never carries personal data.

/** Settings row: ISO time (UTC) of the last backup read back and verified. */
export const LAST_VERIFIED_KEY = 'backup.lastVerifiedAt';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `registrs-YYYY-MM-DD-HHMM.prbk` in local time (what the user sees in the folder). */
export const backupFileName = (at: Date): string =>
  `registrs-${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.prbk`;
