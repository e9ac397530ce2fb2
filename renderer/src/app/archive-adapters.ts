// Binds the "Nodot arhīvam" section (issue 9 item 7) to the archive service, the records and
// consent ports, and the host's save dialog (Electron) or download (browser). Only the head gets
// an api ('archive.export'); the last hand-over, with the head's choices for its act, is held in
// memory (services/archive's holder) until its act is saved or it is dismissed, and dropped on lock.
import { can } from '@shared/access/permissions';
import { namesakeIds } from '@shared/text/namesakes';
import type {
  ActChoices,
  ArchiveApi,
  ArchiveCandidates,
  ArchiveDone,
} from '../features/archive/archive-api';
import { getHost } from '../platform';
import type { Session } from '../services';
import {
  DEFAULT_ARCHIVE_LEGAL_BASIS,
  createArchiveService,
  createHandOverHolder,
  type ArchiveService,
  type HandOver,
  type HandOverHolder,
} from '../services/archive';
import { saveSealedArchive } from './archive-save';
import { createArchiveScansPort } from '../services/consents/archive-port';
import { createRequestConsentsPort } from '../services/consents/request-port';
import { loadPdfFonts } from '../services/documents/pdf-fonts';
import { createArchiveLeaversPort } from '../services/records/archive-port';
import { createRequestRecordsPort } from '../services/records/request-port';
import { consentService } from './consents-adapters';
import { recordsService } from './records-binding';
import { services } from './services';

type Go = (section: string, ...params: string[]) => void;

let instance: ArchiveService | undefined;
const archiveService = (): ArchiveService => {
  instance ??= createArchiveService({
    ctx: services().context,
    records: createRequestRecordsPort(recordsService(), services().context.db),
    consents: createRequestConsentsPort(consentService()),
    fonts: loadPdfFonts,
    ...createArchiveScansPort(consentService(), services().context.now),
    ...createArchiveLeaversPort(recordsService()),
  });
  return instance;
};

type Held = { readonly view: ArchiveDone; readonly handOver: HandOver; readonly act: ActChoices };

// While a hand-over's act is not saved, a reload (or closing the tab) asks first: it would lose
// the code, which is in memory only, as surely as a lock does, but without a word.
let stopAsking: (() => void) | null = null;
const askBeforeUnload = (pending: boolean): void => {
  stopAsking?.();
  stopAsking = null;
  if (!pending) return;
  let cancelled = false;
  stopAsking = () => {
    cancelled = true;
  };
  void getHost().then((host) => {
    if (!cancelled) stopAsking = host.askBeforeUnload();
  });
};

// One for the app: it follows the vault's sessions and drops the hand-over on every lock.
let heldInstance: HandOverHolder<Held> | undefined;
const held = (): HandOverHolder<Held> => {
  heldInstance ??= createHandOverHolder<Held>(services().vault.subscribe, askBeforeUnload);
  return heldInstance;
};

/** Leavers (left or archived) and the groups that have any, from one audited list read. */
const candidates = async (session: Session): Promise<ArchiveCandidates> => {
  const records = recordsService();
  const [subjects, groups] = await Promise.all([
    records.listSubjects(session),
    records.listGroups(session),
  ]);
  const leavers = subjects.filter((s) => s.status === 'left' || s.status === 'archived');
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const namesakes = namesakeIds(leavers);
  return {
    persons: leavers
      .map((s) => ({
        id: s.id,
        name: `${s.givenNames} ${s.familyName}`.trim(),
        groupName: s.groupId ? (groupName.get(s.groupId) ?? null) : null,
        ...(namesakes.has(s.id) || s.birthDate ? { birthDate: s.birthDate } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'lv')),
    groups: groups
      .map((g) => ({
        id: g.id,
        name: g.name,
        leavers: leavers.filter((s) => s.groupId === g.id).length,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'lv')),
  };
};

/** The section's api for the head; null for every other role (the section is not shown). */
export const archiveApi = (session: Session, go: Go): ArchiveApi | null => {
  if (!can(session.role, 'archive.export')) return null;
  // Names of the persons last offered (the hand-over's persons are among them).
  let offered = new Map<string, string>();
  return {
    candidates: async () => {
      const found = await candidates(session);
      offered = new Map(found.persons.map((p) => [p.id, p.name]));
      return found;
    },
    handOver: async (scope, onProgress) => {
      const parts: Uint8Array[] = [];
      const done = await archiveService().handOver(session, scope, {
        sink: (chunk) => parts.push(chunk.slice()),
        onProgress: (p) => {
          onProgress(p.done, p.total);
        },
      });
      const bytes = new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
      parts.length = 0;
      held().drop();
      if (!(await saveSealedArchive(archiveService(), await getHost(), session, done, bytes)))
        return null;
      const view: ArchiveDone = {
        code: done.code,
        fileName: done.fileName,
        sha256: done.sha256,
        persons: done.personIds.map((id) => ({ id, name: offered.get(id) ?? '' })),
        defaultLegalBasis: DEFAULT_ARCHIVE_LEGAL_BASIS[done.language],
      };
      held().hold(session, {
        view,
        handOver: done,
        act: { legalBasis: view.defaultLegalBasis, printNames: false },
      });
      return view;
    },
    pending: () => {
      const last = held().get(session);
      return last && !last.actSaved ? last.value.view : null;
    },
    actChoices: () => held().get(session)?.value.act ?? null,
    keepActChoices: (act) => {
      held().update(session, (value) => ({ ...value, act }));
    },
    saveAct: async ({ legalBasis, printNames }) => {
      const last = held().get(session)?.value;
      if (!last) return false;
      const act = await archiveService().act(session, last.handOver, {
        legalBasis,
        ...(printNames ? { personNames: last.view.persons.map((p) => p.name) } : {}),
      });
      const host = await getHost();
      const { saved } = await host.saveFile({
        suggestedName: act.fileName,
        mimeType: 'application/pdf',
        bytes: act.bytes,
      });
      if (saved) held().markActSaved(session);
      return saved;
    },
    dismiss: () => {
      held().drop();
    },
    pageLeft: () => {
      held().pageLeft(session);
    },
    proposeErasure: (subjectId) => {
      go('erasures', 'propose', subjectId, 'archived');
    },
  };
};
