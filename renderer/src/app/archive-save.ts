// Saving the sealed archive file through the host (issue 9 item 7): the export is audited only
// once the file is really saved; a cancelled save dialog (Electron) is a no-op the caller shows,
// with no audit entry, no code and no act (the sealed bytes are dropped).
import type { SaveFileRequest } from '../platform/host';
import type { Session } from '../services';
import type { ArchiveService, HandOver } from '../services/archive';

type Saver = { saveFile(request: SaveFileRequest): Promise<{ saved: boolean }> };

/**
 * Saves `bytes` as `done.fileName`; when saved, audits the hand-over ('subject.archiveExport',
 * ids only) and returns true; when the user cancelled, returns false and audits nothing.
 * Errors: the host's save errors; the service's (forbidden without 'archive.export').
 */
export const saveSealedArchive = async (
  service: Pick<ArchiveService, 'recordSaved'>,
  host: Saver,
  session: Session,
  done: HandOver,
  bytes: Uint8Array,
): Promise<boolean> => {
  const { saved } = await host.saveFile({
    suggestedName: done.fileName,
    mimeType: 'application/octet-stream',
    bytes,
  });
  if (saved) await service.recordSaved(session, done);
  return saved;
};
