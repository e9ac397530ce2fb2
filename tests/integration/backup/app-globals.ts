// What app/services.ts needs of a renderer, for tests that drive the app's one services instance
// (app/backup-runner.ts): the version the build defines and the browser's localStorage.

/** Installs `__APP_VERSION__` and an in-memory localStorage on globalThis. */
export const installAppGlobals = (): void => {
  const items = new Map<string, string>();
  Object.assign(globalThis, {
    __APP_VERSION__: 'test',
    localStorage: {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    },
  });
};
