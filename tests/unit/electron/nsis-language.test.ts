// The installer's language, decided by app-builder-lib's own code on the real
// electron-builder.yml, and the Latvian messages of resources/windows/installer.nsh compiled
// with NSIS as electron-builder runs it (-WX: warnings are errors).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

type Packager = {
  readonly config: unknown;
  readonly projectDir: string;
  readonly resourceList: Promise<string[]>;
  readonly info: {
    readonly metadata: { readonly dependencies: Record<string, string> };
    readonly cancellationToken: { readonly cancelled: boolean };
    readonly buildResourcesDir: string;
  };
  getTempFile(suffix: string): Promise<string>;
  getResource(custom: string | null | undefined, ...names: string[]): Promise<string | null>;
};
// app-builder-lib's index first: its modules import each other in a cycle that only resolves
// from there.
require('app-builder-lib');
const { NsisTarget } = require('app-builder-lib/out/targets/nsis/NsisTarget.js') as {
  NsisTarget: new (
    packager: Packager,
    outDir: string,
    name: string,
    helper: { refCount: number },
  ) => { computeCommonInstallerScriptHeader(): Promise<string> };
};
const { PlatformPackager } = require('app-builder-lib/out/platformPackager.js') as {
  PlatformPackager: { prototype: Pick<Packager, 'getResource'> };
};
const NSIS_TEMPLATES = path.dirname(
  require.resolve('app-builder-lib/templates/nsis/installer.nsi'),
);

const ROOT = path.resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  readonly directories: { readonly buildResources: string };
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

/**
 * The header app-builder-lib's NsisTarget writes in front of installer.nsi for this config (its
 * languages, message files and our include), with electron-builder's own resource lookup. The
 * NSIS plugins it would download are pointed at an empty folder: the header only names it.
 */
const nsisHeader = async (): Promise<string> => {
  const plugins = path.join(tmp, 'nsis-resources');
  mkdirSync(path.join(plugins, 'plugins', 'x86-unicode'), { recursive: true });
  const saved = process.env.ELECTRON_BUILDER_NSIS_RESOURCES_DIR;
  process.env.ELECTRON_BUILDER_NSIS_RESOURCES_DIR = plugins;
  const buildResourcesDir = path.join(ROOT, config.directories.buildResources);
  let n = 0;
  const packager: Packager = {
    config,
    projectDir: ROOT,
    resourceList: Promise.resolve(readdirSync(buildResourcesDir)),
    info: {
      metadata: { dependencies: {} },
      cancellationToken: { cancelled: false },
      buildResourcesDir,
    },
    getTempFile: (suffix) => Promise.resolve(path.join(tmp, `header-${String(n++)}-${suffix}`)),
    getResource(custom, ...names) {
      return PlatformPackager.prototype.getResource.call(this, custom, ...names);
    },
  };
  try {
    const target = new NsisTarget(packager, path.join(tmp, 'dist'), 'nsis', { refCount: 0 });
    return await target.computeCommonInstallerScriptHeader();
  } finally {
    if (saved === undefined) delete process.env.ELECTRON_BUILDER_NSIS_RESOURCES_DIR;
    else process.env.ELECTRON_BUILDER_NSIS_RESOURCES_DIR = saved;
  }
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

  it("NsisTarget's own installer header: Latvian pages only, our Latvian messages included", async () => {
    const header = await nsisHeader();
    const addLangs = /!macro addLangs\n([\s\S]*?)!macroend/.exec(header)?.[1];
    expect(addLangs?.trim()).toBe('!insertmacro MUI_LANGUAGE "Latvian"');
    expect(header).toContain(`!include "${INCLUDE}"`);
    // Its message files carry a Latvian (1062) entry for every message, in English.
    const included = [...header.matchAll(/!include "([^"]+messages\.nsh)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(included).toHaveLength(1);
    const ids = latvianIds(readFileSync(included[0] ?? '', 'utf8'));
    expect(ids.size).toBeGreaterThan(0);
  });

  it('installer.nsi expands our customHeader after the languages and their messages', () => {
    // What installer.nsh relies on: its LangStrings come last, so they are the ones used.
    const script = readFileSync(path.join(NSIS_TEMPLATES, 'installer.nsi'), 'utf8');
    const addLangs = script.indexOf('!insertmacro addLangs');
    expect(addLangs).toBeGreaterThan(-1);
    expect(script.indexOf('!insertmacro customHeader')).toBeGreaterThan(addLangs);
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
