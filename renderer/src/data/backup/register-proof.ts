// Whether a register is whole on this PC: what the start checks before it deletes the register
// a restore replaced (docs/backup-format.md, "Switch"). A restore's rows are flushed to disk
// before the switch, but its keybook files in OPFS are flushed by nothing the app controls, so a
// power cut right after a restore can leave the database switched to without its keys.
import { Dexie } from 'dexie';
import { Keybook } from '../keys/keybook';
import type { KeybookFiles } from '../keys/keybook-files';

const databaseExists = async (name: string): Promise<boolean> =>
  (await indexedDB.databases()).some((d) => d.name === name);

/** The database `name` (known to exist) holds the vault row; it is opened as it is, never upgraded. */
const hasVaultRow = async (name: string): Promise<boolean> => {
  const db = new Dexie(name);
  try {
    await db.open();
    if (!db.tables.some((t) => t.name === 'meta')) return false;
    return (await db.table('meta').get('vault')) !== undefined;
  } finally {
    db.close();
  }
};

/**
 * True when the database `name` exists and holds no register (no vault row): the empty database
 * of a PC that had no register when a backup was restored onto it (restoreFresh refuses a PC
 * with one). A database missing, or one that cannot be read, is not empty; never throws.
 */
export const isEmptyDatabase = async (name: string): Promise<boolean> => {
  try {
    return (await databaseExists(name)) && !(await hasVaultRow(name));
  } catch {
    return false;
  }
};

/** Every file named in `needed` is there, and every file there decodes and names its scope. */
const keybookReadsBack = async (
  files: KeybookFiles,
  needed: readonly string[],
): Promise<boolean> => {
  const present = new Set(await files.list());
  if (needed.some((name) => !present.has(name))) return false;
  await new Keybook(files).load();
  return true;
};

/**
 * True when the register `name` is whole: its database exists with the vault row, and its
 * keybook (`files`) holds every file of `needed` (the names the restore wrote; none for a
 * register in use before) and reads back. Any failure to read counts as not whole; never throws.
 */
export const isRegisterWhole = async (
  name: string,
  files: KeybookFiles,
  needed: readonly string[] = [],
): Promise<boolean> => {
  try {
    if (!(await databaseExists(name))) return false;
    return (await hasVaultRow(name)) && (await keybookReadsBack(files, needed));
  } catch {
    return false;
  }
};
