// The consent side of the archive hand-over (services/archive): one person's stored scans of
// signed papers with the form and day they answered. Each scan is read through the consent
// service (its permission and its 'evidence.view' audit entry, id only).
import { todayIso } from '@shared/text';
import type { ArchiveScansPort } from '../archive/archive-deps';
import type { ConsentService } from './index';

/** `now`: the vault's clock (VaultContext.now), for the day the consent states are read on. */
export const createArchiveScansPort = (
  consents: ConsentService,
  now: () => Date,
): ArchiveScansPort => ({
  scans: async (session, subjectId) => {
    const view = await consents.subjectConsents(session, subjectId, todayIso(now()));
    const seen = new Set<string>();
    const out = [];
    // Oldest first; one scan answers every purpose of its form: listed once.
    for (const e of [...view.history].reverse()) {
      if (e.evidenceId === undefined || seen.has(e.evidenceId)) continue;
      seen.add(e.evidenceId);
      const file = await consents.evidence(session, e.evidenceId);
      out.push({
        evidenceId: e.evidenceId,
        mimeType: file.mimeType,
        bytes: file.bytes,
        signedOn: e.on,
        ...(e.formId === undefined ? {} : { formId: e.formId }),
      });
    }
    return out;
  },
});
