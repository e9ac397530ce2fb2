// What the Electron application menu offers a session ('menu:state'): the renderer works it out
// from the session's role and tells the main process on every sign-in and lock.
import { can } from '../access/permissions';
import type { Role } from '../access/roles';
import type { MenuState } from './contract';

/**
 * The menu state for a session of `role`, or for no session (`null`: locked, signing in):
 * "Izveidot rezerves kopiju" only with 'backup.create' (shared/access/permissions.ts).
 */
export const menuStateFor = (role: Role | null): MenuState => ({
  backup: role !== null && can(role, 'backup.create'),
});
