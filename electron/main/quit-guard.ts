// Quitting with a last backup (issue 10 item 2): when the window closes or the app quits, the
// close is held once, the renderer is asked ('app:beforeQuit') to make its backup on quit (only
// if the register changed since the last verified one), and the app quits when the renderer
// answers ('app:quitReady') or when the time limit runs out, so a hung or crashed renderer never
// keeps the app open. Pure: timers and the actions are injected (unit-tested without Electron).

export type QuitGuardDeps = {
  /** Sends 'app:beforeQuit' to the renderer; false when there is no renderer to ask. */
  readonly ask: () => boolean;
  /** Closes for real (app.quit()); the guard lets every close through from then on. */
  readonly proceed: () => void;
  /** Milliseconds to wait for the renderer at most. */
  readonly timeoutMs: number;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (timer: unknown) => void;
};

export type QuitGuard = {
  /** On a close or quit: true when it must be prevented (the renderer is being asked). */
  intercept(): boolean;
  /** The renderer is done (or gone): quit now. Idempotent. */
  release(): void;
};

export const createQuitGuard = (deps: QuitGuardDeps): QuitGuard => {
  let state: 'open' | 'asking' | 'released' = 'open';
  let timer: unknown = null;
  const release = (): void => {
    if (state !== 'asking') return;
    state = 'released';
    deps.clearTimer(timer);
    deps.proceed();
  };
  return {
    intercept: () => {
      if (state === 'released') return false;
      if (state === 'asking') return true;
      if (!deps.ask()) {
        state = 'released';
        return false;
      }
      state = 'asking';
      timer = deps.setTimer(release, deps.timeoutMs);
      return true;
    },
    release,
  };
};
