// Reply letters to data-subject requests (GDPR Art. 12(3)-(5)): acknowledgement, request for
// identity or clarification, extension notice with reasons, answer, refusal with reasons and the
// right to complain to the supervisory authority. Pure: input and font bytes in, PDF bytes out.
import { AppError } from '../errors/app-error';
import type { LetterKind, RefusalReason, RequestType } from '../requests/types';
import { createPdfContext, savePdf } from './document';
import { assertPrintable, type NamedText } from './printable-names';
import { CONTENT_WIDTH, MARGIN, PageFlow } from './flow';
import type { FormInstitution, PdfFonts } from './types';
import {
  assertLetterNumber,
  drawAddressee,
  drawFacts,
  drawLetterFooters,
  drawLetterhead,
  drawLetterTitle,
  drawNumberedList,
  drawParagraphs,
  drawSignatureBlock,
  formatLetterDate,
} from './letterhead';
import { letterWording } from './letter-wordings';
import type { LetterFacts, LetterLanguage, LetterWording } from './letter-wording';

export type RequestLetterInput = {
  readonly kind: LetterKind;
  readonly language: LetterLanguage;
  readonly institution: FormInstitution;
  /** The letter's own number, e.g. '2026/7-2' (request number, then the letter's sequence). */
  readonly letterNumber: string;
  /** The letter's date, ISO 'YYYY-MM-DD'. */
  readonly date: string;
  /** Name first, then address or e-mail lines, as the reply goes out (seed 002 point 16). */
  readonly addressee: readonly string[];
  readonly request: {
    readonly number: string;
    /** ISO date of receipt. */
    readonly receivedOn: string;
    readonly type: RequestType;
    /** Who the request is about, as printed; absent when it is the addressee. */
    readonly dataSubject?: string;
  };
  /** acknowledgement: the due date, ISO. */
  readonly dueDate?: string;
  /** clarification: what the person is asked to give or clarify. */
  readonly clarification?: string;
  /** extension: by how much, until when (ISO), and why. */
  readonly extension?: {
    readonly months: 1 | 2;
    readonly dueDate: string;
    readonly reasons: string;
  };
  /** answer: the institution's answer. */
  readonly answer?: string;
  /** answer: the attachments, e.g. the access report. */
  readonly attachments?: readonly string[];
  /** refusal: the reason codes (at least one), whether in part, and any further explanation. */
  readonly refusal?: {
    readonly reasons: readonly RefusalReason[];
    readonly partial: boolean;
    readonly explanation?: string;
  };
  readonly fonts: PdfFonts;
};

const missing = (field: string): AppError =>
  new AppError('validation', 'errors.pdf.letterFieldMissing', { field });

const required = <T>(value: T | undefined, field: string): T => {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    throw missing(field);
  }
  return value;
};

/** The paragraphs between the facts block and the signature, per kind. */
const body = (input: RequestLetterInput, w: LetterWording, facts: LetterFacts): BodyPart[] => {
  const date = (iso: string): string => formatLetterDate(iso, w.language);
  switch (input.kind) {
    case 'acknowledgement':
      return [{ paragraphs: w.acknowledgement(facts, date(required(input.dueDate, 'dueDate'))) }];
    case 'clarification':
      return [
        { paragraphs: w.clarificationIntro(facts) },
        { paragraphs: [required(input.clarification, 'clarification')], indent: true },
        { paragraphs: [w.clarificationIdentity] },
      ];
    case 'extension': {
      const extension = required(input.extension, 'extension');
      return [
        { paragraphs: w.extension(facts, extension.months, date(extension.dueDate)) },
        { paragraphs: [w.extensionReasons] },
        { paragraphs: [required(extension.reasons, 'extension.reasons')], indent: true },
      ];
    }
    case 'answer':
      return [
        { paragraphs: [w.answerIntro(facts)] },
        { paragraphs: [required(input.answer, 'answer')], indent: true },
        ...(input.attachments && input.attachments.length > 0
          ? [{ paragraphs: [w.labels.attachments] }, { list: input.attachments }]
          : []),
        { paragraphs: [w.rightToComplain] },
      ];
    case 'refusal': {
      const refusal = required(input.refusal, 'refusal');
      if (refusal.reasons.length === 0) throw missing('refusal.reasons');
      return [
        { paragraphs: w.refusalIntro(facts, refusal.partial) },
        { list: refusal.reasons.map((reason) => w.refusalReasons[reason]) },
        ...(refusal.explanation?.trim() ? [{ paragraphs: [refusal.explanation] }] : []),
        { paragraphs: [w.refusalRightToComplain] },
      ];
    }
  }
};

