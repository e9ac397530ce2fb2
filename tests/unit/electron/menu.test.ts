import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/access/roles';
import { can } from '../../../shared/access/permissions';
import { APP_COMMANDS, type AppCommand } from '../../../shared/ipc/channels';
import type { MenuState } from '../../../shared/ipc/contract';
import { menuStateFor } from '../../../shared/ipc/menu-state';
import {
  COMMAND_ACCELERATORS,
  createMenuTemplate,
  LOCKED_MENU,
  type MenuItemTemplate,
} from '../../../electron/main/menu';
import { commandForKey } from '../../../renderer/src/platform/keyboard-commands';

const flatten = (items: readonly MenuItemTemplate[]): MenuItemTemplate[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

const menu = (state?: MenuState) => {
  const chosen: AppCommand[] = [];
  const items = flatten(createMenuTemplate((command) => chosen.push(command), state));
  return { items, chosen };
};

const BACKUP_ITEM = 'Izveidot rezerves kopiju';
/** Whether an item is enabled as Electron reads the template (absent means enabled). */
const enabled = (items: MenuItemTemplate[], label: string) =>
  items.find((item) => item.label === label)?.enabled ?? true;

/** The key press an Electron accelerator stands for on Windows (CmdOrCtrl is Ctrl there). */
const keyOf = (accelerator: string) => {
  const parts = accelerator.split('+');
  const key = parts.at(-1) ?? '';
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    ctrlKey: parts.includes('CmdOrCtrl'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
    metaKey: false,
  };
};

describe('createMenuTemplate', () => {
  it('has no reload or devtools entries', () => {
    const roles = menu().items.flatMap((item) => (item.role ? [item.role] : []));
    expect(roles).toContain('quit');
    expect(roles.filter((role) => /reload|devtools/i.test(role))).toEqual([]);
  });

  it('is in Latvian, with Print, Lock, Find and Help entries', () => {
    const labels = menu().items.map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Fails', 'Rediģēt', 'Skats', 'Logs', 'Palīdzība', 'Drukāt…']),
    );
    expect(labels).toEqual(expect.arrayContaining(['Bloķēt', 'Meklēt']));
  });

  it('gives each command its accelerator, and choosing it hands the command on', () => {
    const { items, chosen } = menu();
    const commandItems = items.filter((item) => item.click !== undefined);
    expect(commandItems.map((item) => item.accelerator).sort()).toEqual(
      ['CmdOrCtrl+F', 'CmdOrCtrl+L', 'CmdOrCtrl+P', 'CmdOrCtrl+S', 'F1'].sort(),
    );
    for (const item of commandItems) item.click?.();
    expect([...chosen].sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('offers "Izveidot rezerves kopiju" only when the session may make a backup', () => {
    expect(enabled(menu().items, BACKUP_ITEM)).toBe(false);
    expect(enabled(menu(LOCKED_MENU).items, BACKUP_ITEM)).toBe(false);
    expect(enabled(menu({ backup: false }).items, BACKUP_ITEM)).toBe(false);
    expect(enabled(menu({ backup: true }).items, BACKUP_ITEM)).toBe(true);
    // Still there (greyed), with its key; every other item is as before.
    const locked = menu({ backup: false }).items;
    expect(locked.find((item) => item.label === BACKUP_ITEM)?.accelerator).toBe('CmdOrCtrl+S');
    for (const item of locked.filter((i) => i.label !== BACKUP_ITEM)) {
      expect(item.enabled).toBeUndefined();
    }
  });

  it("uses the same keys as the browser host's command keys", () => {
    for (const command of APP_COMMANDS) {
      expect(commandForKey(keyOf(COMMAND_ACCELERATORS[command]))).toBe(command);
    }
  });
});

describe('commandForKey (browser host)', () => {
  const press = (key: string, modifiers: Partial<Record<'ctrl' | 'alt' | 'shift', boolean>> = {}) =>
    commandForKey({
      key,
      ctrlKey: modifiers.ctrl ?? false,
      altKey: modifiers.alt ?? false,
      shiftKey: modifiers.shift ?? false,
      metaKey: false,
    });
  it('knows Ctrl+P, Ctrl+F, Ctrl+L (either case) and F1', () => {
    expect(press('p', { ctrl: true })).toBe('print');
    expect(press('F', { ctrl: true })).toBe('find');
    expect(press('l', { ctrl: true })).toBe('lock');
    expect(press('F1')).toBe('help');
  });
  it('leaves every other key alone', () => {
    expect(press('p')).toBeUndefined();
    expect(press('p', { ctrl: true, shift: true })).toBeUndefined();
    expect(press('l', { ctrl: true, alt: true })).toBeUndefined();
    expect(press('n', { ctrl: true })).toBeUndefined();
    expect(press('F1', { shift: true })).toBeUndefined();
  });
});

describe('menuStateFor (what the renderer tells the menu)', () => {
  it.each(ROLES)('%s: backup exactly when the role holds backup.create', (role) => {
    expect(menuStateFor(role)).toEqual({ backup: can(role, 'backup.create') });
  });

  it('locked (no session): no backup; only some roles may make one', () => {
    expect(menuStateFor(null)).toEqual({ backup: false });
    expect(menuStateFor('head')).toEqual({ backup: true });
    expect(menuStateFor('teacher')).toEqual({ backup: false });
  });
});
