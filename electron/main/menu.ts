// The Latvian application menu. Its command items (print, find, lock, help) carry the app's
// accelerators and hand the command to the renderer; the page does not listen for those keys
// under Electron (renderer/src/platform/keyboard-commands.ts is the browser host's copy).
// No reload or devtools entries: a reload would drop the unlocked session mid-edit, and
// devtools would expose decrypted data.
import type { AppCommand } from '../../shared/ipc/channels';

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

/** The menu; `onCommand` runs when a command item is chosen or its accelerator pressed. */
export const createMenuTemplate = (
  onCommand: (command: AppCommand) => void,
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
        command('Izveidot rezerves kopiju', 'backup'),
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
