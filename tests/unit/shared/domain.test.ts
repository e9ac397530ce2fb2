import { describe, expect, it } from 'vitest';
import {
  groupInputSchema,
  groupSchema,
  institutionSchema,
  makeDomainSchemas,
  makeRepresentativeInputSchema,
  makeSubjectInputSchema,
  representativeLinkSchema,
  type Institution,
  type Subject,
  type SubjectFormValues,
} from '@shared/domain';
import { makeValidLtCode, makeValidLvCode } from '@shared/personal-code';

const today = '2026-03-15';

/** The subject form with every box empty. */
const BLANK_SUBJECT: SubjectFormValues = {
  kind: 'child',
  givenNames: '',
  familyName: '',
  personalCode: '',
  birthDate: '',
  groupId: '',
  enrolledOn: '',
  leftOn: '',
  notes: '',
  healthNotes: '',
};
const lv = makeDomainSchemas({ country: 'LV', today });
const lt = makeDomainSchemas({ country: 'LT', today });

/** The i18n keys of all issues, by path. */
const issues = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): Record<string, string> =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]));

const child: Subject = {
  id: 's1',
  kind: 'child',
  givenNames: 'Anna',
  familyName: 'Bērziņa',
  personalCode: makeValidLvCode('2021-05-04', 17),
  birthDate: '2021-05-04',
  groupId: 'g1',
  enrolledOn: '2023-09-01',
  status: 'active',
};

describe('subject schema', () => {
  it('accepts a complete child and normalizes nothing that is already normal', () => {
    expect(lv.subject.parse(child)).toEqual(child);
  });

  it('trims names and normalizes the personal code', () => {
    const code = child.personalCode ?? '';
    const r = lv.subject.parse({
      ...child,
      givenNames: '  Anna  ',
      personalCode: `${code.slice(0, 6)}-${code.slice(6)}`,
    });
    expect(r.givenNames).toBe('Anna');
    expect(r.personalCode).toBe(code);
  });

  it.each([
    [{ givenNames: '   ' }, 'givenNames', 'validation.required'],
    [{ familyName: 'x'.repeat(101) }, 'familyName', 'validation.tooLong'],
    [{ familyName: 'Bērziņa\u0007' }, 'familyName', 'validation.controlChars'],
    [{ familyName: 'Bērz\u202Eiņa' }, 'familyName', 'validation.controlChars'],
    [{ givenNames: 'Anna\nMarija' }, 'givenNames', 'validation.controlChars'],
    // Invisible format characters pasted from Word or a web page (soft hyphen, zero-width
    // space/joiner, BOM, left-to-right mark) would make 'An\u00ADna' a different name from 'Anna'.
    [{ givenNames: 'An\u00ADna' }, 'givenNames', 'validation.controlChars'],
    [{ givenNames: 'Jā\u200Dnis' }, 'givenNames', 'validation.controlChars'],
    [{ familyName: 'Bērz\uFEFFiņa' }, 'familyName', 'validation.controlChars'],
    [{ familyName: 'Bērziņa\u200B' }, 'familyName', 'validation.controlChars'],
    [{ familyName: 'Bērziņa\u200E' }, 'familyName', 'validation.controlChars'],
    [{ birthDate: '2026-03-16', personalCode: undefined }, 'birthDate', 'validation.dateFuture'],
    [
      { birthDate: '1899-12-31', personalCode: undefined },
      'birthDate',
      'validation.dateBefore1900',
    ],
    [{ birthDate: '2021-02-30', personalCode: undefined }, 'birthDate', 'validation.date'],
    [{ leftOn: '2023-08-31' }, 'leftOn', 'validation.leftBeforeEnrolled'],
    [{ enrolledOn: '2021-05-03' }, 'enrolledOn', 'validation.enrolledBeforeBirth'],
    [{ enrolledOn: '2027-03-17' }, 'enrolledOn', 'validation.dateTooFarAhead'],
    [
      { personalCode: '161175-19998', birthDate: undefined },
      'personalCode',
      'validation.personalCode.checksum',
    ],
    [
      { personalCode: '161375-19997', birthDate: undefined },
      'personalCode',
      'validation.personalCode.date',
    ],
    [
      { personalCode: '1611', birthDate: undefined },
      'personalCode',
      'validation.personalCode.length',
    ],
    [{ birthDate: '2021-05-05' }, 'birthDate', 'validation.birthDateMismatch'],
    [
      { personalCode: makeValidLvCode('2027-01-01', 3), birthDate: undefined },
      'personalCode',
      'validation.personalCode.date',
    ],
    [{ status: 'gone' }, 'status', 'validation.invalid'],
    [{ notes: 'a\u0000b' }, 'notes', 'validation.controlChars'],
    [
      { restriction: { reason: 'Art. 18 request', since: '2026-04-01' } },
      'restriction.since',
      'validation.dateFuture',
    ],
  ])('rejects %j at %s with %s', (patch, path, key) => {
    expect(issues(lv.subject.safeParse({ ...child, ...patch }))[path]).toBe(key);
  });

  it('allows notes on several lines, a planned enrolment and leaving on the enrolment day', () => {
    expect(lv.subject.safeParse({ ...child, notes: 'line 1\nline 2\tx' }).success).toBe(true);
    expect(
      lv.subject.safeParse({ ...child, enrolledOn: '2026-09-01', leftOn: '2026-09-01' }).success,
    ).toBe(true);
    expect(
      lv.subject.safeParse({
        ...child,
        birthDate: today,
        personalCode: undefined,
        enrolledOn: undefined,
      }).success,
    ).toBe(true);
  });

  it('validates the personal code for the institution country', () => {
    const ltCode = makeValidLtCode('2021-05-04', 'female', 12);
    expect(lt.subject.safeParse({ ...child, personalCode: ltCode }).success).toBe(true);
    expect(lv.subject.safeParse({ ...child, personalCode: ltCode }).success).toBe(false);
    expect(lt.subject.safeParse(child).success).toBe(false);
  });

  it('accepts a new-format Latvian code, which carries no birth date to compare', () => {
    expect(lv.subject.safeParse({ ...child, personalCode: '32000000001' }).success).toBe(true);
  });

  it('never echoes the code or the name in a message', () => {
    const r = lv.subject.safeParse({
      ...child,
      familyName: 'Kalniņa\u0007',
      personalCode: '161175-19998',
    });
    const text = JSON.stringify(r.error?.issues.map((i) => i.message));
    expect(text).not.toContain('Kalni');
    expect(text).not.toContain('19998');
  });
});

