import { describe, expect, it } from 'vitest';
import {
  consentAnswer,
  consentEventSchema,
  consentState,
  consentTimeline,
  correctionProblem,
  effectiveEvents,
  photoCheck,
  supersededBy,
  useStoppedOn,
  type ConsentEvent,
  type ConsentEventKind,
} from '@shared/consent';
import { ev } from './consent-events';

/** A correction of `target`, recorded on `recordedOn`, dated like the target. */
const correct = (target: ConsentEvent, kind: ConsentEventKind, recordedOn: string) =>
  ev(target.representativeId, kind, target.on, {
    recordedOn,
    supersedes: target.id,
    correctionReason: 'Ievadīts nepareizais lodziņš',
    purposeId: target.purposeId,
  });

describe('corrections of mistaken answers', () => {
  // Signed "yes" on 1 Sept, entered as "no" by mistake on 2 Sept, corrected on 10 Oct.
  const mistake = ev('mum', 'refused', '2025-09-01', { recordedOn: '2025-09-02' });
  const fix = correct(mistake, 'granted', '2025-10-10');
  const events = [mistake, fix];

  it('the corrected answer holds from the day the correction is recorded', () => {
    expect(consentState(events, 'photo-publish', '2025-10-10')).toBe('granted');
    expect(consentState(events, 'photo-publish', '2026-01-01')).toBe('granted');
    expect(consentState([...events].reverse(), 'photo-publish', '2026-01-01')).toBe('granted');
  });

  it('a day before the correction shows what was recorded then, marked as later corrected', () => {
    expect(consentState(events, 'photo-publish', '2025-09-15')).toBe('refused');
    expect(consentAnswer(events, 'photo-publish', '2025-09-15')).toEqual({
      state: 'refused',
      laterCorrection: { correctedOn: '2025-10-10', correctedState: 'granted' },
    });
    expect(consentAnswer(events, 'photo-publish', '2025-10-10').laterCorrection).toBeNull();
  });

  it('before the signing date nothing held, whatever was corrected later', () => {
    expect(consentAnswer(events, 'photo-publish', '2025-08-31')).toEqual({
      state: 'none',
      laterCorrection: null,
    });
  });

  it('a voiding correction leaves no answer in place of the struck one', () => {
    const wrongChild = ev('mum', 'granted', '2025-09-01');
    const voided = correct(wrongChild, 'voided', '2025-09-05');
    expect(consentState([wrongChild, voided], 'photo-publish', '2025-09-04')).toBe('granted');
    expect(consentState([wrongChild, voided], 'photo-publish', '2025-09-05')).toBe('none');
    expect(effectiveEvents([wrongChild, voided])).toEqual([]);
  });

  it("the other parent's answer still combines with the corrected one (any no means no)", () => {
    const dad = ev('dad', 'refused', '2025-09-01');
    expect(consentState([...events, dad], 'photo-publish', '2026-01-01')).toBe('refused');
  });

  it('a correction of a correction: only the latest in the chain counts', () => {
    const second = correct(fix, 'withdrawn', '2025-11-01');
    const all = [mistake, fix, second];
    expect(consentState(all, 'photo-publish', '2025-10-20')).toBe('granted');
    expect(consentState(all, 'photo-publish', '2025-11-01')).toBe('withdrawn');
    expect([...supersededBy(all).keys()].sort()).toEqual([mistake.id, fix.id].sort());
  });

  it('the timeline is the history as known now; useStoppedOn as known on the day asked', () => {
    expect(consentTimeline(events, 'photo-publish').map((t) => [t.from, t.state])).toEqual([
      ['2025-09-01', 'granted'],
    ]);
    expect(
      consentTimeline(events, 'photo-publish', '2025-09-30').map((t) => [t.from, t.state]),
    ).toEqual([['2025-09-01', 'refused']]);
    // A withdrawal entered by mistake and voided: use never stopped.
    const grant = ev('mum', 'granted', '2025-09-01');
    const wrongWithdrawal = ev('mum', 'withdrawn', '2025-12-01');
    const voided = correct(wrongWithdrawal, 'voided', '2025-12-03');
    const all = [grant, wrongWithdrawal, voided];
    expect(useStoppedOn(all, 'photo-publish', '2025-12-02')).toBe('2025-12-01');
    expect(useStoppedOn(all, 'photo-publish', '2025-12-03')).toBeNull();
  });

  it('a photo check for a day before the correction says the answer was corrected later', () => {
    const r = photoCheck([{ id: 'c1', events }], ['photo-publish'], '2025-09-15');
    expect(r.purposes[0]?.subjects[0]).toEqual({
      subjectId: 'c1',
      state: 'refused',
      correctedLater: true,
    });
    const now = photoCheck([{ id: 'c1', events }], ['photo-publish'], '2025-10-11');
    expect(now.allowed).toBe(true);
    expect(now.purposes[0]?.subjects[0]?.correctedLater).toBe(false);
  });

  it.each([
    ['an unknown event', 'nope', 'granted', 'notFound'],
    ['an event already corrected', mistake.id, 'withdrawn', 'alreadyCorrected'],
    ['the same answer again', fix.id, 'granted', 'sameAnswer'],
    ['the correction itself, to a new answer', fix.id, 'refused', null],
  ] as const)('correctionProblem: %s', (_name, target, kind, expected) => {
    expect(correctionProblem(events, target, kind)).toBe(expected);
  });

  it('a voided entry has nothing left to correct', () => {
    const wrong = ev('mum', 'granted', '2025-09-01');
    const voided = correct(wrong, 'voided', '2025-09-05');
    expect(correctionProblem([wrong, voided], voided.id, 'granted')).toBe('nothingToCorrect');
  });

  it('the schema requires a reason with a correction and a correction with "voided"', () => {
    expect(consentEventSchema.safeParse(fix).success).toBe(true);
    const { correctionReason: _r, ...noReason } = fix;
    expect(consentEventSchema.safeParse(noReason).success).toBe(false);
    expect(consentEventSchema.safeParse({ ...fix, correctionReason: '   ' }).success).toBe(false);
    expect(consentEventSchema.safeParse({ ...mistake, kind: 'voided' }).success).toBe(false);
  });
});
