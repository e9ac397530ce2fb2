import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import type { AppCommandEvent, PowerLockEvent, WindowApi } from '../../../shared/ipc/contract';
import { createElectronHost } from '../../../renderer/src/platform/electron-host';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

const TOKEN = '0f8fad5b-d9cb-469f-a165-70867728950e';
/** A backup folder in memory behind the backup channels (one file). */
const backupApi = (sent: unknown[]) => {
  let written: Uint8Array[] = [];
  let saved = new Uint8Array(0);
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  return {
    backupFolder: () => ok({ folder: 'E:\\Rezerves' }),
    chooseBackupFolder: () => ok({ folder: 'E:\\Rezerves' }),
    beginBackup: (request: unknown) => {
      sent.push(request);
      written = [];
      return ok({ token: TOKEN });
    },
    appendBackup: ({ bytes }: { bytes: Uint8Array }) => {
      written.push(new Uint8Array(bytes));
      return ok({ written: bytes.length });
    },
    commitBackup: () => {
      saved = new Uint8Array(written.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of written) {
        saved.set(chunk, at);
        at += chunk.length;
      }
      return ok({ fileName: 'registrs-2026-11-30-2130.prbk' });
    },
    abortBackup: () => ok({ aborted: true }),
    readBackup: ({ offset, length }: { offset: number; length: number }) =>
      ok({ bytes: saved.slice(offset, offset + length) }),
    listBackups: () => ok({ files: ['registrs-2026-11-30-2130.prbk'] }),
    removeBackups: ({ fileNames }: { fileNames: string[] }) => ok({ removed: fileNames.length }),
  };
};

const fakeApi = (overrides: Partial<WindowApi> = {}) => {
  const sent: unknown[] = [];
  let lockListener: ((event: PowerLockEvent) => void) | undefined;
  let commandListener: ((event: AppCommandEvent) => void) | undefined;
  let quitListener: (() => void) | undefined;
  const api: WindowApi = {
    appInfo: (request) => {
      sent.push(request);
      return Promise.resolve({ ok: true, value: { version: '0.1.0', platform: 'win32' } });
    },
    saveFile: (request) => {
      sent.push(request);
      return Promise.resolve({ ok: true, value: { saved: true } });
    },
    printPdf: (request) => {
      sent.push(request);
      return Promise.resolve({ ok: true, value: { printed: true } });
    },
    openExternal: () =>
      Promise.resolve({
        ok: false,
        error: { code: 'forbidden', i18nKey: 'errors.ipc.externalUrlNotAllowed' },
      }),
    closePreviews: (request) => {
      sent.push(request);
      return Promise.resolve({ ok: true, value: { closed: 1 } });
    },
    ...backupApi(sent),
    onAppCommand: (listener) => {
      commandListener = listener;
      return () => {
        commandListener = undefined;
      };
    },
    onPowerLock: (listener) => {
      lockListener = listener;
      return () => {
        lockListener = undefined;
      };
    },
    onBeforeQuit: (listener) => {
      quitListener = () => {
        listener({});
      };
      return () => {
        quitListener = undefined;
      };
    },
    quitReady: (request) => {
      sent.push({ quitReady: request });
      return Promise.resolve({ ok: true, value: { quitting: true } });
    },
    setMenuState: (request) => {
      sent.push({ menu: request });
      return Promise.resolve({ ok: true, value: { backup: request.backup } });
    },
    ...overrides,
  };
  return {
    api,
    sent,
    fireLock: () => lockListener?.({ reason: 'lock-screen' }),
    fireCommand: (payload: unknown) => commandListener?.(payload as AppCommandEvent),
    hasListener: () => lockListener !== undefined,
    fireBeforeQuit: () => quitListener?.(),
  };
};

