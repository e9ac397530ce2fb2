// What an erasure covers (issue 9 part 4; GDPR Art. 17; seeds 004 p.4, 000 pp.8-9): the whole
// person, or only some categories of their data (partial erasure). Pure: used by the services
// (validation) and by the screens (the choices offered).
import { z } from 'zod';
import type { RetentionCategory } from './schedule';

/**
 * Categories a partial erasure can remove, each all-or-nothing:
 * - `health`: the health notes (and the person's health data key);
 * - `evidence`: every scan of a signed paper (each with its own item key).
 */
export const PARTIAL_ERASURE_CATEGORIES = ['health', 'evidence'] as const;
export type PartialErasureCategory = (typeof PARTIAL_ERASURE_CATEGORIES)[number];

/** `whole`: the person with every row and key; otherwise only the listed categories. */
export type ErasureScope =
  | { readonly kind: 'whole' }
  | { readonly kind: 'partial'; readonly categories: readonly PartialErasureCategory[] };

/** Longest reason and legal basis accepted, in characters. */
export const ERASURE_TEXT_MAX = 500;

const text = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1).max(ERASURE_TEXT_MAX));

export const erasureScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('whole') }),
  z.object({
    kind: z.literal('partial'),
    categories: z
      .array(z.enum(PARTIAL_ERASURE_CATEGORIES))
      .min(1)
      .transform((c) => PARTIAL_ERASURE_CATEGORIES.filter((k) => c.includes(k))),
  }),
]);

/**
 * A proposal to erase: why (the decision or situation, e.g. "the child left on 2024-05-31, the
 * retention period ended"), on which legal basis (e.g. "GDPR Art. 17(1)(a); seed 004 p.4"), and
 * what. Both texts are trimmed, 1..500 characters.
 */
export const erasureProposalSchema = z.object({
  reason: text,
  legalBasis: text,
  scope: erasureScopeSchema,
});
export type ErasureProposalInput = z.input<typeof erasureProposalSchema>;
export type ErasureProposal = z.output<typeof erasureProposalSchema>;

/** Where an erasure is in the four-eyes flow; `pending` and `done` are after the approval. */
export const ERASURE_STATES = ['proposed', 'rejected', 'pending', 'done'] as const;
export type ErasureState = (typeof ERASURE_STATES)[number];

/** States whose record must be (re)applied: approved ones (the tombstones). */
export const isApprovedErasure = (state: ErasureState): boolean =>
  state === 'pending' || state === 'done';

/** The retention categories (docs/retention.md) a partial erasure removes, by scope category. */
const PARTIAL_OF_RETENTION: Readonly<Partial<Record<RetentionCategory, PartialErasureCategory>>> = {
  healthNotes: 'health',
  evidence: 'evidence',
};

/**
 * The scope to propose for the retention categories that are due (issue 9 item 3, the
 * "Termiņš beidzies" list): the whole person once the record itself is due (its period is the one
 * that ends the person, GDPR Art. 5(1)(e)); otherwise the due categories a partial erasure can
 * remove (health notes, scans); null when none of the due categories can be erased on its own
 * (contacts, the personal code, consents: they go with the record).
 */
export const proposalScopeForDue = (
  dueCategories: readonly RetentionCategory[],
): ErasureScope | null => {
  if (dueCategories.includes('record')) return { kind: 'whole' };
  const categories = PARTIAL_ERASURE_CATEGORIES.filter((c) =>
    dueCategories.some((d) => PARTIAL_OF_RETENTION[d] === c),
  );
  return categories.length > 0 ? { kind: 'partial', categories } : null;
};
