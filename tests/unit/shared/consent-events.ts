// Ledger events for the consent rule tests: one child (c1), purpose photo-publish by default,
// recorded at noon UTC on the day signed unless `recordedOn` says otherwise.
import type { ConsentEvent, ConsentEventKind } from '@shared/consent';

let seq = 0;

/** ev('mum', 'granted', '2025-09-01'); ids grow in creation order (e0001, e0002 …). */
export const ev = (
  rep: string,
  kind: ConsentEventKind,
  on: string,
  extra: Partial<ConsentEvent> & { readonly recordedOn?: string } = {},
): ConsentEvent => {
  seq += 1;
  const { recordedOn, ...rest } = extra;
  return {
    id: `e${String(seq).padStart(4, '0')}`,
    subjectId: 'c1',
    purposeId: 'photo-publish',
    representativeId: rep,
    kind,
    on,
    recordedAt: `${recordedOn ?? on}T12:00:00.000Z`,
    recordedBy: 'u-secretary',
    channel: 'in-writing',
    ...rest,
  };
};
