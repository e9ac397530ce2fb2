// The access report (GDPR Art. 15, seed 002 point 20): everything the register holds on one
// person, with the purposes, legal bases, categories, retention, recipients and source, in the
// institution's language. Pure: the caller gathers and decrypts; this only lays it out.
import type { ConsentChannel, ConsentEventKind, ConsentState } from '../consent/types';
import type { InstitutionKind, Relation, SubjectStatus } from '../domain/types';
import type { DataCategory, LegalBasis, RequestStatus, RequestType } from '../requests/types';
import {
  drawConsents,
  drawForms,
  drawPerson,
  drawProcessing,
  drawRepresentatives,
  drawRequests,
  heading,
  text,
  type Draw,
} from './access-report-sections';
import { createPdfContext, savePdf } from './document';
import { escapeUnprintable } from '../text/printable';
import { assertPrintable, glyphCheck, type NamedText } from './printable-names';
import { MUTED, PageFlow } from './flow';
import type { FormInstitution, PdfFonts } from './types';
import {
  assertLetterNumber,
  drawFacts,
  drawLetterFooters,
  drawLetterhead,
  drawNumberedList,
  formatLetterDate,
} from './letterhead';
import type { LetterLanguage, ProcessingDescription } from './letter-wording';
import { letterWording } from './letter-wordings';

export type AccessReportPerson = {
  readonly givenNames: string;
  readonly familyName: string;
  readonly personalCode?: string;
  readonly birthDate?: string;
  readonly group?: string;
  readonly enrolledOn?: string;
  readonly leftOn?: string;
  readonly status?: SubjectStatus;
  /** ISO date the restriction began; absent when not restricted. */
  readonly restrictedSince?: string;
  readonly notes?: string;
  readonly healthNotes?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
};

export type AccessReportInput = {
  readonly language: LetterLanguage;
  readonly institution: FormInstitution;
  readonly institutionKind: InstitutionKind;
  readonly reportNumber: string;
  /** ISO date of the report. */
  readonly date: string;
  readonly requestNumber?: string;
  /**
   * Another document built from the same sections (the archive hand-over's per-person summary):
   * its own title, subtitle and introduction; the data subject's rights section is left out.
   */
  readonly heading?: { readonly title: string; readonly subtitle: string; readonly intro: string };
  readonly person: AccessReportPerson;
  readonly representatives: readonly (AccessReportPerson & {
    readonly relation: Relation;
    readonly custodyNotes?: string;
  })[];
  readonly consents: readonly {
    readonly purpose: string;
    readonly state: ConsentState;
    readonly events: readonly {
      readonly on: string;
      readonly kind: ConsentEventKind;
      readonly representative: string;
      readonly channel: ConsentChannel;
      readonly formId?: string;
    }[];
  }[];
  readonly forms: readonly {
    readonly formId: string;
    readonly template: string;
    readonly issuedOn: string;
  }[];
  readonly requests: readonly {
    readonly number: string;
    readonly type: RequestType;
    readonly receivedOn: string;
    readonly status: RequestStatus;
    readonly answeredOn?: string;
  }[];
  readonly recipients: readonly {
    readonly on: string;
    readonly recipient: string;
    readonly categories: readonly DataCategory[];
    readonly legalBasis: LegalBasis;
  }[];
  /** Defaults to the wording's description for the institution kind. */
  readonly processing?: ProcessingDescription;
  /** ISO date of the last correction of the record; absent when never corrected. */
  readonly lastCorrectedOn?: string;
  readonly fonts: PdfFonts;
};

// Notes are not here: they are given in full with unprintable characters as code points
// (escapeFreeText), since the app keeps the original spelling of a name exactly there.
const personTexts = (field: string, p: AccessReportPerson, index = 0): NamedText[] =>
  (['givenNames', 'familyName', 'group', 'address'] as const).map((key) => ({
    field: `${field}.${key}`,
    index,
    text: p[key] ?? '',
  }));

