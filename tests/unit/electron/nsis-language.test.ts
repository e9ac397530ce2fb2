// The installer's language, decided by app-builder-lib's own code on the real
// electron-builder.yml, and the Latvian messages of resources/windows/installer.nsh compiled
// with NSIS as electron-builder runs it (-WX: warnings are errors).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type NsisOptions = Readonly<Record<string, unknown>>;
type LangConfigurator = { readonly langs: string[]; readonly isMultiLang: boolean };
type ScriptGenerator = { build(): string; include(file: string): void };
type NsisLang = {
  readonly LangConfigurator: new (options: NsisOptions) => LangConfigurator;
  readonly createAddLangsMacro: (generator: ScriptGenerator, langs: LangConfigurator) => void;
  readonly addCustomMessageFileInclude: (
    input: string,
    packager: { getTempFile: (suffix: string) => Promise<string> },
    generator: ScriptGenerator,
    langs: LangConfigurator,
  ) => Promise<void>;
};

const require = createRequire(import.meta.url);
const nsisLang = require('app-builder-lib/out/targets/nsis/nsisLang.js') as NsisLang;
const { NsisScriptGenerator } =
  require('app-builder-lib/out/targets/nsis/nsisScriptGenerator.js') as {
    NsisScriptGenerator: new () => ScriptGenerator;
  };

const ROOT = path.resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  readonly nsis: NsisOptions & { readonly include: string; readonly oneClick: boolean };
};
const INCLUDE = path.join(ROOT, config.nsis.include);
const LATVIAN = 1062;

const tmp = mkdtempSync(path.join(tmpdir(), 'nsis-lang-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** The LangStrings electron-builder itself writes for its message files, as it would. */
const electronBuilderMessages = async (): Promise<string> => {
  const langs = new nsisLang.LangConfigurator(config.nsis);
  const included: string[] = [];
  const generator = { build: () => '', include: (file: string) => included.push(file) };
  let n = 0;
  const packager = {
    getTempFile: (suffix: string) => Promise.resolve(path.join(tmp, `${String(n++)}-${suffix}`)),
  };
  const files = config.nsis.oneClick ? ['messages.yml'] : ['messages.yml', 'assistedMessages.yml'];
  for (const file of files) {
    await nsisLang.addCustomMessageFileInclude(file, packager, generator, langs);
  }
  return included.map((file) => readFileSync(file, 'utf8')).join('\n');
};

const latvianIds = (nsis: string): Map<string, string> =>
  new Map(
    [...nsis.matchAll(new RegExp(`LangString (\\w+) ${String(LATVIAN)} "(.*)"`, 'g'))].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );

describe("electron-builder's NSIS language resolution on electron-builder.yml", () => {
  it('resolves to Latvian only', () => {
    const langs = new nsisLang.LangConfigurator(config.nsis);
    expect(langs.langs).toEqual(['lv_LV']);
  });

  it('loads the Latvian NSIS language file and no other', () => {
    const generator = new NsisScriptGenerator();
    nsisLang.createAddLangsMacro(generator, new nsisLang.LangConfigurator(config.nsis));
    const script = generator.build();
    expect(script).toContain('!insertmacro MUI_LANGUAGE "Latvian"');
    expect(script.match(/MUI_LANGUAGE/g)).toHaveLength(1);
  });

  it('would build in English with multiLanguageInstaller: false (the defect it guards)', () => {
    const langs = new nsisLang.LangConfigurator({ ...config.nsis, multiLanguageInstaller: false });
    expect(langs.langs).toEqual(['en_US']);
  });
});

describe('resources/windows/installer.nsh', () => {
  it('gives every message electron-builder writes for Latvian a Latvian text of its own', async () => {
    const english = latvianIds(await electronBuilderMessages());
    const ours = latvianIds(readFileSync(INCLUDE, 'utf8'));
    expect(english.size).toBeGreaterThan(0);
    for (const [id, englishText] of english) {
      expect(ours.get(id), id).toBeDefined();
      expect(ours.get(id), id).not.toBe(englishText);
    }
  });

  const compile = (include: string, messages: string) => {
    const script = path.join(tmp, 'check.nsi');
    writeFileSync(
      script,
      [
        'Unicode true',
        '!define PRODUCT_NAME "Piekrišanu reģistrs"',
        '!include "MUI2.nsh"',
        '!insertmacro MUI_PAGE_INSTFILES',
        '!insertmacro MUI_LANGUAGE "Latvian"',
        `!include "${messages}"`,
        `!include "${include}"`,
        '!insertmacro customHeader',
        `OutFile "${path.join(tmp, 'check.exe')}"`,
        'RequestExecutionLevel user',
        'Section',
        '  DetailPrint "$(installing)"',
        'SectionEnd',
        '',
      ].join('\n'),
    );
    const result = spawnSync('makensis', ['-WX', '-INPUTCHARSET', 'UTF8', '-V2', script], {
      encoding: 'utf8',
    });
    if (result.error !== undefined) {
      throw new Error(`makensis could not run (apt-get install nsis; .ci/run does it)`, {
        cause: result.error,
      });
    }
    return result;
  };

  it("compiles with makensis -WX after electron-builder's own English messages", async () => {
    const messages = path.join(tmp, 'messages.nsh');
    writeFileSync(messages, await electronBuilderMessages());
    const result = compile(INCLUDE, messages);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/warning|error/i);
    expect(result.status).toBe(0);
  });

  it('really replaces those messages: without the pragma, -WX fails on warning 6030', async () => {
    const messages = path.join(tmp, 'messages-control.nsh');
    writeFileSync(messages, await electronBuilderMessages());
    const withoutPragma = path.join(tmp, 'installer-no-pragma.nsh');
    writeFileSync(
      withoutPragma,
      readFileSync(INCLUDE, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('!pragma'))
        .join('\n'),
    );
    const result = compile(withoutPragma, messages);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/6030|set multiple times/);
  });
});
