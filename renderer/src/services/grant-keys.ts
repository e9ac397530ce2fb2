// The keys a user is granted: base keys by role, and for a scoped role the scope keys of her
// groups (teacher) or of her own caseload (social and care workers). Building grants needs transient extractable copies: base keys re-opened
// from the granter's own grants, scope keys unwrapped from their stored rows (created if a group
// has none yet). The copies are dropped as soon as the grants are built.
import type { Role } from '@shared/access/roles';
import {
  keyNamesForRole,
  parseScopeKeyName,
  scopeKeyNamesForRole,
  type KeyName,
} from '../data/keys/key-names';
import { grantedScopesOf } from '../data/keys/scopes';
import { transientScopeKey } from '../data/keys/scope-store';
import type { Keyring } from '../data/session/session';
import { transientKeys, type TransientKeys } from '../data/vault/principals';
import type { VaultContext } from './vault-context';

/** Every key name a user of this role (with these groups, or her own caseload) must hold. */
export const grantNamesFor = (user: {
  readonly id: string;
  readonly role: Role;
  readonly groupIds: readonly string[];
}): KeyName[] => [
  ...keyNamesForRole(user.role),
  ...scopeKeyNamesForRole(user.role, grantedScopesOf(user)),
];

export const transientGrantKeys = async (
  ctx: VaultContext,
  keyring: Keyring,
  names: readonly KeyName[],
): Promise<TransientKeys> => {
  const out = new Map(await transientKeys(ctx.db, keyring, names));
  for (const name of names) {
    const scope = parseScopeKeyName(name);
    if (scope)
      out.set(
        name,
        await transientScopeKey(ctx.db, keyring, scope.scopeId, scope.category, ctx.now()),
      );
  }
  return out;
};
