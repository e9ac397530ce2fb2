// The consent ledger's vocabulary. Events are facts ("on this date this representative signed
// 'refuse' for this purpose"); state is always derived from them, never stored.
import type { IsoDate } from '../text/dates';

/** What a representative answered: the kinds an ordinary event carries. */
export const CONSENT_ANSWER_KINDS = ['granted', 'refused', 'withdrawn'] as const;
export type ConsentAnswerKind = (typeof CONSENT_ANSWER_KINDS)[number];
/**
 * Every kind in the ledger: the answers, and 'voided', which only a correction carries: the
 * event it supersedes was entered by mistake and nothing takes its place (a wrong child or a
 * wrong representative).
 */
export const CONSENT_EVENT_KINDS = [...CONSENT_ANSWER_KINDS, 'voided'] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];
export const isConsentAnswerKind = (value: unknown): value is ConsentAnswerKind =>
  typeof value === 'string' && (CONSENT_ANSWER_KINDS as readonly string[]).includes(value);

export const CONSENT_CHANNELS = ['in-person', 'in-writing', 'e-mail-e-signature', 'post'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const isConsentChannel = (value: unknown): value is ConsentChannel =>
  typeof value === 'string' && (CONSENT_CHANNELS as readonly string[]).includes(value);

export type ConsentEvent = {
  readonly id: string;
  readonly subjectId: string;
  readonly purposeId: string;
  readonly representativeId: string;
  readonly kind: ConsentEventKind;
  /** The date the form was signed or the withdrawal was made ('YYYY-MM-DD'). */
  readonly on: IsoDate;
  /** When it was entered into the register (ISO timestamp). */
  readonly recordedAt: string;
  /** User id of the staff member who entered it. */
  readonly recordedBy: string;
  readonly channel: ConsentChannel;
  /** The id printed on the paper form this answer came from. */
  readonly formId?: string;
  /** A stored scan of the signed paper. */
  readonly evidenceId?: string;
  /**
   * Set on a correction only: the id of the earlier event this one replaces. From the day the
   * correction was recorded the earlier event no longer counts; before it, it still does (what
   * the register said then). Issue 14, defect 2.
   */
  readonly supersedes?: string;
  /** Why the earlier event was wrong, in the words of the head or secretary; required with supersedes. */
  readonly correctionReason?: string;
};

/** Derived state of one purpose for one subject on a date. */
export type ConsentState = 'granted' | 'refused' | 'withdrawn' | 'none';

export type PurposeLabels = { readonly lv: string; readonly lt: string; readonly en: string };

export type Purpose = {
  readonly id: string;
  readonly builtIn: boolean;
  readonly labels: PurposeLabels;
};
