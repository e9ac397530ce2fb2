// The consent ledger's vocabulary. Events are facts ("on this date this representative signed
// 'refuse' for this purpose"); state is always derived from them, never stored.
import type { IsoDate } from '../text/dates';

export const CONSENT_EVENT_KINDS = ['granted', 'refused', 'withdrawn'] as const;
export type ConsentEventKind = (typeof CONSENT_EVENT_KINDS)[number];

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
};

/** Derived state of one purpose for one subject on a date. */
export type ConsentState = 'granted' | 'refused' | 'withdrawn' | 'none';

export type PurposeLabels = { readonly lv: string; readonly lt: string; readonly en: string };

export type Purpose = {
  readonly id: string;
  readonly builtIn: boolean;
  readonly labels: PurposeLabels;
};
