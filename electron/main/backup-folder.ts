// The backup folder the head chose, kept by the main process in `<userData>/backup-folder.json`
// (the renderer never sends a path: it can only ask to choose one). A missing or unreadable file
// means "no folder chosen yet", and the next backup asks for one.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';

export type BackupFolderStore = {
  get(): Promise<string | null>;
  set(folder: string): Promise<void>;
};

export const createBackupFolderStore = (file: string): BackupFolderStore => ({
  get: async () => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as { folder?: unknown };
      return typeof parsed.folder === 'string' && isAbsolute(parsed.folder) ? parsed.folder : null;
    } catch {
      return null;
    }
  },
  set: async (folder) => {
    const temp = `${file}.tmp`;
    await writeFile(temp, JSON.stringify({ folder }), 'utf8');
    await rename(temp, file);
  },
});
