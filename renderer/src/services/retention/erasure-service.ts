// Four-eyes erasure over one vault context: proposals, approval, the
// "Dzēšamie" list and the deletion certificate (the schedule and due list: retention-service).
import type { ErasureProposalInput } from '@shared/retention/erasure';
import type { PdfFonts } from '@shared/pdf';
import type { Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';
import { erasureCertificate, listErasures, type CertificateOptions } from './erasure-list';
import { approveErasure, proposeErasure, rejectErasure, type ApproveOptions } from './proposals';

export const createErasureService = (ctx: VaultContext, fonts: () => Promise<PdfFonts>) => ({
  list: (session: Session) => listErasures(ctx, session),
  propose: (session: Session, subjectId: string, input: ErasureProposalInput) =>
    proposeErasure(ctx, session, subjectId, input),
  approve: (session: Session, id: string, options?: ApproveOptions) =>
    approveErasure(ctx, session, id, options),
  reject: (session: Session, id: string, rejection: string) =>
    rejectErasure(ctx, session, id, rejection),
  certificate: (session: Session, id: string, options?: CertificateOptions) =>
    erasureCertificate(ctx, session, fonts, id, options),
});

export type ErasureService = ReturnType<typeof createErasureService>;
export type { ErasureListItem, CertificateOptions } from './erasure-list';
export type { ApproveOptions } from './proposals';
