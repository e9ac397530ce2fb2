import { describe, expect, it } from 'vitest';
import {
  allowsUse,
  BUILT_IN_PURPOSES,
  consentEventSchema,
  consentState,
  consentTimeline,
  createCustomPurpose,
  isBuiltInPurposeId,
  photoCheck,
  useStoppedOn,
  type ConsentEvent,
  type ConsentState,
} from '@shared/consent';
import { ev } from './consent-events';

type Case = { name: string; events: ConsentEvent[]; on: string; expected: ConsentState };

const cases: Case[] = [
  { name: 'nothing recorded', events: [], on: '2025-10-01', expected: 'none' },
  {
    name: 'one parent grants',
    events: [ev('mum', 'granted', '2025-09-01')],
    on: '2025-10-01',
    expected: 'granted',
  },
  {
    name: 'grant counts on the day signed',
    events: [ev('mum', 'granted', '2025-09-01')],
    on: '2025-09-01',
    expected: 'granted',
  },
  {
    name: 'events after the date are ignored',
    events: [ev('mum', 'granted', '2025-09-01')],
    on: '2025-08-31',
    expected: 'none',
  },
  {
    name: 'a refusal',
    events: [ev('mum', 'refused', '2025-09-01')],
    on: '2025-10-01',
    expected: 'refused',
  },
  {
    name: 'two parents both grant',
    events: [ev('mum', 'granted', '2025-09-01'), ev('dad', 'granted', '2025-09-03')],
    on: '2025-10-01',
    expected: 'granted',
  },
  {
    name: 'two parents disagree: any no means no',
    events: [ev('mum', 'granted', '2025-09-01'), ev('dad', 'refused', '2025-09-02')],
    on: '2025-10-01',
    expected: 'refused',
  },
  {
    name: 'disagreement, asked before the refusal was signed',
    events: [ev('mum', 'granted', '2025-09-01'), ev('dad', 'refused', '2025-09-02')],
    on: '2025-09-01',
    expected: 'granted',
  },
  {
    name: 'withdrawal stops use',
    events: [ev('mum', 'granted', '2025-09-01'), ev('mum', 'withdrawn', '2026-01-15')],
    on: '2026-01-15',
    expected: 'withdrawn',
  },
  {
    name: 'use before a withdrawal stays lawful',
    events: [ev('mum', 'granted', '2025-09-01'), ev('mum', 'withdrawn', '2026-01-15')],
    on: '2026-01-14',
    expected: 'granted',
  },
  {
    name: 'withdrawal then a new grant by the same parent',
    events: [
      ev('mum', 'granted', '2025-09-01'),
      ev('mum', 'withdrawn', '2026-01-15'),
      ev('mum', 'granted', '2026-03-01'),
    ],
    on: '2026-03-01',
    expected: 'granted',
  },
  {
    name: "a new grant by one parent does not undo the other's withdrawal",
    events: [
      ev('mum', 'granted', '2025-09-01'),
      ev('dad', 'withdrawn', '2026-01-15'),
      ev('mum', 'granted', '2026-03-01'),
    ],
    on: '2026-04-01',
    expected: 'withdrawn',
  },
  {
    name: 'withdrawn takes precedence over refused',
    events: [ev('mum', 'withdrawn', '2025-09-05'), ev('dad', 'refused', '2025-09-01')],
    on: '2025-10-01',
    expected: 'withdrawn',
  },
  {
    name: 'refusal changed to grant later',
    events: [ev('mum', 'refused', '2025-09-01'), ev('mum', 'granted', '2025-10-01')],
    on: '2025-10-02',
    expected: 'granted',
  },
  {
    name: 'same day: the later-recorded event wins',
    events: [
      ev('mum', 'withdrawn', '2025-09-01', { recordedAt: '2025-09-02T08:00:00.000Z' }),
      ev('mum', 'granted', '2025-09-01', { recordedAt: '2025-09-01T08:00:00.000Z' }),
    ],
    on: '2025-09-01',
    expected: 'withdrawn',
  },
  {
    name: 'same day, same recording time: the id breaks the tie',
    events: [
      ev('mum', 'granted', '2025-09-01', { id: 'b', recordedAt: '2025-09-01T08:00:00.000Z' }),
      ev('mum', 'refused', '2025-09-01', { id: 'a', recordedAt: '2025-09-01T08:00:00.000Z' }),
    ],
    on: '2025-09-01',
    expected: 'granted',
  },
  {
    name: 'a date signed earlier wins over being recorded later',
    events: [
      ev('mum', 'granted', '2025-09-10', { recordedAt: '2025-09-10T08:00:00.000Z' }),
      ev('mum', 'refused', '2025-09-01', { recordedAt: '2025-09-20T08:00:00.000Z' }),
    ],
    on: '2025-10-01',
    expected: 'granted',
  },
  {
    name: 'events of other purposes are ignored',
    events: [
      ev('mum', 'refused', '2025-09-01', { purposeId: 'name-publish' }),
      ev('mum', 'granted', '2025-09-01'),
    ],
    on: '2025-10-01',
    expected: 'granted',
  },
];

