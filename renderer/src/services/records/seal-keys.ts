// Which of a person's data keys a save seals with: every category the session's role reads that
// either has a value now or had a key before (so a cleared field really loses its box).
// Categories the role does not read keep their stored boxes untouched (records-codec sealWith).
import { ROLE_KEY_CATEGORIES, type PersonCategory, type Role } from '@shared/access/roles';
import type { Subject } from '@shared/domain/types';
import type { CategoryKeys } from '../../data/db/sealed-row';
import type { KeyChange } from '../../data/keys/key-change';
import type { Placement } from '../../data/keys/scopes';

export const keysForSeal = async (
  change: KeyChange,
  role: Role,
  ownerId: string,
  placement: Placement,
  present: ReadonlySet<PersonCategory>,
): Promise<CategoryKeys> => {
  const keys = new Map<PersonCategory, CryptoKey>();
  for (const category of ROLE_KEY_CATEGORIES[role]) {
    if (!present.has(category) && change.scopesOf(ownerId, category).length === 0) continue;
    keys.set(category, await change.personKey(ownerId, category, placement[category]));
  }
  return keys;
};

const has = (value: string | undefined): boolean => value !== undefined && value !== '';

const any = (value: object | undefined): boolean =>
  value !== undefined &&
  Object.values(value).some((v) =>
    Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v !== '' : v !== undefined,
  );

/** The categories a subject has values in. */
export const subjectCategories = (s: Partial<Subject>): Set<PersonCategory> =>
  new Set<PersonCategory>([
    'core',
    ...(has(s.personalCode) || s.foreignNational === true ? (['identifiers'] as const) : []),
    ...(has(s.healthNotes) ? (['health'] as const) : []),
    ...(any(s.contacts) ? (['contacts'] as const) : []),
    ...(any(s.social) ? (['social'] as const) : []),
    ...(any(s.financial) ? (['financial'] as const) : []),
    ...(has(s.careNotes) ? (['care'] as const) : []),
  ]);

/** The categories a representative has values in. */
export const representativeCategories = (r: {
  readonly personalCode?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: string | undefined;
}): Set<PersonCategory> =>
  new Set<PersonCategory>([
    'core',
    ...(has(r.personalCode) ? (['identifiers'] as const) : []),
    ...(has(r.phone) || has(r.email) || has(r.address) ? (['contacts'] as const) : []),
  ]);
