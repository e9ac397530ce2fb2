// Where a subject's and its representatives' keys must be wrapped after a change (a new record,
// a move to another group, leaving, a restriction, links added or removed). The rule itself is
// data/keys/scopes.ts; this reads the other children of each representative to apply it.
import type { Permission } from '@shared/access/permissions';
import type { Subject } from '@shared/domain/types';
import type { KeyChange } from '../../data/keys/key-change';
import {
  representativePlacement,
  subjectPlacement,
  type Placement,
  type PlacementFacts,
  type WorkerRoles,
} from '../../data/keys/scopes';
import { readLinksOfRepresentatives, readSubjectRowsById } from '../../data/records/records-repo';
import type { VaultDb } from '../../data/db/vault-db';
import type { Authorized } from '../authorize';

export type SubjectFacts = PlacementFacts & { readonly id: string };

/** The plaintext facts that decide where a subject's keys are placed. */
export const factsOf = (subject: Subject): SubjectFacts => ({
  id: subject.id,
  groupId: subject.groupId ?? null,
  status: subject.status,
  restricted: subject.restriction ? 1 : 0,
  caseloads: subject.assignedWorkerIds ?? [],
});

/** Every user's role by id (plaintext), so caseloads take only what each worker's role reads. */
export const workerRoles = async (db: VaultDb): Promise<WorkerRoles> =>
  new Map((await db.users.toArray()).map((u) => [u.id, u.role]));

/**
 * The placements of representatives after a save: `linked` are the reps linked to `subject`
 * after it, `unlinked` those whose link to it was removed. Other links come from the database.
 */
export const representativePlacements = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  subject: SubjectFacts,
  linked: readonly string[],
  unlinked: readonly string[] = [],
  roles?: WorkerRoles,
): Promise<Map<string, Placement>> => {
  const reps = [...new Set([...linked, ...unlinked])];
  const links = await readLinksOfRepresentatives(db, auth, reps);
  const others = new Map(
    (
      await readSubjectRowsById(
        db,
        auth,
        links.map((l) => l.subjectId).filter((id) => id !== subject.id),
      )
    ).map((r) => [r.id, r]),
  );
  const out = new Map<string, Placement>();
  for (const repId of reps) {
    const facts: PlacementFacts[] = links
      .filter((l) => l.representativeId === repId && l.subjectId !== subject.id)
      .flatMap((l) => others.get(l.subjectId) ?? []);
    if (linked.includes(repId)) facts.push(subject);
    out.set(repId, representativePlacement(facts, roles));
  }
  return out;
};

/**
 * Stages the subject's and its representatives' placements (existing keys move). Returns the
 * subject's placement and the representatives'.
 */
export const stagePlacements = async (
  db: VaultDb,
  auth: Authorized<Permission>,
  change: KeyChange,
  subject: SubjectFacts,
  linked: readonly string[],
  unlinked: readonly string[] = [],
): Promise<{ readonly subject: Placement; readonly reps: Map<string, Placement> }> => {
  const roles = await workerRoles(db);
  const own = subjectPlacement(subject, roles);
  await change.place(subject.id, own);
  const reps = await representativePlacements(db, auth, subject, linked, unlinked, roles);
  for (const [repId, placement] of reps) await change.place(repId, placement);
  return { subject: own, reps };
};