describe('consentState', () => {
  it.each(cases)('$name -> $expected', ({ events, on, expected }) => {
    expect(consentState(events, 'photo-publish', on)).toBe(expected);
    // Order of loading must not matter.
    expect(consentState([...events].reverse(), 'photo-publish', on)).toBe(expected);
  });

  it('allows use only when granted', () => {
    expect(allowsUse('granted')).toBe(true);
    for (const s of ['refused', 'withdrawn', 'none'] as const) expect(allowsUse(s)).toBe(false);
  });
});

describe('consentTimeline and useStoppedOn', () => {
  const events = [
    ev('mum', 'granted', '2025-09-01'),
    ev('dad', 'granted', '2025-09-03'),
    ev('dad', 'withdrawn', '2026-01-15'),
    ev('dad', 'granted', '2026-03-01'),
    ev('mum', 'refused', '2026-05-01'),
    ev('x', 'granted', '2026-05-02', { purposeId: 'name-publish' }),
  ];

  it('lists each change of state with its date, skipping days that change nothing', () => {
    expect(consentTimeline(events, 'photo-publish').map((t) => [t.from, t.state])).toEqual([
      ['2025-09-01', 'granted'],
      ['2026-01-15', 'withdrawn'],
      ['2026-03-01', 'granted'],
      ['2026-05-01', 'refused'],
    ]);
  });

  it('names the events behind each change', () => {
    const second = consentTimeline(events, 'photo-publish')[1];
    expect(second?.eventIds).toEqual([events[2]?.id]);
  });

  it('is empty when nothing was recorded', () => {
    expect(consentTimeline(events, 'photo-premises')).toEqual([]);
  });

  it.each([
    ['2025-08-01', null],
    ['2025-12-31', null],
    ['2026-01-15', '2026-01-15'],
    ['2026-02-20', '2026-01-15'],
    ['2026-03-01', null],
    ['2026-06-01', '2026-05-01'],
  ])('on %s use stopped on %s', (on, expected) => {
    expect(useStoppedOn(events, 'photo-publish', on)).toBe(expected);
  });

  it('is null when use was never allowed (refused from the start)', () => {
    expect(
      useStoppedOn([ev('mum', 'refused', '2025-09-01')], 'photo-publish', '2026-01-01'),
    ).toBeNull();
  });
});

