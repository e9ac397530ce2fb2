// Gathers what the retention schedule counts from, per person: the leaving date and legal hold
// (sealed in the record's core), requests' closing dates (plaintext register facts), consent
// withdrawals (the ledger, opened for corrections) and which categories hold data at all (scans,
// health notes, identifiers, contacts: box presence, nothing decrypted).
import type { Permission } from '@shared/access/permissions';
import type { SubjectKind } from '@shared/domain/types';
import { consentsWithdrawnOn, type RetentionFacts } from '@shared/retention';
import type { IsoDate } from '@shared/text/dates';
import { subjectsWithEvidence } from '../../data/consents/evidence-repo';
import { eventsOfSubjects, subjectsWithForms } from '../../data/consents/ledger-repo';
import {
  readLinkRows,
  readRepresentativeRows,
  readSubjectRows,
  readSubjectRowsById,
} from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import { readRequestSummaries } from '../../data/requests/requests-repo';
import type { Authorized } from '../authorize';
import { openSubjectRow } from '../records/subjects-read';
import type { VaultContext } from '../vault-context';

export type PersonFacts = {
  readonly personId: string;
  readonly kind: SubjectKind;
  readonly facts: RetentionFacts;
  readonly legalHold: boolean;
  readonly openRequest: boolean;
  /** The record's key is missing (a damaged keybook): nothing can be computed, say so. */
  readonly unreadable: boolean;
};

const BATCH = 256;

const closingsBySubject = async (
  ctx: VaultContext,
  auth: Authorized<Permission>,
): Promise<Map<string, (IsoDate | null)[]>> => {
  const out = new Map<string, (IsoDate | null)[]>();
  for (const r of await readRequestSummaries(ctx.db, auth)) {
    if (r.subjectId === null) continue;
    out.set(r.subjectId, [...(out.get(r.subjectId) ?? []), r.closedOn]);
  }
  return out;
};

/**
 * The subjects of `rows` whose contacts are stored: their own contacts box (a client's), or a
 * linked representative's (phone, e-mail or address are sealed in the representative's contacts
 * box, absent when none was given). Box presence only: nothing is decrypted.
 */
const subjectsWithContacts = async (
  ctx: VaultContext,
  auth: Authorized<Permission>,
  rows: readonly SubjectRow[],
): Promise<Set<string>> => {
  const out = new Set(rows.filter((r) => r.sealed.contacts !== undefined).map((r) => r.id));
  const links = await readLinkRows(
    ctx.db,
    auth,
    rows.map((r) => r.id),
  );
  const reps = await readRepresentativeRows(ctx.db, auth, [
    ...new Set(links.map((l) => l.representativeId)),
  ]);
  const withContacts = new Set(
    reps.filter((r) => r.sealed.contacts !== undefined).map((r) => r.id),
  );
  for (const l of links) if (withContacts.has(l.representativeId)) out.add(l.subjectId);
  return out;
};

/**
 * The facts of every person whose data may be due: those no longer attending (status 'left' or
 * 'archived'), those with a request, and clients (the end of a client's last service counts,
 * issue 11). A child still attending with no request has nothing any period could count from,
 * so their record is not even opened. With `personId`, that one person's facts whatever their
 * status (none when the record does not exist).
 */
export const gatherRetentionFacts = async (
  ctx: VaultContext,
  auth: Authorized<Permission>,
  today: IsoDate,
  personId?: string,
): Promise<PersonFacts[]> => {
  const closings = await closingsBySubject(ctx, auth);
  const rows =
    personId === undefined
      ? (await readSubjectRows(ctx.db, auth)).filter(
          (r) => r.status !== 'active' || closings.has(r.id) || r.kind === 'client',
        )
      : await readSubjectRowsById(ctx.db, auth, [personId]);
  const withEvidence = await subjectsWithEvidence(ctx.db, auth);
  const out: PersonFacts[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const events = await eventsOfSubjects(
      ctx.db,
      auth,
      batch.map((r) => r.id),
    );
    const forms = await subjectsWithForms(
      ctx.db,
      batch.map((r) => r.id),
    );
    const contacts = await subjectsWithContacts(ctx, auth, batch);
    const opened = await Promise.all(batch.map((r) => openSubjectRow(auth, r, ['core'])));
    batch.forEach((row, i) => {
      const subject = opened[i];
      const requests = closings.get(row.id) ?? [];
      const ledger = events.get(row.id) ?? [];
      out.push({
        personId: row.id,
        kind: row.kind,
        facts: {
          leftOn: row.status === 'active' ? undefined : subject?.leftOn,
          services: subject?.services,
          consentsWithdrawnOn: consentsWithdrawnOn(ledger, today),
          // The identifiers box holds a code (or the foreign-national facts); absent without.
          hasPersonalCode: row.sealed.identifiers !== undefined,
          hasContacts: contacts.has(row.id),
          hasConsents: ledger.length > 0 || forms.has(row.id),
          hasEvidence: withEvidence.has(row.id),
          // The health box is dropped by a partial erasure of the health notes.
          hasHealthNotes: row.sealed.health !== undefined,
          requestsClosedOn: requests,
        },
        legalHold: subject?.legalHold != null,
        openRequest: requests.includes(null),
        unreadable: subject === undefined,
      });
    });
  }
  return out;
};
