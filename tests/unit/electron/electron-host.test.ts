import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import type { AppCommandEvent, PowerLockEvent, WindowApi } from '../../../shared/ipc/contract';
import { createElectronHost } from '../../../renderer/src/platform/electron-host';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

const fakeApi = (overrides: Partial<WindowApi> = {}) => {
  const sent: unknown[] = [];
  let lockListener: ((event: PowerLockEvent) => void) | undefined;
  let commandListener: ((event: AppCommandEvent) => void) | undefined;
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
    ...overrides,
  };
  return {
    api,
    sent,
    fireLock: () => lockListener?.({ reason: 'lock-screen' }),
    fireCommand: (payload: unknown) => commandListener?.(payload as AppCommandEvent),
    hasListener: () => lockListener !== undefined,
  };
};

describe('createElectronHost', () => {
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