describe('photoCheck', () => {
  const granted = (id: string): ConsentEvent[] => [
    ev('p', 'granted', '2025-09-01', { subjectId: id }),
    ev('p', 'granted', '2025-09-01', { subjectId: id, purposeId: 'name-publish' }),
  ];

  it('allows the photo only when every child may be published', () => {
    const subjects = [
      { id: 'a', events: granted('a') },
      { id: 'b', events: granted('b') },
      {
        id: 'c',
        events: [...granted('c'), ev('p', 'withdrawn', '2025-12-01', { subjectId: 'c' })],
      },
    ];
    const before = photoCheck(subjects, ['photo-publish', 'name-publish'], '2025-11-30');
    expect(before.allowed).toBe(true);
    const after = photoCheck(subjects, ['photo-publish', 'name-publish'], '2025-12-01');
    expect(after.allowed).toBe(false);
    const photo = after.purposes.find((p) => p.purposeId === 'photo-publish');
    expect(photo?.allowed).toBe(false);
    expect(photo?.subjects).toEqual([
      { subjectId: 'a', state: 'granted', correctedLater: false },
      { subjectId: 'b', state: 'granted', correctedLater: false },
      { subjectId: 'c', state: 'withdrawn', correctedLater: false },
    ]);
    expect(after.purposes.find((p) => p.purposeId === 'name-publish')?.allowed).toBe(true);
  });

  it('reports a child with nothing recorded as none, which blocks', () => {
    const r = photoCheck(
      [
        { id: 'a', events: granted('a') },
        { id: 'z', events: [] },
      ],
      ['photo-publish'],
      '2026-01-01',
    );
    expect(r.allowed).toBe(false);
    expect(r.purposes[0]?.subjects[1]).toEqual({
      subjectId: 'z',
      state: 'none',
      correctedLater: false,
    });
  });

  it("does not let another child's consent stand in", () => {
    const r = photoCheck([{ id: 'z', events: granted('a') }], ['photo-publish'], '2026-01-01');
    expect(r.purposes[0]?.subjects[0]?.state).toBe('none');
  });
});

describe('purposes', () => {
  it('has the three items of Veidlapa Nr. 1 with labels in three languages', () => {
    expect(BUILT_IN_PURPOSES.map((p) => p.id)).toEqual([
      'photo-premises',
      'photo-publish',
      'name-publish',
    ]);
    for (const p of BUILT_IN_PURPOSES) {
      expect(p.builtIn).toBe(true);
      for (const l of [p.labels.lv, p.labels.lt, p.labels.en]) expect(l.length).toBeGreaterThan(5);
    }
    expect(isBuiltInPurposeId('name-publish')).toBe(true);
    expect(isBuiltInPurposeId('custom-1')).toBe(false);
  });

  it('creates custom purposes with generated, prefixed ids and fallback labels', () => {
    const p = createCustomPurpose({ lv: '  Ekskursijas  ' }, () => 'abc');
    expect(p).toEqual({
      id: 'custom-abc',
      builtIn: false,
      labels: { lv: 'Ekskursijas', lt: 'Ekskursijas', en: 'Ekskursijas' },
    });
    expect(isBuiltInPurposeId(p.id)).toBe(false);
  });

  it('refuses a custom purpose without any label', () => {
    expect(() => createCustomPurpose({ lv: ' ', en: '' }, () => 'x')).toThrow(/validation/);
  });

  it("requires the institution language's label and falls back to it, never to Latvian", () => {
    const p = createCustomPurpose({ lt: 'Ekskursijos', lv: '' }, () => 'abc', 'lt');
    expect(p.labels).toEqual({ lv: 'Ekskursijos', lt: 'Ekskursijos', en: 'Ekskursijos' });
    expect(() => createCustomPurpose({ lv: 'Ekskursijas' }, () => 'x', 'lt')).toThrow(
      expect.objectContaining({ details: { field: 'labels.lt' } }),
    );
  });
});

describe('consentEventSchema', () => {
  it('accepts a well-formed event and rejects a bad date or kind', () => {
    const e = ev('mum', 'granted', '2025-09-01', { formId: 'F-1' });
    expect(consentEventSchema.parse(e)).toEqual(e);
    expect(consentEventSchema.safeParse({ ...e, on: '2025-02-30' }).success).toBe(false);
    expect(consentEventSchema.safeParse({ ...e, kind: 'maybe' }).success).toBe(false);
    expect(consentEventSchema.safeParse({ ...e, channel: 'pigeon' }).success).toBe(false);
  });
});
