// Edges of the consent rules that mutation testing (issue 15, part 4) showed no test pinned: the
// schema's exact error keys and paths, the custom purpose's label limits, the ledger's tie-breaks
// and the choice among several corrections.
import { describe, expect, it } from 'vitest';
import {
  consentAnswer,
  consentEventSchema,
  consentState,
  consentTimeline,
  CORRECTION_REASON_MAX,
  createCustomPurpose,
  effectiveEvents,
  isConsentAnswerKind,
  isConsentChannel,
  laterCorrection,
  purposeLabel,
  sortConsentEvents,
  useStoppedOn,
  type ConsentEvent,
  type ConsentEventKind,
} from '@shared/consent';
import { AppError } from '@shared/errors/app-error';
import { ev } from './consent-events';

/** The issues zod reports for an event, as `path: message`. */
const issues = (value: unknown): string[] => {
  const result = consentEventSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const correction = (
  target: ConsentEvent,
  kind: ConsentEventKind,
  recordedAt: string,
  extra: Partial<ConsentEvent> = {},
): ConsentEvent =>
  ev(target.representativeId, kind, target.on, {
    recordedAt,
    supersedes: target.id,
    correctionReason: 'Ievadīts nepareizais lodziņš',
    ...extra,
  });

describe('consentEventSchema: the error key and field of each refusal (shown next to the field)', () => {
  const good = ev('mum', 'granted', '2025-09-01', { formId: 'F-1' });

  it.each([
    ['an empty id', { id: '' }, 'id: validation.required'],
    ['an empty subject', { subjectId: '' }, 'subjectId: validation.required'],
    ['an empty purpose', { purposeId: '' }, 'purposeId: validation.required'],
    ['an empty representative', { representativeId: '' }, 'representativeId: validation.required'],
    ['an empty recorder', { recordedBy: '' }, 'recordedBy: validation.required'],
    ['an id of 101 characters', { id: 'x'.repeat(101) }, 'id: validation.tooLong'],
    ['an empty form id', { formId: '' }, 'formId: validation.required'],
    ['an empty evidence id', { evidenceId: '' }, 'evidenceId: validation.required'],
    ['an unknown kind', { kind: 'maybe' }, 'kind: validation.invalid'],
    ['an unknown channel', { channel: 'pigeon' }, 'channel: validation.invalid'],
    ['a day that does not exist', { on: '2025-02-30' }, 'on: validation.date'],
    [
      'a timestamp without a time zone',
      { recordedAt: '2025-09-01T12:00:00' },
      'recordedAt: validation.date',
    ],
    ['a date for a timestamp', { recordedAt: '2025-09-01' }, 'recordedAt: validation.date'],
  ])('%s', (_name, change, expected) => {
    expect(issues({ ...good, ...change })).toEqual([expected]);
  });

  it('accepts ids of exactly 100 characters and a timestamp with an offset (+02:00, Riga winter)', () => {
    const edge = { ...good, id: 'x'.repeat(100), recordedAt: '2025-09-01T14:00:00+02:00' };
    expect(consentEventSchema.parse(edge)).toEqual(edge);
  });

  it('a correction without a reason is refused on correctionReason, a reason without a correction too', () => {
    const target = ev('mum', 'refused', '2025-09-01');
    const fix = correction(target, 'granted', '2025-09-02T12:00:00.000Z');
    const { correctionReason: _reason, ...noReason } = fix;
    expect(issues(noReason)).toEqual(['correctionReason: validation.correctionReason']);
    expect(issues({ ...good, correctionReason: 'kļūda' })).toEqual([
      'correctionReason: validation.correctionReason',
    ]);
  });

  it("'voided' without naming what it voids is refused on kind (it exists only as a correction)", () => {
    expect(issues({ ...good, kind: 'voided' })).toEqual(['kind: validation.invalid']);
  });

  it("accepts a 'voided' correction that names the event it voids and why", () => {
    const wrongChild = ev('mum', 'granted', '2025-09-01');
    const voided = correction(wrongChild, 'voided', '2025-09-03T08:00:00.000Z');
    expect(consentEventSchema.parse(voided)).toEqual(voided);
  });

  it(`trims the reason and accepts up to ${CORRECTION_REASON_MAX} characters, not one more`, () => {
    const target = ev('mum', 'refused', '2025-09-01');
    const fix = correction(target, 'granted', '2025-09-02T12:00:00.000Z');
    expect(
      consentEventSchema.parse({ ...fix, correctionReason: '  kļūda  ' }).correctionReason,
    ).toBe('kļūda');
    const longest = 'a'.repeat(CORRECTION_REASON_MAX);
    expect(
      consentEventSchema.parse({ ...fix, correctionReason: ` ${longest} ` }).correctionReason,
    ).toBe(longest);
    expect(consentEventSchema.safeParse({ ...fix, correctionReason: `${longest}a` }).success).toBe(
      false,
    );
    expect(CORRECTION_REASON_MAX).toBe(500);
  });
});

describe('isConsentAnswerKind and isConsentChannel (values from outside: IPC, import)', () => {
  it.each(['granted', 'refused', 'withdrawn'])('%s is an answer', (kind) => {
    expect(isConsentAnswerKind(kind)).toBe(true);
  });

  it.each<unknown>(['voided', 'Granted', '', 1, null, undefined, ['granted']])(
    '%s is not an answer (voided only corrects)',
    (value) => {
      expect(isConsentAnswerKind(value)).toBe(false);
    },
  );

  it.each(['in-person', 'in-writing', 'e-mail-e-signature', 'post'])('%s is a channel', (c) => {
    expect(isConsentChannel(c)).toBe(true);
  });

  it.each<unknown>(['pigeon', 'POST', '', 0, null, { channel: 'post' }])(
    '%s is not a channel',
    (v) => {
      expect(isConsentChannel(v)).toBe(false);
    },
  );
});

describe('createCustomPurpose: label limits (printed on group sheets and withdrawal forms)', () => {
  const rejection = (labels: Parameters<typeof createCustomPurpose>[0]) => {
    try {
      createCustomPurpose(labels, () => 'x');
    } catch (error) {
      return error instanceof AppError
        ? { code: error.code, key: error.i18nKey, details: error.details }
        : error;
    }
    return 'accepted';
  };
  const invalidLabels = {
    code: 'validation',
    key: 'validation.invalid',
    details: { field: 'labels' },
  };

  it('accepts 200 characters in every language and refuses 201 in any of them', () => {
    const max = 'ā'.repeat(200);
    expect(createCustomPurpose({ lv: max, lt: max, en: max }, () => 'x').labels.lv).toBe(max);
    expect(rejection({ lv: `${max}ā` })).toEqual(invalidLabels);
    expect(rejection({ lv: 'Ekskursijas', lt: `${max}ą` })).toEqual(invalidLabels);
    expect(rejection({ lv: 'Ekskursijas', en: `${max}a` })).toEqual(invalidLabels);
  });

  it('refuses control characters (a tab or line break pasted into a label) in any language', () => {
    expect(rejection({ lv: 'Eks\tkursijas' })).toEqual(invalidLabels);
    expect(rejection({ lv: 'Ekskursijas', lt: 'Eks\nkursijos' })).toEqual(invalidLabels);
    expect(rejection({ lv: 'Ekskursijas', en: 'Trips\u0007' })).toEqual(invalidLabels);
  });

  it('names the missing label of the institution language', () => {
    expect(rejection({ lv: '  ', lt: 'Ekskursijos' })).toEqual({
      code: 'validation',
      key: 'validation.required',
      details: { field: 'labels.lv' },
    });
  });

  it('keeps each language it was given (trimmed) and reads a label by language', () => {
    const p = createCustomPurpose(
      { lv: ' Ekskursijas ', lt: ' Ekskursijos ', en: ' Trips ' },
      () => 'k',
    );
    expect(p.labels).toEqual({ lv: 'Ekskursijas', lt: 'Ekskursijos', en: 'Trips' });
    expect(purposeLabel(p, 'lt')).toBe('Ekskursijos');
    expect(purposeLabel(p, 'en')).toBe('Trips');
    const lt = createCustomPurpose({ lt: 'Ekskursijos', en: ' Trips ' }, () => 'k', 'lt');
    expect(lt.labels).toEqual({ lv: 'Ekskursijos', lt: 'Ekskursijos', en: 'Trips' });
  });
});

describe('the ledger order: per representative the latest event wins (date, then recorded, then id)', () => {
  it('on the same signing day the answer recorded later wins, in whatever order loaded', () => {
    const early = ev('mum', 'granted', '2025-09-01', { recordedAt: '2025-09-01T09:00:00.000Z' });
    const late = ev('mum', 'refused', '2025-09-01', { recordedAt: '2025-09-01T15:00:00.000Z' });
    expect(consentState([early, late], 'photo-publish', '2025-09-02')).toBe('refused');
    expect(consentState([late, early], 'photo-publish', '2025-09-02')).toBe('refused');
    expect(sortConsentEvents([late, early]).map((e) => e.id)).toEqual([early.id, late.id]);
  });

  it('the same day and the same moment: the greater id wins, in whatever order loaded', () => {
    const at = { recordedAt: '2025-09-01T09:00:00.000Z' };
    const a = ev('mum', 'withdrawn', '2025-09-01', { ...at, id: 'a' });
    const b = ev('mum', 'granted', '2025-09-01', { ...at, id: 'b' });
    expect(consentState([a, b], 'photo-publish', '2025-09-01')).toBe('granted');
    expect(consentState([b, a], 'photo-publish', '2025-09-01')).toBe('granted');
    expect(sortConsentEvents([b, a]).map((e) => e.id)).toEqual(['a', 'b']);
    expect(sortConsentEvents([a, b]).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('laterCorrection: the first correction recorded after the day asked about', () => {
  // Entered as "no" on 2 Sept; the other parent's "no" corrected on 5 Oct; this one on 20 Oct.
  const mum = ev('mum', 'refused', '2025-09-01', { recordedOn: '2025-09-02' });
  const dad = ev('dad', 'refused', '2025-09-01', { recordedOn: '2025-09-02' });
  const fixDad = correction(dad, 'granted', '2025-10-05T12:00:00.000Z');
  const fixMum = correction(mum, 'granted', '2025-10-20T12:00:00.000Z');

  it('with two corrections, the earlier recorded one is named, in whatever order loaded', () => {
    for (const events of [
      [mum, dad, fixMum, fixDad],
      [fixDad, fixMum, dad, mum],
    ]) {
      expect(laterCorrection(events, 'photo-publish', '2025-09-15')?.id).toBe(fixDad.id);
      expect(consentAnswer(events, 'photo-publish', '2025-09-15')).toEqual({
        state: 'refused',
        laterCorrection: { correctedOn: '2025-10-05', correctedState: 'granted' },
      });
    }
  });

  it('a correction recorded on the day asked about is known that day: not a later one', () => {
    const events = [mum, dad, fixMum, fixDad];
    expect(laterCorrection(events, 'photo-publish', '2025-10-05')?.id).toBe(fixMum.id);
    expect(laterCorrection(events, 'photo-publish', '2025-10-20')).toBeUndefined();
    expect(consentAnswer(events, 'photo-publish', '2025-10-20')).toEqual({
      state: 'granted',
      laterCorrection: null,
    });
  });

  it('ignores a correction of another purpose and one of an event signed after the day', () => {
    const other = ev('mum', 'refused', '2025-09-01', { purposeId: 'name-publish' });
    const fixOther = correction(other, 'granted', '2025-10-01T12:00:00.000Z', {
      purposeId: 'name-publish',
    });
    const future = ev('mum', 'refused', '2025-09-20');
    const fixFuture = correction(future, 'granted', '2025-10-01T12:00:00.000Z');
    const events = [other, fixOther, future, fixFuture];
    expect(laterCorrection(events, 'photo-publish', '2025-09-10')).toBeUndefined();
    expect(laterCorrection(events, 'name-publish', '2025-09-10')?.id).toBe(fixOther.id);
  });

  it('an answer signed on the day asked about and corrected later is marked (the signing day counts)', () => {
    const signed = ev('mum', 'refused', '2025-09-01');
    const fix = correction(signed, 'granted', '2025-09-20T12:00:00.000Z');
    expect(laterCorrection([signed, fix], 'photo-publish', '2025-09-01')?.id).toBe(fix.id);
    expect(consentAnswer([signed, fix], 'photo-publish', '2025-09-01').laterCorrection).toEqual({
      correctedOn: '2025-09-20',
      correctedState: 'granted',
    });
  });

  it('effectiveEvents as known on a day leaves out corrections recorded after it, and keeps ones recorded that day', () => {
    const events = [mum, dad, fixMum, fixDad];
    expect(effectiveEvents(events, '2025-10-04').map((e) => e.id)).toEqual([mum.id, dad.id]);
    expect(effectiveEvents(events, '2025-10-05').map((e) => e.id)).toEqual([mum.id, fixDad.id]);
    expect(effectiveEvents(events).map((e) => e.id)).toEqual([fixMum.id, fixDad.id]);
  });
});

describe('consentTimeline names only the events of its own purpose', () => {
  it('an answer for another purpose signed the same day is not among the events behind a change', () => {
    const photo = ev('mum', 'granted', '2025-09-01');
    const name = ev('mum', 'refused', '2025-09-01', { purposeId: 'name-publish' });
    expect(consentTimeline([photo, name], 'photo-publish')).toEqual([
      { from: '2025-09-01', state: 'granted', eventIds: [photo.id] },
    ]);
  });
});

describe('useStoppedOn: nothing ever granted, nothing stopped', () => {
  it('is null after a withdrawal when no grant was ever recorded', () => {
    const events = [ev('mum', 'refused', '2025-09-01'), ev('mum', 'withdrawn', '2025-10-01')];
    expect(consentTimeline(events, 'photo-publish').map((t) => t.state)).toEqual([
      'refused',
      'withdrawn',
    ]);
    expect(useStoppedOn(events, 'photo-publish', '2025-11-01')).toBeNull();
  });

  it('reads the latest state, not an earlier grant: refused, granted, then withdrawn', () => {
    const events = [
      ev('mum', 'refused', '2025-09-01'),
      ev('mum', 'granted', '2025-10-01'),
      ev('mum', 'withdrawn', '2025-11-01'),
    ];
    expect(useStoppedOn(events, 'photo-publish', '2025-12-01')).toBe('2025-11-01');
  });

  it('is the day of the first change after the last grant, not of a later one', () => {
    const events = [
      ev('mum', 'granted', '2025-09-01'),
      ev('mum', 'refused', '2025-10-01'),
      ev('mum', 'withdrawn', '2025-11-01'),
    ];
    expect(useStoppedOn(events, 'photo-publish', '2025-12-01')).toBe('2025-10-01');
  });
});
