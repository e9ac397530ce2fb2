import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_USER_MODEL_ID } from '../../../electron/main/constants';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
) as object;
const config = parse(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
) as {
  readonly [key: string]: unknown;
  readonly electronFuses: Readonly<Record<string, unknown>>;
  readonly nsis: Readonly<Record<string, unknown>>;
  readonly files: readonly string[];
};

// The schema uses union types and keywords ajv's strict mode rejects; validation stays exact.
const validate = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true }).compile(schema);

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own JSON schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: an unknown fuse or a wrong type is refused', () => {
    expect(
      validate({ ...config, electronFuses: { ...config.electronFuses, runAsNodeX: false } }),
    ).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('names the product and packs an asar', () => {
    expect(config.productName).toBe('Piekrišanu reģistrs');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.asar).toBe(true);
  });

  it('ships the build output only', () => {
    expect(config.files).toContain('out/**/*');
    expect(
      config.files.filter((pattern) => !pattern.startsWith('!') && !pattern.startsWith('out/')),
    ).toEqual(['package.json']);
  });

  it('builds a one-click per-user NSIS installer in Latvian with a Start-menu shortcut', () => {
    expect(config.win).toMatchObject({ target: [{ target: 'nsis' }] });
    // One-click: no install-mode page that could offer "all users".
    expect(config.nsis.oneClick).toBe(true);
    expect(config.nsis.perMachine).toBe(false);
    // false would make app-builder-lib ignore installerLanguages (nsis-language.test.ts).
    expect(config.nsis).not.toHaveProperty('multiLanguageInstaller');
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.createStartMenuShortcut).toBe(true);
    expect(config.nsis.installerLanguages).toEqual(['lv_LV']);
    expect(config.nsis.language).toBe('1062');
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it("uses the main process's AppUserModelID as appId, so the window groups with its shortcut", () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('points at an icon and an installer include that exist', () => {
    const win = config.win as { readonly icon: string };
    for (const file of [win.icon, config.nsis.include as string]) {
      expect(existsSync(new URL(`../../../${file}`, import.meta.url)), file).toBe(true);
    }
  });

  it('has an icon with every size the installer, taskbar and Start menu use (16–256 px)', () => {
    const ico = readFileSync(new URL('../../../resources/windows/icon.ico', import.meta.url));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const size = ico.readUInt8(at) === 0 ? 256 : ico.readUInt8(at);
      const bytes = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      return { size, bitsPerPixel: ico.readUInt16LE(at + 6), fits: offset + bytes <= ico.length };
    });
    expect(entries.map((e) => e.size)).toEqual([16, 20, 24, 32, 40, 48, 64, 96, 128, 256]);
    expect(entries.every((e) => e.bitsPerPixel === 32 && e.fits)).toBe(true);
  });

  describe('electronFuses', () => {
    const fuses = config.electronFuses;
    it('runAsNode is off', () => {
      expect(fuses.runAsNode).toBe(false);
    });
    it('NODE_OPTIONS is ignored', () => {
      expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    });
    it('--inspect arguments are ignored', () => {
      expect(fuses.enableNodeCliInspectArguments).toBe(false);
    });
    it('cookies are encrypted', () => {
      expect(fuses.enableCookieEncryption).toBe(true);
    });
    it('the embedded asar integrity is validated', () => {
      expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    });
    it('the app loads from the asar only', () => {
      expect(fuses.onlyLoadAppFromAsar).toBe(true);
    });
    it('file:// gets no extra privileges', () => {
      expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    });
  });
});
