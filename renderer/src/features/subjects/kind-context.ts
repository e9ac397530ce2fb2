import type { SubjectKind } from '@shared/domain/types';

/**
 * The i18next context for words that differ between a kindergarten child and a social-office
 * client: a child is "Atskaitīts" (struck off the roll), a client's service "izbeigts" (ended).
 * Keys with a `_client` variant use it for clients; every other key reads as it is.
 */
export const kindContext = (kind: SubjectKind): { context: string } => ({
  context: kind === 'client' ? 'client' : '',
});