/** The institution's own text (answer, reasons) is set in from the frame around it. */
const INDENT = 18;

type BodyPart = { paragraphs?: readonly string[]; indent?: boolean; list?: readonly string[] };

const drawBody = (flow: PageFlow, parts: readonly BodyPart[]): void => {
  for (const part of parts) {
    if (part.list) drawNumberedList(flow, part.list);
    if (!part.paragraphs) continue;
    if (part.indent) {
      for (const text of part.paragraphs) {
        flow.paragraph(text, {
          font: flow.ctx.regular,
          size: 10.5,
          lineHeight: 14.5,
          x: MARGIN.left + INDENT,
          width: CONTENT_WIDTH - INDENT,
        });
        flow.gap(7);
      }
    } else {
      drawParagraphs(flow, part.paragraphs);
    }
  }
};

/** Every text the caller supplies, named by field, for the printable check. */
const letterTexts = (input: RequestLetterInput): NamedText[] => [
  ...input.addressee.map((text, index) => ({ field: 'addressee', index, text })),
  { field: 'dataSubject', index: 0, text: input.request.dataSubject ?? '' },
  { field: 'clarification', index: 0, text: input.clarification ?? '' },
  { field: 'extension.reasons', index: 0, text: input.extension?.reasons ?? '' },
  { field: 'answer', index: 0, text: input.answer ?? '' },
  { field: 'refusal.explanation', index: 0, text: input.refusal?.explanation ?? '' },
  ...(input.attachments ?? []).map((text, index) => ({ field: 'attachments', index, text })),
];

/**
 * Renders one reply letter as an A4 PDF in Latvian or Lithuanian, on the institution's letterhead,
 * numbered and dated, every page footed with its number and "page n of m". Throws
 * AppError('validation', 'errors.pdf.letterFieldMissing', { field }) when the kind's content is
 * missing, 'errors.pdf.dateInvalid' / 'errors.pdf.letterNumberInvalid' for bad dates/numbers, and
 * 'errors.pdf.unprintableLetterText' (with the field) for a text the embedded font cannot print.
 */
export const renderRequestLetter = async (input: RequestLetterInput): Promise<Uint8Array> => {
  const w = letterWording(input.language);
  assertLetterNumber(input.letterNumber);
  assertLetterNumber(input.request.number);
  if (input.addressee.length === 0 || !input.addressee[0]?.trim()) throw missing('addressee');
  const letterDate = formatLetterDate(input.date, input.language);
  const facts: LetterFacts = {
    requestNumber: input.request.number,
    received: formatLetterDate(input.request.receivedOn, input.language),
  };
  const parts = body(input, w, facts);
  const ctx = await createPdfContext(input.fonts, {
    title: w.titles[input.kind],
    language: input.language,
    createdOn: input.date,
  });
  assertPrintable(ctx, letterTexts(input), 'errors.pdf.unprintableLetterText');
  const flow = new PageFlow(ctx);
  drawLetterhead(flow, input.institution, w, { date: letterDate, number: input.letterNumber });
  drawAddressee(flow, input.addressee);
  drawLetterTitle(flow, w.titles[input.kind]);
  drawFacts(flow, [
    [w.labels.requestNumber, input.request.number],
    [w.labels.received, w.dateInText(facts.received)],
    [w.labels.requestType, w.requestTypes[input.request.type]],
    ...(input.request.dataSubject
      ? [[w.labels.dataSubject, input.request.dataSubject] as const]
      : []),
  ]);
  drawBody(flow, parts);
  drawSignatureBlock(flow, input.institution, w);
  const footer = `${w.labels.letter} ${w.labels.number} ${input.letterNumber} · ${letterDate} · ${w.labels.containsPersonalData}`;
  drawLetterFooters(ctx, flow.pages, footer, w);
  return savePdf(ctx);
};
