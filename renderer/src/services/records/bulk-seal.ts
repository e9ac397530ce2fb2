// Sealing many new records at once (an import, the demo register): every new person gets data
// keys placed by the rule in data/keys/scopes.ts, representatives already stored only move to
// the scopes of their new children. Nothing is written here; the caller stores the rows with
// storeWithKeys() in one transaction.
import type { Representative, RepresentativeLink, Subject } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import type { KeyChange } from '../../data/keys/key-change';
import {
  representativePlacement,
  subjectPlacement,
  type PlacementFacts,
} from '../../data/keys/scopes';
import {
  codeIndexOf,
  sealLink,
  sealRepresentative,
  sealSubject,
  type Stamp,
} from '../../data/records/records-codec';
import type { LinkRow, RepresentativeRow, SubjectRow } from '../../data/records/rows';
import type { Keyring, Session } from '../../data/session/session';
import { factsOf } from './placements';
import { keysForSeal, representativeCategories, subjectCategories } from './seal-keys';

export type BulkInput = {
  readonly subjects: readonly Subject[];
  /** New representatives to store. */
  readonly representatives: readonly Representative[];
  readonly links: readonly { readonly link: RepresentativeLink; readonly position: number }[];
  /** Representatives already stored that get links here: the facts of their stored children. */
  readonly storedRepresentatives?: ReadonlyMap<string, readonly PlacementFacts[]>;
};

export type BulkRows = {
  readonly subjects: SubjectRow[];
  readonly representatives: RepresentativeRow[];
  readonly links: LinkRow[];
};

const CHUNK = 64;

const duplicateCode = (): AppError =>
  new AppError('validation', 'records.errors.duplicateCode', { field: 'personalCode' });

/** Blind indexes of the batch's codes; a code twice in the batch or already stored is refused. */
const codeTags = async (
  change: KeyChange,
  keyring: Keyring,
  subjects: readonly Subject[],
  storedOwners: (tag: string) => readonly string[],
): Promise<Map<string, string>> => {
  const tags = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of subjects) {
    if (s.personalCode === undefined) continue;
    if (!keyring.blindIndex)
      throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'blindIndex' });
    const tag = await codeIndexOf(keyring.blindIndex, s.personalCode);
    if (seen.has(tag) || storedOwners(tag).length > 0) throw duplicateCode();
    seen.add(tag);
    tags.set(s.id, tag);
    change.setTag(s.id, tag);
  }
  return tags;
};

/** Seals the batch; `onSealed(n)` reports each sealed subject. */
export const sealBulk = async (
  change: KeyChange,
  keyring: Keyring,
  session: Session,
  input: BulkInput,
  stamp: Stamp,
  storedOwners: (tag: string) => readonly string[],
  onSealed?: (done: number) => void,
): Promise<BulkRows> => {
  await codeTags(change, keyring, input.subjects, storedOwners);
  const facts = new Map(input.subjects.map((s) => [s.id, factsOf(s)]));
  const childFacts = new Map<string, PlacementFacts[]>();
  for (const { link } of input.links) {
    const f = facts.get(link.subjectId);
    if (f)
      childFacts.set(link.representativeId, [...(childFacts.get(link.representativeId) ?? []), f]);
  }
  const out: BulkRows = { subjects: [], representatives: [], links: [] };
  const subjectKeys = new Map<string, Awaited<ReturnType<typeof keysForSeal>>>();
  for (let start = 0; start < input.subjects.length; start += CHUNK) {
    const chunk = input.subjects.slice(start, start + CHUNK);
    const rows = await Promise.all(
      chunk.map(async (s) => {
        const placement = subjectPlacement(facts.get(s.id) ?? factsOf(s));
        const keys = await keysForSeal(change, session.role, s.id, placement, subjectCategories(s));
        subjectKeys.set(s.id, keys);
        return sealSubject(keys, s, stamp);
      }),
    );
    for (const row of rows) {
      out.subjects.push(row);
      onSealed?.(out.subjects.length);
    }
  }
  for (const [repId, stored] of input.storedRepresentatives ??
    new Map<string, PlacementFacts[]>()) {
    await change.place(
      repId,
      representativePlacement([...stored, ...(childFacts.get(repId) ?? [])]),
    );
  }
  for (let start = 0; start < input.representatives.length; start += CHUNK) {
    const chunk = input.representatives.slice(start, start + CHUNK);
    out.representatives.push(
      ...(await Promise.all(
        chunk.map(async (r) => {
          const placement = representativePlacement(childFacts.get(r.id) ?? []);
          const keys = await keysForSeal(
            change,
            session.role,
            r.id,
            placement,
            representativeCategories(r),
          );
          return sealRepresentative(keys, r, stamp);
        }),
      )),
    );
  }
  for (let start = 0; start < input.links.length; start += CHUNK) {
    const chunk = input.links.slice(start, start + CHUNK);
    out.links.push(
      ...(await Promise.all(
        chunk.map(({ link, position }) =>
          sealLink(subjectKeys.get(link.subjectId) ?? new Map(), link, stamp.createdAt, position),
        ),
      )),
    );
  }
  return out;
};