describe('subject input schema', () => {
  const schema = makeSubjectInputSchema({ country: 'LV', today });
  const form: SubjectFormValues = {
    kind: 'child',
    givenNames: ' Jānis ',
    familyName: 'Ozols',
    personalCode: '',
    birthDate: '4.5.2021',
    groupId: '',
    enrolledOn: '01.09.2023',
    leftOn: '',
    notes: '',
    healthNotes: '',
  };

  it('converts typed dates to ISO and blanks to undefined or null', () => {
    expect(schema.parse(form)).toEqual({
      kind: 'child',
      givenNames: 'Jānis',
      familyName: 'Ozols',
      personalCode: undefined,
      birthDate: '2021-05-04',
      groupId: null,
      enrolledOn: '2023-09-01',
      leftOn: undefined,
      notes: undefined,
      healthNotes: undefined,
    });
  });

  it.each([
    [{ birthDate: '31.02.2021' }, 'birthDate', 'validation.date'],
    [{ birthDate: '16.03.2026' }, 'birthDate', 'validation.dateFuture'],
    [{ birthDate: '01.01.1899' }, 'birthDate', 'validation.dateBefore1900'],
    [{ leftOn: '31.08.2023' }, 'leftOn', 'validation.leftBeforeEnrolled'],
    [{ personalCode: '161175-19998' }, 'personalCode', 'validation.personalCode.checksum'],
    [{ personalCode: '040521-2xxxx' }, 'personalCode', 'validation.personalCode.format'],
    [{ familyName: '' }, 'familyName', 'validation.required'],
  ])('rejects %j at %s with %s', (patch, path, key) => {
    expect(issues(schema.safeParse({ ...form, ...patch }))[path]).toBe(key);
  });

  it("reports a bad code together with another field's error (nothing waits for a second save)", () => {
    const found = issues(
      schema.safeParse({ ...form, givenNames: 'A'.repeat(101), personalCode: '150321-12340' }),
    );
    expect(found.givenNames).toBe('validation.tooLong');
    expect(found.personalCode).toBe('validation.personalCode.checksum');
  });

  it('normalizes a typed personal code that matches the birth date', () => {
    const code = makeValidLvCode('2021-05-04', 5);
    const typed = `${code.slice(0, 6)} - ${code.slice(6)}`;
    expect(schema.parse({ ...form, personalCode: typed }).personalCode).toBe(code);
  });
});

