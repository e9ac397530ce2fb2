// The institution's date as state: the app may stay open over midnight (a secretary's PC is
// rarely switched off), so a screen that computes anything "as of today" re-renders when the date
// changes. Checked each minute and whenever the window comes back into view (after sleep).
import { useEffect, useState } from 'react';
import { todayIso, type IsoDate } from '@shared/text';

/** Today's date, 'YYYY-MM-DD' in the local (the institution's) time zone; updates over midnight. */
export const useToday = (): IsoDate => {
  const [today, setToday] = useState<IsoDate>(() => todayIso(new Date()));
  useEffect(() => {
    const check = () => {
      setToday(todayIso(new Date()));
    };
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
};
