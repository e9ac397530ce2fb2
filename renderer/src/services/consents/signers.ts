// Who signs a subject's consent forms and withdrawals. A child's legal representatives sign for
// the child (Veidlapa Nr. 1). A social office's client signs for themselves unless a
// representative (a guardian or legal representative) is recorded (issue 11 item 5): the client
// is then the signer, and the ledger records the client's own id as the signer of the answer.
import type { InstitutionKind } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import type { Session } from '../../data/session/session';
import { readVaultMeta } from '../unlock';
import type { VaultContext } from '../vault-context';
import { fullName, type ConsentDeps, type ConsentSubject } from './consent-deps';

/** One person who may sign for a subject: a representative, or the subject (`self`). */
export type Signer = { readonly id: string; readonly name: string; readonly self: boolean };

/** The register's institution kind, from the vault's plaintext meta row. */
export const officeKind = async (ctx: VaultContext): Promise<InstitutionKind> =>
  (await readVaultMeta(ctx)).kind;

/**
 * The subject's signers, first (primary) representative first: the representatives, or, for a
 * social office's client with none recorded, the client alone. A kindergarten child with no
 * representative has no signer (an empty list).
 */
export const signersOf = async (
  deps: ConsentDeps,
  session: Session,
  subject: ConsentSubject,
): Promise<Signer[]> => {
  const reps = await deps.records.representatives(session, subject.id);
  if (reps.length > 0) return reps.map((r) => ({ id: r.id, name: fullName(r), self: false }));
  if ((await officeKind(deps.ctx)) !== 'socialOffice') return [];
  return [{ id: subject.id, name: fullName(subject), self: true }];
};

/**
 * The signer `signerId` names, who must be one of signersOf(subject). Throws
 * AppError('validation', 'validation.representativeNotLinked') otherwise (a representative of
 * another child), or in a social office 'validation.clientSignerNotLinked' (someone who is not
 * the client's representative, or a client who has one recorded signing alone).
 */
export const linkedSigner = async (
  deps: ConsentDeps,
  session: Session,
  subject: ConsentSubject,
  signerId: string,
): Promise<Signer> => {
  const signer = (await signersOf(deps, session, subject)).find((s) => s.id === signerId);
  if (signer) return signer;
  const clients = (await officeKind(deps.ctx)) === 'socialOffice';
  throw new AppError(
    'validation',
    clients ? 'validation.clientSignerNotLinked' : 'validation.representativeNotLinked',
    { field: 'representativeId' },
  );
};