describe('createElectronHost', () => {
  it('before quitting, runs the work and only then answers quitReady, even after a failure', async () => {
    const { api, sent, fireBeforeQuit } = fakeApi();
    const host = createElectronHost(api);
    const steps: string[] = [];
    let finish: () => void = () => undefined;
    host.onBeforeQuit(
      () =>
        new Promise<void>((resolve, reject) => {
          steps.push('backup');
          finish =
            steps.length === 1
              ? resolve
              : () => {
                  reject(new Error('disk full'));
                };
        }),
    );
    fireBeforeQuit();
    await Promise.resolve();
    expect(sent).not.toContainEqual({ quitReady: {} });
    finish();
    await vi.waitFor(() => {
      expect(sent).toContainEqual({ quitReady: {} });
    });
    fireBeforeQuit();
    finish();
    await vi.waitFor(() => {
      expect(sent.filter((s) => JSON.stringify(s) === '{"quitReady":{}}')).toHaveLength(2);
    });
    expect(steps).toEqual(['backup', 'backup']);
  });

  it('streams a backup into the folder in chunks and reads the saved file back', async () => {
    const { api, sent } = fakeApi();
    const host = createElectronHost(api);
    const bytes = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => i % 251);
    const saved = await host.saveBackup(new Blob([bytes]), 'registrs-2026-11-30-2130.prbk');
    expect(sent).toContainEqual({ fileName: 'registrs-2026-11-30-2130.prbk' });
    expect(saved?.where).toBe('E:\\Rezerves');
    const back = new Uint8Array(await new Response(saved?.readBack.stream()).arrayBuffer());
    expect(back.length).toBe(bytes.length);
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it('asks for a folder when none is chosen, and a cancelled dialog saves nothing', async () => {
    const { api, sent } = fakeApi({
      backupFolder: () => Promise.resolve({ ok: true, value: { folder: null } }),
      chooseBackupFolder: () => Promise.resolve({ ok: true, value: { folder: null } }),
    });
    await expect(
      createElectronHost(api).saveBackup(new Blob(['x']), 'registrs-2026-11-30-2130.prbk'),
    ).resolves.toBeNull();
    expect(sent).toEqual([]);
  });

  it('passes requests through window.api and unwraps ok results', async () => {
    const { api, sent } = fakeApi();
    const host = createElectronHost(api);
    expect(host.kind).toBe('electron');
    await expect(host.appInfo()).resolves.toEqual({ version: '0.1.0', platform: 'win32' });
    await expect(
      host.saveFile({ suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: PDF }),
    ).resolves.toEqual({
      saved: true,
    });
    await host.printPdf(PDF, 'Veidlapa');
    expect(sent).toEqual([
      {},
      { suggestedName: 'x.pdf', mimeType: 'application/pdf', bytes: PDF },
      { bytes: PDF, title: 'Veidlapa' },
    ]);
  });

  it('turns an error envelope into an AppError with its code and key', async () => {
    const host = createElectronHost(fakeApi().api);
    const error: unknown = await host
      .openExternal('https://evil.example/')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'forbidden', i18nKey: 'errors.ipc.externalUrlNotAllowed' });
  });

  it('refuses a reply that does not match the contract', async () => {
    const bad = fakeApi({
      appInfo: () => Promise.resolve({ ok: true, value: { version: 1 } } as never),
    });
    await expect(createElectronHost(bad.api).appInfo()).rejects.toMatchObject({ code: 'internal' });
  });

  it('forwards power:lock to lock listeners and unsubscribes', () => {
    const fake = fakeApi();
    const host = createElectronHost(fake.api);
    let locks = 0;
    const unsubscribe = host.onLockRequest(() => (locks += 1));
    fake.fireLock();
    expect(locks).toBe(1);
    unsubscribe();
    expect(fake.hasListener()).toBe(false);
  });

  it('turns a preview whose viewer did not load into an error the user sees', async () => {
    const fake = fakeApi({
      printPdf: () => Promise.resolve({ ok: true, value: { printed: false } }),
    });
    await expect(createElectronHost(fake.api).printPdf(PDF, 'Veidlapa')).rejects.toMatchObject({
      code: 'internal',
      i18nKey: 'errors.print.previewFailed',
    });
  });

  it("tells the menu what the session may do through 'menu:state'", async () => {
    const fake = fakeApi();
    const host = createElectronHost(fake.api);
    await host.setMenuState({ backup: true });
    await host.setMenuState({ backup: false });
    expect(fake.sent).toEqual([{ menu: { backup: true } }, { menu: { backup: false } }]);
  });

  it('closes the previews through print:closeAll', async () => {
    const fake = fakeApi();
    await createElectronHost(fake.api).closeDocuments();
    expect(fake.sent).toEqual([{}]);
  });

  it('passes on the menu commands the contract knows and drops anything else', () => {
    const fake = fakeApi();
    const commands: string[] = [];
    const unsubscribe = createElectronHost(fake.api).onCommand((command) => commands.push(command));
    fake.fireCommand({ command: 'print' });
    fake.fireCommand({ command: 'help' });
    fake.fireCommand({ command: 'format-disk' });
    fake.fireCommand('lock');
    expect(commands).toEqual(['print', 'help']);
    unsubscribe();
    fake.fireCommand({ command: 'lock' });
    expect(commands).toEqual(['print', 'help']);
  });
});
