// Which IndexedDB database (and OPFS keybook folder) is the register in use. The name is kept in
// localStorage so that the app finds it synchronously at start; switching is one write of one
// key, so after a crash the register in use is the old one or the new one, never a mix. A
// restored database that did not become the active one is deleted at the next start.
import { Dexie } from 'dexie';
import { DEFAULT_DB_NAME } from '../db/vault-db';
import { opfsKeybookFiles, type KeybookFiles } from '../keys/keybook-files';

const ACTIVE_KEY = 'piekrisanas-registrs.activeDatabase';
const RESTORED_PREFIX = `${DEFAULT_DB_NAME}-restored-`;

export type ActiveDatabaseStore = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
};

/** The database name in use: the default, or the last restored one that was activated. */
export const activeDatabaseName = (store: ActiveDatabaseStore = localStorage): string => {
  const name = store.getItem(ACTIVE_KEY);
  return name !== null && name.startsWith(RESTORED_PREFIX) ? name : DEFAULT_DB_NAME;
};

const keybookFolder = (name: string): string => `${name}.keybook`;

const removeKeybookFolder = async (name: string): Promise<void> => {
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(keybookFolder(name), { recursive: true }).catch(() => undefined);
};

/** The app's switch over localStorage, IndexedDB and OPFS. */
export const browserDatabaseSwitch = (store: ActiveDatabaseStore = localStorage) => ({
  newName: (): string => `${RESTORED_PREFIX}${crypto.randomUUID()}`,
  keybookFiles: (name: string): KeybookFiles => opfsKeybookFiles(keybookFolder(name)),
  activate: (name: string): Promise<void> => {
    store.setItem(ACTIVE_KEY, name);
    return Promise.resolve();
  },
  discard: async (name: string): Promise<void> => {
    await Dexie.delete(name);
    await removeKeybookFolder(name);
  },
  /**
   * Deletes every register database but the active one (an interrupted restore's new database,
   * or the register a restore replaced). Called at start, before anything is opened.
   */
  discardInactive: async (): Promise<void> => {
    const active = activeDatabaseName(store);
    const all = await indexedDB.databases();
    for (const { name } of all) {
      if (name === undefined || name === active) continue;
      if (name === DEFAULT_DB_NAME || name.startsWith(RESTORED_PREFIX)) {
        await Dexie.delete(name);
        await removeKeybookFolder(name);
      }
    }
  },
});
