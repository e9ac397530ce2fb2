// Which IndexedDB database (and OPFS keybook folder) is the register in use. The name is kept in
// localStorage so that the app finds it synchronously at start; switching is one write of one
// key, so after a crash the register in use is the old one or the new one, never a mix. Just
// before that write, the switch records which register it replaces and which keybook files the
// new one has; the next start deletes the replaced register only once the new one is proven
// whole on this PC, and switches back to the replaced one when it is not (crash safety, issue 10
// item 3: docs/backup-format.md, "Switch").
import { Dexie } from 'dexie';
import { DEFAULT_DB_NAME } from '../db/vault-db';
import { keybookFolderOf, opfsKeybookFiles, type KeybookFiles } from '../keys/keybook-files';
import { isEmptyDatabase, isRegisterWhole } from './register-proof';

const ACTIVE_KEY = 'piekrisanas-registrs.activeDatabase';
/** JSON of a SwitchRecord while a switch is not yet proven; absent otherwise. */
const SWITCH_KEY = 'piekrisanas-registrs.unprovenSwitch';
const RESTORED_PREFIX = `${DEFAULT_DB_NAME}-restored-`;

/** localStorage, or an in-memory double in tests. */
export type ActiveDatabaseStore = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

/**
 * What the start found. 'ready': the register in use is proven (or no switch was pending) and
 * every other register database is deleted. 'restoreUndone': the register a restore switched to
 * was not whole; the replaced one is in use again and the broken one deleted. 'restoreRetry':
 * the same after a restore onto a PC that had no register (the replaced database is empty): the
 * PC has no register again, and setup offers the restore. 'restoreUnproven': neither could be
 * proven whole; nothing was deleted.
 */
export type StartOutcome = 'ready' | 'restoreUndone' | 'restoreRetry' | 'restoreUnproven';

/** A switch not yet proven: database names, and the keybook file names the new one had. */
type SwitchRecord = { readonly from: string; readonly to: string; readonly keybook: string[] };

const isRegisterName = (name: unknown): name is string =>
  typeof name === 'string' && (name === DEFAULT_DB_NAME || name.startsWith(RESTORED_PREFIX));

/** The recorded switch, or null when there is none (or it is not one this app wrote). */
const readSwitch = (store: ActiveDatabaseStore): SwitchRecord | null => {
  try {
    const value = JSON.parse(store.getItem(SWITCH_KEY) ?? 'null') as Partial<SwitchRecord> | null;
    if (!value || !isRegisterName(value.from) || !isRegisterName(value.to)) return null;
    const { keybook } = value;
    if (!Array.isArray(keybook) || !keybook.every((n) => typeof n === 'string')) return null;
    return { from: value.from, to: value.to, keybook };
  } catch {
    return null;
  }
};

/** The database name in use: the default, or the last restored one that was activated. */
export const activeDatabaseName = (store: ActiveDatabaseStore = localStorage): string => {
  const name = store.getItem(ACTIVE_KEY);
  return name !== null && name.startsWith(RESTORED_PREFIX) ? name : DEFAULT_DB_NAME;
};

const removeKeybookFolder = async (name: string): Promise<void> => {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(keybookFolderOf(name), { recursive: true }).catch(() => undefined);
};

const discard = async (name: string): Promise<void> => {
  await Dexie.delete(name);
  await removeKeybookFolder(name);
};

/** Deletes every register database but `kept` (with its keybook folder). */
const discardAllBut = async (kept: string): Promise<void> => {
  for (const { name } of await indexedDB.databases()) {
    if (name === undefined || name === kept) continue;
    if (isRegisterName(name)) await discard(name);
  }
};

/** The app's switch over localStorage, IndexedDB and OPFS. */
export const browserDatabaseSwitch = (store: ActiveDatabaseStore = localStorage) => {
  const keybookFiles = (name: string): KeybookFiles => opfsKeybookFiles(keybookFolderOf(name));
  return {
    newName: (): string => `${RESTORED_PREFIX}${crypto.randomUUID()}`,
    keybookFiles,
    /**
     * Records the switch (the register replaced, the keybook files `name` has now), then makes
     * `name` the register in use: two localStorage writes in one task, which Chromium commits
     * to disk in one atomic batch (batches in order): whenever the switch is on disk, so is its
     * record.
     */
    activate: async (name: string): Promise<void> => {
      const keybook = (await keybookFiles(name).list()).sort();
      const record: SwitchRecord = { from: activeDatabaseName(store), to: name, keybook };
      store.setItem(SWITCH_KEY, JSON.stringify(record));
      store.setItem(ACTIVE_KEY, name);
    },
    discard,
    /**
     * Called at start, before anything is opened. When a restore's switch is not yet proven,
     * the register switched to is checked first (isRegisterWhole with the recorded keybook
     * files): whole, the replaced register is deleted; not whole, the replaced one becomes the
     * register in use again if it is whole, or if it is the empty database of a PC that had no
     * register (a restore in setup: nothing else is left to sign in to, and setup offers the
     * restore again), and the broken one is deleted; neither, nothing is deleted and the record
     * stays (every start says so until a restore succeeds).
     * With no switch pending (or one that never happened: a restore interrupted before its
     * switch), every register database but the active one is deleted, as its leftovers.
     */
    start: async (): Promise<StartOutcome> => {
      const active = activeDatabaseName(store);
      const last = readSwitch(store);
      let kept = active;
      let outcome: StartOutcome = 'ready';
      if (
        last?.to === active &&
        !(await isRegisterWhole(active, keybookFiles(active), last.keybook))
      ) {
        if (last.from === active) return 'restoreUnproven';
        if (await isRegisterWhole(last.from, keybookFiles(last.from))) outcome = 'restoreUndone';
        else if (await isEmptyDatabase(last.from)) outcome = 'restoreRetry';
        else return 'restoreUnproven';
        store.setItem(ACTIVE_KEY, last.from);
        kept = last.from;
      }
      await discardAllBut(kept);
      store.removeItem(SWITCH_KEY);
      return outcome;
    },
  };
};
