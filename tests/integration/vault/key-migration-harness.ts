// The register written by the version before per-person keys (tests/fixtures/vault-v20) and the
// services that open it, shared by the key migration's tests.
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { createServices } from '@renderer/services';
import { createConsentService } from '@renderer/services/consents';
import { createConsentRecordsPort, createRecordsService } from '@renderer/services/records';
import { testFonts } from '../consents/consent-harness';
import { loadRegister, readRegisterFixture, type RegisterFixture } from './register-fixture';

export const fixture = readRegisterFixture('vault-v20') as RegisterFixture;

/** A database exactly as the previous version left it (its schema versions, its rows). */
export const previousRegister = (): Promise<string> => loadRegister(fixture, 20);

/** The current services over the database `name` (the key migration runs at the head's unlock). */
export const open = (name: string, keybook = memoryKeybookFiles()) => {
  const db = createVaultDb(name);
  const services = createServices({ db, kdf: FLOOR_KDF, keybookFiles: keybook });
  const records = createRecordsService(services.context);
  const consents = createConsentService({
    ctx: services.context,
    records: createConsentRecordsPort(records),
    fonts: testFonts,
  });
  return { db, services, records, consents, keybook };
};
