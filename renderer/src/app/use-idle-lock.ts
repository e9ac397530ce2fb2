import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once no keyboard or pointer activity was seen for `minutes`. Checked on a
 * short interval rather than one long timer so a suspended machine locks on wake-up.
 */
export const useIdleLock = (active: boolean, minutes: number, onIdle: () => void): void => {
  useEffect(() => {
    if (!active) return undefined;
    let last = Date.now();
    const touch = (): void => {
      last = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) onIdle();
    }, 1_000);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch);
    };
  }, [active, minutes, onIdle]);
};
