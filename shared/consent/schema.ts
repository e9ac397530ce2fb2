// Runtime check of a consent event crossing a boundary (IPC, import, decrypted row).
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';
import { CONSENT_CHANNELS, CONSENT_EVENT_KINDS } from './types';

const id = z.string().min(1, 'validation.required').max(100, 'validation.tooLong');

/** Longest correction reason accepted, in characters. */
export const CORRECTION_REASON_MAX = 500;

export const consentEventSchema = z
  .object({
    id,
    subjectId: id,
    purposeId: id,
    representativeId: id,
    kind: z.enum(CONSENT_EVENT_KINDS, 'validation.invalid'),
    on: z.string().refine(isValidIsoDate, 'validation.date'),
    recordedAt: z.iso.datetime({ offset: true, error: 'validation.date' }),
    recordedBy: id,
    channel: z.enum(CONSENT_CHANNELS, 'validation.invalid'),
    formId: id.optional(),
    evidenceId: id.optional(),
    supersedes: id.optional(),
    correctionReason: z.string().trim().min(1).max(CORRECTION_REASON_MAX).optional(),
  })
  // A correction names what it corrects and why; 'voided' exists only as a correction.
  .refine((e) => (e.supersedes === undefined) === (e.correctionReason === undefined), {
    message: 'validation.correctionReason',
    path: ['correctionReason'],
  })
  .refine((e) => e.kind !== 'voided' || e.supersedes !== undefined, {
    message: 'validation.invalid',
    path: ['kind'],
  });
