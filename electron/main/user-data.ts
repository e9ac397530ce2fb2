// userData is pinned to a fixed ASCII folder before anything reads the app name, so the
// encrypted store never moves when the product name, its diacritics or the language change.
import path from 'node:path';
import { USER_DATA_DIR_NAME } from './constants';

export const pinnedUserDataPath = (appDataDir: string): string => {
  if (!path.isAbsolute(appDataDir)) throw new Error('appData must be an absolute path');
  return path.join(appDataDir, USER_DATA_DIR_NAME);
};
