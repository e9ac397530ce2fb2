// The nav badge of the request register: how many requests are overdue or due within five working
// days (plus notices to recipients due). Counted from plaintext fields only, refreshed on every
// navigation and each minute, so it follows the clock and the work done.
import { useEffect, useState } from 'react';
import type { Session } from '../services';
import { requestReminders } from './requests-adapters';

export type RequestBadge = { readonly urgent: number; readonly overdue: number };

export const useRequestBadge = (session: Session): RequestBadge => {
  const [badge, setBadge] = useState<RequestBadge>({ urgent: 0, overdue: 0 });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      requestReminders(session)
        .then((r) => {
          if (!live) return;
          const next = { urgent: r.overdue + r.soon, overdue: r.overdue };
          // The same counts keep the same object: a new one would re-render the whole app,
          // and a page's form would reload what the user is typing (backup settings did).
          setBadge((current) =>
            current.urgent === next.urgent && current.overdue === next.overdue ? current : next,
          );
        })
        .catch(() => {
          // A locked or changing vault: the badge keeps its last count.
        });
    };
    refresh();
    window.addEventListener('hashchange', refresh);
    const timer = window.setInterval(refresh, 60_000);
    return () => {
      live = false;
      window.removeEventListener('hashchange', refresh);
      window.clearInterval(timer);
    };
  }, [session]);
  return badge;
};
