import type { SetupApi } from '../features/setup/SetupWizard';
import { getHost } from '../platform';
import { recoverySheetPdf } from '../services/documents/recovery-sheet';
import { seedDemo } from './records-adapters';
import { createRestoreApi } from './restore-adapters';
import { services } from './services';

export const createSetupApi = (onCreated: () => void): SetupApi => ({
  newRecoveryCode: () => services().vault.newRecoveryCode(),
  restore: createRestoreApi(),
  recoverySheetPdf,
  printPdf: async (bytes, title) => {
    await (await getHost()).printPdf(bytes, title);
  },
  savePdf: async (bytes, suggestedName) => {
    await (await getHost()).saveFile({ suggestedName, mimeType: 'application/pdf', bytes });
  },
  create: async (request, onProgress) => {
    const { institution, head, recoveryCode } = request;
    const { kind, country, ...details } = institution;
    await services().vault.createVault({
      institution: { kind, country, details },
      head,
      recoveryCode,
    });
    // The head is signed in straight away with the password just chosen.
    const session = await services().vault.unlock(head.username, head.password);
    if (request.demo) await seedDemo(session, { kind, country }, onProgress);
    onCreated();
  },
});
