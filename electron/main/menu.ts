// A minimal Latvian application menu. No reload or devtools entries: a reload would drop the
// unlocked session mid-edit, and devtools would expose decrypted data.

export type MenuItemTemplate = {
  readonly label?: string;
  readonly role?:
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
  readonly type?: 'separator';
  readonly submenu?: MenuItemTemplate[];
};

export const createMenuTemplate = (): MenuItemTemplate[] => [
  { label: 'Fails', submenu: [{ label: 'Iziet', role: 'quit' }] },
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
];
