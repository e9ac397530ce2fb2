// The main process's atomic backup writer on a real temporary folder: temp file in the same
// folder → flush → rename; a write that never commits leaves only a `.part` file that is never
// listed or read as a backup; failures are named (folder missing), never a path or OS message.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFiles, isBackupFileName } from '../../../electron/main/backup-files';
import { removeTempDirs, tempDir } from '../../support/temp-dirs';

const NAME = 'registrs-2026-11-30-2130.prbk';
let folder: string;

beforeEach(() => {
  folder = tempDir('prbk-');
});
afterEach(removeTempDirs);

const write = async (files: ReturnType<typeof createBackupFiles>, chunks: number[][]) => {
  const token = await files.begin(folder, NAME);
  for (const chunk of chunks) await files.append(token, new Uint8Array(chunk));
  return token;
};

describe('backup files (Electron main)', () => {
  it('writes chunks into a .part file and renames it only on commit', async () => {
    const files = createBackupFiles();
    const token = await write(files, [[1, 2], [3]]);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(readdirSync(folder)[0]).toMatch(/^registrs-2026-11-30-2130\.prbk\.[0-9a-f-]+\.part$/);
    expect(await files.list(folder)).toEqual([]);
    expect(await files.commit(token)).toBe(NAME);
    expect(readdirSync(folder)).toEqual([NAME]);
    expect([...readFileSync(join(folder, NAME))]).toEqual([1, 2, 3]);
    expect(await files.list(folder)).toEqual([NAME]);
  });

  it('a second backup in the same minute gets its own name; nothing is overwritten', async () => {
    const files = createBackupFiles();
    await files.commit(await write(files, [[1]]));
    expect(await files.commit(await write(files, [[2]]))).toBe('registrs-2026-11-30-2130-2.prbk');
    expect([...readFileSync(join(folder, NAME))]).toEqual([1]);
  });

  it('a write killed before commit leaves only a .part file, removed at the next start', async () => {
    await write(createBackupFiles(), [[9, 9, 9]]);
    const files = createBackupFiles();
    expect(await files.list(folder)).toEqual([]);
    await expect(files.read(folder, readdirSync(folder)[0] ?? '', 0, 3)).rejects.toMatchObject({
      i18nKey: 'errors.ipc.invalidRequest',
    });
    expect(await files.removeLeftovers(folder)).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('abort removes the temporary file', async () => {
    const files = createBackupFiles();
    await files.abort(await write(files, [[1]]));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads back any range of a saved backup', async () => {
    const files = createBackupFiles();
    await files.commit(await write(files, [[0, 1, 2, 3, 4, 5]]));
    expect([...(await files.read(folder, NAME, 2, 3))]).toEqual([2, 3, 4]);
    expect([...(await files.read(folder, NAME, 4, 100))]).toEqual([4, 5]);
    expect([...(await files.read(folder, NAME, 6, 10))]).toEqual([]);
  });

  it('a missing folder is a named failure', async () => {
    const files = createBackupFiles();
    await expect(files.begin(join(folder, 'gone'), NAME)).rejects.toMatchObject({
      code: 'storage',
      i18nKey: 'errors.backup.writeFailed',
      details: { reason: 'folderMissing' },
    });
  });

  it('only backup file names are written, read or pruned', async () => {
    const files = createBackupFiles();
    writeFileSync(join(folder, 'notes.txt'), 'keep');
    for (const bad of ['../x.prbk', 'registrs-2026-11-30-2130.prbk/..', 'a.prbk', 'notes.txt'])
      expect(isBackupFileName(bad)).toBe(false);
    await expect(files.begin(folder, '../evil.prbk')).rejects.toMatchObject({ code: 'validation' });
    await files.remove(folder, ['notes.txt']);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });
});
