// The Latvian application menu. Its command items (print, find, lock, help, backup) carry the
// app's accelerators and hand the command to the renderer; the page does not listen for those keys
// under Electron (renderer/src/platform/keyboard-commands.ts is the browser host's copy). The
// backup item is enabled only while the renderer says its session may make one ('menu:state').
// No reload or devtools entries: a reload would drop the unlocked session mid-edit, and
// devtools would expose decrypted data.
import type { AppCommand } from '../../shared/ipc/channels';
import type { MenuState } from '../../shared/ipc/contract';

export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'minimize'
  | 'close';

export type MenuItemTemplate = {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly accelerator?: string;
  /** False: shown greyed, neither its click nor its accelerator runs. Electron's default: true. */
  readonly enabled?: boolean;
  readonly click?: () => void;
  readonly submenu?: MenuItemTemplate[];
};

/** Each command's accelerator (Electron accelerator syntax). */
export const COMMAND_ACCELERATORS: Readonly<Record<AppCommand, string>> = {
  print: 'CmdOrCtrl+P',
  find: 'CmdOrCtrl+F',
  lock: 'CmdOrCtrl+L',
  help: 'F1',
  backup: 'CmdOrCtrl+S',
};

/**
 * The menu before the renderer has said what its session may do (at start, after the renderer
 * crashed): as when locked, no backup.
 */
export const LOCKED_MENU: MenuState = { backup: false };

/**
 * The menu for `state`; `onCommand` runs when a command item is chosen or its accelerator
 * pressed. "Izveidot rezerves kopiju" is disabled unless `state.backup`.
 */
export const createMenuTemplate = (
  onCommand: (command: AppCommand) => void,
  state: MenuState = LOCKED_MENU,
): MenuItemTemplate[] => {
  const command = (label: string, name: AppCommand): MenuItemTemplate => ({
    label,
    accelerator: COMMAND_ACCELERATORS[name],
    click: () => {
      onCommand(name);
    },
  });
  return [
    {
      label: 'Fails',
      submenu: [
        { ...command('Izveidot rezerves kopiju', 'backup'), enabled: state.backup },
        command('Drukāt…', 'print'),
        { type: 'separator' },
        command('Bloķēt', 'lock'),
        { type: 'separator' },
        { label: 'Iziet', role: 'quit' },
      ],
    },
    {
      label: 'Rediģēt',
      submenu: [
        { label: 'Atsaukt', role: 'undo' },
        { label: 'Atcelt atsaukšanu', role: 'redo' },
        { type: 'separator' },
        { label: 'Izgriezt', role: 'cut' },
        { label: 'Kopēt', role: 'copy' },
        { label: 'Ielīmēt', role: 'paste' },
        { label: 'Atlasīt visu', role: 'selectAll' },
        { type: 'separator' },
        command('Meklēt', 'find'),
      ],
    },
    {
      label: 'Skats',
      submenu: [
        { label: 'Palielināt', role: 'zoomIn' },
        { label: 'Samazināt', role: 'zoomOut' },
        { label: 'Sākotnējais izmērs', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Pilnekrāns', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Logs',
      submenu: [
        { label: 'Minimizēt', role: 'minimize' },
        { label: 'Aizvērt', role: 'close' },
      ],
    },
    { label: 'Palīdzība', submenu: [command('Palīdzība', 'help')] },
  ];
};
