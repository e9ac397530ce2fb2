// One api object per session for the screens whose effects load data keyed on the api: a new
// object at every render of the app would make them load again and overwrite what the user has
// typed meanwhile (the backup settings lost a typed value when the request badge refreshed).
import type { Session } from '../services';

/** Wraps `make` so that it builds its object once per session (sessions change at unlock). */
export const perSession = <T extends object>(
  make: (session: Session) => T,
): ((session: Session) => T) => {
  const made = new WeakMap<Session, T>();
  return (session) => {
    const known = made.get(session);
    if (known) return known;
    const api = make(session);
    made.set(session, api);
    return api;
  };
};