/** Every text the caller supplies, named by field and position, for the printable check. */
const reportTexts = (input: AccessReportInput): NamedText[] => [
  ...personTexts('person', input.person),
  ...input.representatives.flatMap((r, i) => personTexts('representatives', r, i)),
  ...input.consents.flatMap((c, i) => [
    { field: 'consents.purpose', index: i, text: c.purpose },
    ...c.events.map((e) => ({
      field: 'consents.representative',
      index: i,
      text: e.representative,
    })),
  ]),
  ...input.forms.map((f, i) => ({ field: 'forms.template', index: i, text: f.template })),
  ...input.recipients.map((r, i) => ({ field: 'recipients', index: i, text: r.recipient })),
];

type FreeTextHolder = { notes?: string; healthNotes?: string; custodyNotes?: string };

/** The notes of a person with unprintable characters escaped; `changed` says if any were. */
const escapeFreeText = <P extends FreeTextHolder>(
  p: P,
  hasGlyph: (cp: number) => boolean,
  changed: { value: boolean },
): P => {
  const escaped = { ...p };
  for (const key of ['notes', 'healthNotes', 'custodyNotes'] as const) {
    const value = p[key];
    if (value === undefined) continue;
    const out = escapeUnprintable(value, hasGlyph);
    if (out !== value.normalize('NFC')) changed.value = true;
    escaped[key] = out;
  }
  return escaped;
};

/**
 * Renders the Art. 15 access report as an A4 PDF on the institution's letterhead, numbered and
 * dated, every page footed "page n of m". Throws AppError('validation') for a bad number or date.
 */
export const renderAccessReport = async (given: AccessReportInput): Promise<Uint8Array> => {
  const w = letterWording(given.language);
  assertLetterNumber(given.reportNumber);
  const reportDate = formatLetterDate(given.date, given.language);
  const title = given.heading?.title ?? w.report.title;
  const ctx = await createPdfContext(given.fonts, {
    title,
    language: given.language,
    createdOn: given.date,
  });
  assertPrintable(ctx, reportTexts(given), 'errors.pdf.unprintableLetterText');
  const escaped = { value: false };
  const hasGlyph = glyphCheck(ctx);
  const input: AccessReportInput = {
    ...given,
    person: escapeFreeText(given.person, hasGlyph, escaped),
    representatives: given.representatives.map((r) => escapeFreeText(r, hasGlyph, escaped)),
  };
  const flow = new PageFlow(ctx);
  const d: Draw = { flow, w, date: (iso) => formatLetterDate(iso, input.language) };
  drawLetterhead(flow, input.institution, w, { date: reportDate, number: input.reportNumber });
  flow.paragraph(title, { font: ctx.bold, size: 14, lineHeight: 18 });
  flow.paragraph(input.heading?.subtitle ?? w.report.subtitle, {
    font: ctx.regular,
    size: 10,
    color: MUTED,
  });
  flow.gap(8);
  drawFacts(flow, [
    [w.labels.dataSubject, `${input.person.givenNames} ${input.person.familyName}`],
    ...(input.requestNumber ? [[w.labels.requestNumber, input.requestNumber] as const] : []),
  ]);
  text(d, input.heading?.intro ?? w.report.intro);
  if (escaped.value) text(d, w.report.codePointsNote, MUTED);
  drawPerson(d, input);
  drawRepresentatives(d, input);
  drawConsents(d, input);
  drawForms(d, input);
  drawRequests(d, input);
  drawProcessing(d, input, input.processing ?? w.report.defaultProcessing(input.institutionKind));
  heading(d, 11, w.report.sections.corrections);
  text(
    d,
    input.lastCorrectedOn
      ? w.report.lastCorrected(d.date(input.lastCorrectedOn))
      : w.report.neverCorrected,
  );
  if (!input.heading) {
    heading(d, 12, w.report.sections.rights);
    text(d, w.report.rightsIntro);
    drawNumberedList(flow, w.report.rights);
  }
  const footer = `${title} ${w.labels.number} ${input.reportNumber} · ${reportDate} · ${w.labels.containsPersonalData}`;
  drawLetterFooters(ctx, flow.pages, footer, w);
  return savePdf(ctx);
};
