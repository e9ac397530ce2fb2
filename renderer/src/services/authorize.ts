// The one place that decides whether a session may do something. It returns a token that only
// this module can mint; repositories demand the token, so skipping the check does not compile.
import {
  can,
  refusedWhileRestricted,
  type AccessContext,
  type Permission,
} from '@shared/access/permissions';
import { AppError } from '@shared/errors/app-error';
import { keyringOf, type Keyring, type Session } from '../data/session/session';

declare const authorizedBrand: unique symbol;

export type Authorized<P extends Permission> = {
  readonly [authorizedBrand]: P;
  readonly session: Session;
  readonly permission: P;
  readonly context: AccessContext;
};

/**
 * Throws AppError('locked') for an ended session, AppError('forbidden') when the role lacks the
 * permission in this context, or while the user still has to set their own password.
 */
export const authorize = <P extends Permission>(
  session: Session,
  permission: P,
  context: AccessContext = {},
): Authorized<P> => {
  keyringOf(session);
  if (session.mustChangePassword || session.viaRecovery) {
    throw new AppError('forbidden', 'errors.mustChangePassword', { permission });
  }
  // The session's own groups always win: a caller cannot widen a teacher's scope.
  const full: AccessContext = { ...context, userGroupIds: session.groupIds };
  if (refusedWhileRestricted(permission, full) && can(session.role, permission, {}))
    throw new AppError('forbidden', 'errors.restrictedUse', { permission });
  if (!can(session.role, permission, full))
    throw new AppError('forbidden', 'errors.forbidden', { permission });
  // The only place a token is minted: the brand exists in the type system alone.
  return { session, permission, context: full } as Authorized<P>;
};

/** The keys behind an authorized token: how repositories seal and open rows. */
export const keyringFor = (auth: Authorized<Permission>): Keyring => keyringOf(auth.session);
