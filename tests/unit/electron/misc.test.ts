import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_API_METHODS, IPC_CHANNELS, isIpcChannel } from '../../../shared/ipc/channels';
import { ipcContract, ipcEventContract } from '../../../shared/ipc/contract';
import { isSafeFileName } from '../../../shared/ipc/file-name';
import { saveDialogFilters } from '../../../electron/main/channel-handlers';
import { POWER_LOCK_EVENTS, POWER_MONITOR_LOCK_EVENTS } from '../../../electron/main/power-events';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../electron/main/session-policy';
import { pinnedUserDataPath } from '../../../electron/main/user-data';

describe('pinnedUserDataPath', () => {
  it('pins a fixed ASCII folder under appData', () => {
    const appData = path.resolve('/home/u/.config');
    expect(pinnedUserDataPath(appData)).toBe(path.join(appData, 'PiekrisanuRegistrs'));
    expect(pinnedUserDataPath(appData)).toMatch(/^[\x20-\x7e]+$/);
  });
  it('refuses a relative appData', () => {
    expect(() => pinnedUserDataPath('relative')).toThrow();
  });
});

describe('power events', () => {
  it('locks on sleep, screen lock and user switch', () => {
    expect(POWER_MONITOR_LOCK_EVENTS.sort()).toEqual([
      'lock-screen',
      'suspend',
      'user-did-resign-active',
    ]);
    for (const reason of Object.values(POWER_LOCK_EVENTS)) {
      expect(ipcEventContract['power:lock'].safeParse({ reason }).success).toBe(true);
    }
  });
});

describe('session policy', () => {
  it('denies every permission request, check and device', () => {
    const answers: boolean[] = [];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      denyPermissionRequest({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });
});

describe('isSafeFileName', () => {
  it.each(['veidlapa-1.pdf', 'Piekrišanas 2025-01-31.pdf', 'rezerves-kopija.prbak', 'a'])(
    'accepts %s',
    (name) => {
      expect(isSafeFileName(name)).toBe(true);
    },
  );
  it.each([
    '',
    '.',
    '..',
    '../x.pdf',
    'a/b.pdf',
    'a\\b.pdf',
    'C:x.pdf',
    'x\u0000.pdf',
    'x\n.pdf',
    '.env',
    'x.',
    ' x.pdf',
    'x.pdf ',
    'CON',
    'nul.txt',
    'COM1.pdf',
    'lpt9',
    'a*b',
    'a?b',
    'a"b',
    'a<b',
    'a>b',
    'a|b',
    'x'.repeat(121),
  ])('refuses %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
});

describe('IPC contract tables', () => {
  it('has a schema pair and a window.api method for each channel, and nothing else', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(Object.keys(IPC_API_METHODS).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(new Set(Object.values(IPC_API_METHODS)).size).toBe(IPC_CHANNELS.length);
  });
  it('recognises channel names exactly', () => {
    expect(isIpcChannel('file:save')).toBe(true);
    expect(isIpcChannel('file:delete')).toBe(false);
    expect(isIpcChannel(1)).toBe(false);
  });
});

describe('saveDialogFilters', () => {
  it('offers the type of the file being saved', () => {
    expect(saveDialogFilters('application/pdf', 'x.pdf')).toEqual([
      { name: 'PDF', extensions: ['pdf'] },
    ]);
    expect(saveDialogFilters('application/octet-stream', 'kopija.prbak')).toEqual([
      { name: 'PRBAK', extensions: ['prbak'] },
    ]);
    expect(saveDialogFilters('application/octet-stream', 'kopija')).toEqual([]);
  });
});