describe('subject input schema: a foreign national (issue 11)', () => {
  const schema = makeSubjectInputSchema({ country: 'LV', today });
  const client: SubjectFormValues = {
    ...BLANK_SUBJECT,
    givenNames: 'Jonas',
    familyName: 'Testas',
    kind: 'client',
    foreignNational: false,
    foreignNationalNote: '',
  };
  const ltCode = makeValidLtCode('1950-04-04', 'female', 7);

  it("refuses another country's code until the box is ticked, then asks for the note", () => {
    expect(issues(schema.safeParse({ ...client, personalCode: ltCode })).personalCode).toBe(
      'validation.personalCode.foreignOnly',
    );
    expect(
      issues(schema.safeParse({ ...client, personalCode: ltCode, foreignNational: true }))
        .foreignNationalNote,
    ).toBe('validation.foreignNationalNote');
  });

  it('takes the code with the box and a note, written as the other country writes it', () => {
    const typed = `${ltCode.slice(0, 5)} ${ltCode.slice(5)}`;
    expect(
      schema.parse({
        ...client,
        personalCode: typed,
        foreignNational: true,
        foreignNationalNote: ' Lietuvos pilietis ',
      }),
    ).toMatchObject({
      personalCode: ltCode,
      foreignNational: true,
      foreignNationalNote: 'Lietuvos pilietis',
    });
  });

  it('an unticked box takes its note with it; a form without the box leaves both out', () => {
    const unticked = schema.parse({ ...client, foreignNationalNote: 'veca piezīme' });
    expect(unticked.foreignNational).toBe(false);
    expect('foreignNationalNote' in unticked && unticked.foreignNationalNote).toBe(undefined);
    const { foreignNational: _f, foreignNationalNote: _n, ...noBox } = client;
    const parsed = schema.parse(noBox);
    expect('foreignNational' in parsed).toBe(false);
    expect('foreignNationalNote' in parsed).toBe(false);
  });

  it('a ticked box needs its note with a home code or no code at all', () => {
    const code = makeValidLvCode('1950-04-04', 5);
    for (const personalCode of ['', code])
      expect(
        issues(
          schema.safeParse({
            ...client,
            personalCode,
            foreignNational: true,
            foreignNationalNote: ' ',
          }),
        ).foreignNationalNote,
      ).toBe('validation.foreignNationalNote');
  });

  it("a foreign code's birth date is checked as a home code's is (typed date, future)", () => {
    const marked = { ...client, foreignNational: true, foreignNationalNote: 'Lietuvas pilsonis' };
    expect(
      issues(
        schema.safeParse({
          ...marked,
          personalCode: makeValidLtCode('1950-04-04', 'male', 3),
          birthDate: '01.02.2022',
        }),
      ).birthDate,
    ).toBe('validation.birthDateMismatch');
    expect(
      issues(
        schema.safeParse({ ...marked, personalCode: makeValidLtCode('2030-01-01', 'female', 5) }),
      ).personalCode,
    ).toBe('validation.personalCode.date');
    expect(
      schema.parse({
        ...marked,
        personalCode: makeValidLtCode('1950-04-04', 'male', 3),
        birthDate: '04.04.1950',
      }).birthDate,
    ).toBe('1950-04-04');
  });

  it("a home country's code needs no box and is still checked as before", () => {
    expect(issues(schema.safeParse({ ...client, personalCode: '161175-19998' })).personalCode).toBe(
      'validation.personalCode.checksum',
    );
    const code = makeValidLvCode('1950-04-04', 5);
    expect(schema.parse({ ...client, personalCode: code }).personalCode).toBe(code);
  });
});

