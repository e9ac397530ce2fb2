// The sections of the access report, each a small drawer over the page flow.
import { MUTED, type PageFlow } from './flow';
import type { AccessReportInput, AccessReportPerson } from './access-report';
import { drawFacts, drawNumberedList } from './letterhead';
import type { LetterWording, ProcessingDescription } from './letter-wording';
import { drawTable } from './report-table';

export type Draw = { flow: PageFlow; w: LetterWording; date: (iso: string) => string };

export const heading = ({ flow }: Draw, number: number, title: string): void => {
  flow.ensure(40);
  flow.gap(4);
  flow.paragraph(`${number}. ${title}`, { font: flow.ctx.bold, size: 11.5, lineHeight: 15 });
  flow.gap(4);
};

export const text = ({ flow }: Draw, value: string, color?: typeof MUTED): void => {
  flow.paragraph(value, {
    font: flow.ctx.regular,
    size: 10,
    lineHeight: 13.5,
    ...(color ? { color } : {}),
  });
  flow.gap(6);
};

const personRows = (d: Draw, p: AccessReportPerson): [string, string][] => {
  const f = d.w.report.fields;
  const rows: [string, string | undefined][] = [
    [f.givenNames, p.givenNames],
    [f.familyName, p.familyName],
    [f.personalCode, p.personalCode],
    [f.birthDate, p.birthDate && d.date(p.birthDate)],
    [f.group, p.group],
    [f.enrolledOn, p.enrolledOn && d.date(p.enrolledOn)],
    [f.leftOn, p.leftOn && d.date(p.leftOn)],
    [f.status, p.status && d.w.report.subjectStatuses[p.status]],
    [f.phone, p.phone],
    [f.email, p.email],
    [f.address, p.address],
    [f.notes, p.notes],
    [f.healthNotes, p.healthNotes],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]?.trim()));
};

export const drawPerson = (d: Draw, input: AccessReportInput): void => {
  const r = d.w.report;
  heading(d, 1, r.sections.person);
  const rows = personRows(d, input.person);
  if (input.person.status !== undefined) {
    const since = input.person.restrictedSince;
    rows.push([r.fields.restriction, since ? r.restricted(d.date(since)) : r.notRestricted]);
  }
  drawFacts(
    d.flow,
    rows.map(([label, value]) => [`${label}:`, value]),
  );
};

export const drawRepresentatives = (d: Draw, input: AccessReportInput): void => {
  const r = d.w.report;
  heading(d, 2, r.sections.representatives);
  if (input.representatives.length === 0) {
    text(d, r.none);
    return;
  }
  for (const rep of input.representatives) {
    d.flow.paragraph(`${rep.givenNames} ${rep.familyName} (${r.relations[rep.relation]})`, {
      font: d.flow.ctx.bold,
      size: 10,
    });
    const rows = personRows(d, { ...rep, givenNames: '', familyName: '' });
    if (rep.custodyNotes) rows.push([r.fields.custodyNotes, rep.custodyNotes]);
    drawFacts(
      d.flow,
      rows.map(([label, value]) => [`${label}:`, value]),
    );
  }
};

export const drawConsents = (d: Draw, input: AccessReportInput): void => {
  const r = d.w.report;
  heading(d, 3, r.sections.consents);
  if (input.consents.length === 0) {
    text(d, r.none);
    return;
  }
  for (const consent of input.consents) {
    d.flow.labelled(
      `${consent.purpose}.`,
      `${r.currentState} ${r.consentStates[consent.state]}`,
      {
        font: d.flow.ctx.bold,
        size: 10,
      },
      { font: d.flow.ctx.regular, size: 10 },
    );
    d.flow.gap(3);
    if (consent.events.length === 0) continue;
    const c = r.columns;
    drawTable(
      d.flow,
      [
        { title: c.date, share: 1.2 },
        { title: c.answer, share: 1.3 },
        { title: c.representative, share: 2.2 },
        { title: c.channel, share: 1.8 },
        { title: c.form, share: 1.4 },
      ],
      consent.events.map((e) => [
        d.date(e.on),
        r.consentKinds[e.kind],
        e.representative,
        r.channels[e.channel],
        e.formId ?? '—',
      ]),
    );
  }
};

export const drawForms = (d: Draw, input: AccessReportInput): void => {
  const r = d.w.report;
  heading(d, 4, r.sections.forms);
  if (input.forms.length === 0) {
    text(d, r.none);
    return;
  }
  drawTable(
    d.flow,
    [
      { title: r.columns.form, share: 1.5 },
      { title: r.columns.template, share: 3 },
      { title: r.columns.issuedOn, share: 1.3 },
    ],
    input.forms.map((f) => [f.formId, f.template, d.date(f.issuedOn)]),
  );
};

export const drawRequests = (d: Draw, input: AccessReportInput): void => {
  const r = d.w.report;
  heading(d, 5, r.sections.requests);
  if (input.requests.length === 0) {
    text(d, r.none);
    return;
  }
  const c = r.columns;
  drawTable(
    d.flow,
    [
      { title: c.number, share: 1.1 },
      { title: c.type, share: 3 },
      { title: c.received, share: 1.2 },
      { title: c.status, share: 1.3 },
      { title: c.answeredOn, share: 1.2 },
    ],
    input.requests.map((q) => [
      q.number,
      d.w.requestTypes[q.type],
      d.date(q.receivedOn),
      r.requestStatuses[q.status],
      q.answeredOn ? d.date(q.answeredOn) : '—',
    ]),
  );
};

export const drawProcessing = (
  d: Draw,
  input: AccessReportInput,
  processing: ProcessingDescription,
): void => {
  const r = d.w.report;
  heading(d, 6, r.sections.purposes);
  drawNumberedList(
    d.flow,
    processing.purposes.map((p) => `${p.purpose} — ${r.legalBases[p.basis]}`),
  );
  heading(d, 7, r.sections.categories);
  drawNumberedList(
    d.flow,
    processing.categories.map((c) => r.categories[c]),
  );
  heading(d, 8, r.sections.retention);
  text(d, processing.retention);
  heading(d, 9, r.sections.recipients);
  if (input.recipients.length === 0) text(d, r.none);
  else
    drawTable(
      d.flow,
      [
        { title: r.columns.date, share: 1.1 },
        { title: r.columns.recipient, share: 2.4 },
        { title: r.columns.categories, share: 2.4 },
        { title: r.columns.basis, share: 2.2 },
      ],
      input.recipients.map((x) => [
        d.date(x.on),
        x.recipient,
        x.categories.map((c) => r.categories[c]).join('; '),
        r.legalBases[x.legalBasis],
      ]),
    );
  heading(d, 10, r.sections.source);
  for (const line of [
    processing.source,
    processing.thirdCountries,
    processing.automatedDecisions,
  ]) {
    text(d, line);
  }
};
