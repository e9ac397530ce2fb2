// A tiny hash router: the app has a handful of sections and detail pages, and a hash route
// works the same under app:// (Electron) and http:// (browser host) without server rewrites.
import { useSyncExternalStore } from 'react';
import { entryPosition, guardedHash, interceptLeave } from '../components/use-leave-guard';

export type Route = { readonly section: string; readonly params: readonly string[] };

const parse = (hash: string): Route => {
  const [section = 'home', ...params] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  return { section, params: params.map(decodeURIComponent) };
};

// A page that asks before it is left (components/use-leave-guard.ts) sees the change first: a
// stopped change is undone (the browser goes back to the page's entry), and until then the route
// stays the guarded page's, so React never renders (and unmounts) anything in between. Every
// entry the app shows gets its history position (how a stopped back or forward is undone).
const subscribe = (onChange: () => void): (() => void) => {
  entryPosition();
  const listener = (): void => {
    if (interceptLeave()) return;
    entryPosition();
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
  };
};

const snapshot = (): string => guardedHash() ?? window.location.hash;

export const routeHref = (section: string, ...params: string[]): string =>
  `#/${[section, ...params.map(encodeURIComponent)].join('/')}`;

export const navigate = (section: string, ...params: string[]): void => {
  window.location.hash = routeHref(section, ...params);
};

/**
 * Puts the home route in place without a history entry (issue 14, defect 13): a new sign-in
 * starts at "Sākums", never on the child or request the previous user left open.
 */
export const resetRouteToHome = (): void => {
  if (window.location.hash === '' || window.location.hash === '#/') return;
  window.history.replaceState(window.history.state, '', '#/');
};

export const useHashRoute = (): { route: Route; go: typeof navigate } => {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return { route: parse(hash), go: navigate };
};