describe('representative schemas', () => {
  const input = makeRepresentativeInputSchema({ country: 'LV', today });
  it('accepts a parent with optional contacts left blank', () => {
    expect(
      input.parse({
        givenNames: 'Ilze',
        familyName: 'Ozola',
        personalCode: '',
        phone: '',
        email: '',
        address: '',
        notes: '',
      }),
    ).toEqual({
      givenNames: 'Ilze',
      familyName: 'Ozola',
      personalCode: undefined,
      phone: undefined,
      email: undefined,
      address: undefined,
    });
  });
  it('checks phone and e-mail', () => {
    const base = {
      givenNames: 'Ilze',
      familyName: 'Ozola',
      personalCode: '',
      address: '',
      notes: '',
    };
    expect(issues(input.safeParse({ ...base, phone: 'call me', email: '' })).phone).toBe(
      'validation.phone',
    );
    expect(issues(input.safeParse({ ...base, phone: '', email: 'ilze@' })).email).toBe(
      'validation.email',
    );
    expect(
      input.safeParse({ ...base, phone: '+371 2000 0000', email: ' ilze@example.lv ' }).success,
    ).toBe(true);
  });
  it('has a record schema with an id', () => {
    expect(
      lv.representative.safeParse({ id: 'r1', givenNames: 'Ilze', familyName: 'Ozola' }).success,
    ).toBe(true);
    expect(lv.representative.safeParse({ givenNames: 'Ilze', familyName: 'Ozola' }).success).toBe(
      false,
    );
  });
});

describe('institution, group and link schemas', () => {
  const inst: Institution = {
    kind: 'kindergarten',
    country: 'LV',
    name: 'PII "Saulīte"',
    registrationNumber: '90000000000',
    address: 'Parka iela 1, Demo, LV-0000',
    phone: '+371 60000000',
    email: 'info@example.lv',
    controllerName: 'iestādes vadītāja',
    operatorName: 'lietvede',
    recipients: ['medicīnas māsa', 'grupu skolotājas'],
  };
  it('accepts an institution and checks the registration number per country', () => {
    expect(institutionSchema.parse(inst)).toEqual(inst);
    expect(
      issues(institutionSchema.safeParse({ ...inst, registrationNumber: '123456789' }))
        .registrationNumber,
    ).toBe('validation.registrationNumber');
    expect(
      institutionSchema.safeParse({ ...inst, country: 'LT', registrationNumber: '123 456 789' })
        .success,
    ).toBe(true);
    expect(issues(institutionSchema.safeParse({ ...inst, recipients: [''] }))['recipients.0']).toBe(
      'validation.required',
    );
  });
  it('checks groups and links', () => {
    expect(
      groupSchema.safeParse({
        id: 'g1',
        name: 'Zīļuki',
        yearBand: '2021',
        teacherIds: ['u1'],
        status: 'active',
      }).success,
    ).toBe(true);
    expect(
      issues(
        groupSchema.safeParse({
          id: 'g1',
          name: '',
          yearBand: '',
          teacherIds: [],
          status: 'active',
        }),
      ).name,
    ).toBe('validation.required');
    expect(groupInputSchema.parse({ name: ' Zīļuki ', yearBand: '', teacherIds: [] }).name).toBe(
      'Zīļuki',
    );
    const link = { id: 'l1', subjectId: 's1', representativeId: 'r1', relation: 'fosterParent' };
    expect(representativeLinkSchema.safeParse(link).success).toBe(true);
    expect(issues(representativeLinkSchema.safeParse({ ...link, relation: 'aunt' })).relation).toBe(
      'validation.invalid',
    );
  });
});

describe('names the form cannot print are refused at entry', () => {
  const context = { country: 'LV', today: '2026-11-24' } as const;
  const subjectValues = { ...BLANK_SUBJECT, givenNames: 'Anna', familyName: 'Liepa' };
  const repValues = {
    givenNames: 'Fang',
    familyName: 'Wang',
    personalCode: '',
    phone: '',
    email: '',
    address: '',
    notes: '',
  };
  const messages = (r: {
    success: boolean;
    error?: { issues: { message: string; path: PropertyKey[] }[] };
  }) => r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

  it.each([
    ['Wang Fang 王芳', 'familyName'],
    ['مريم', 'givenNames'],
    ['כהן', 'familyName'],
  ])('%s in %s: the field error tells to write it in Latin letters', (name, field) => {
    const subject = makeSubjectInputSchema(context).safeParse({ ...subjectValues, [field]: name });
    expect(messages(subject)).toEqual([`${field}:validation.nameNotPrintable`]);
    const rep = makeRepresentativeInputSchema(context).safeParse({ ...repValues, [field]: name });
    expect(messages(rep)).toEqual([`${field}:validation.nameNotPrintable`]);
  });

  it('stores names NFC and keeps combining marks that have no precomposed letter', () => {
    const parsed = makeSubjectInputSchema(context).parse({
      ...subjectValues,
      givenNames: 'N\u0327ina',
      familyName: 'M\u0302aria',
    });
    expect(parsed.givenNames).toBe('Ņina');
    expect(parsed.familyName).toBe('M\u0302aria');
  });
});
