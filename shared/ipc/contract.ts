// The IPC contract: every channel between the renderer and the main process, with zod request
// and response schemas. Both ends parse with these schemas; every TS type is derived from here.
import { z } from 'zod';
import { APP_ERROR_CODES } from '../errors/app-error';
import { APP_COMMANDS, type IPC_API_METHODS, type IpcChannel, type IpcEvent } from './channels';
import { hasControlCharacter, isSafeFileName } from './file-name';

/** Generous upper bound for a file or PDF crossing IPC (backups included). */
export const MAX_IPC_BYTES = 256 * 1024 * 1024;

// z.custom keeps the type Uint8Array<ArrayBufferLike>, which is what callers hold.
const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_IPC_BYTES, {
    message: 'bytes.size',
  });

const plainText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => !hasControlCharacter(text), { message: 'text.control' });

/** Backup files: `registrs-YYYY-MM-DD-HHMM[-n].prbk`; the folder is the main process's own. */
const backupFileName = z
  .string()
  .max(60)
  .regex(/^registrs-\d{4}-\d{2}-\d{2}-\d{4}(?:-\d{1,3})?\.prbk$/);
const backupToken = z.uuid();
/** One chunk of a backup crossing IPC (the file itself is streamed in such chunks). */
export const MAX_BACKUP_CHUNK = 8 * 1024 * 1024;
const backupChunk = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_BACKUP_CHUNK, { message: 'bytes.size' });
/** A folder as shown to the user (the renderer never sends one back: main keeps it). */
const folderShown = z.string().min(1).max(4096).nullable();

export const ipcContract = {
  'app:info': {
    request: z.strictObject({}),
    response: z.strictObject({ version: z.string().min(1), platform: z.string().min(1) }),
  },
  'file:save': {
    request: z.strictObject({
      // A bare file name without personal data; folders are chosen by the user in the dialog.
      suggestedName: z.string().refine(isSafeFileName, { message: 'file.name' }),
      mimeType: z
        .string()
        .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
        .max(100),
      bytes: bytesSchema,
    }),
    response: z.strictObject({ saved: z.boolean() }),
  },
  'print:pdf': {
    request: z.strictObject({
      bytes: bytesSchema.refine(isPdf, { message: 'pdf.magic' }),
      title: plainText(200),
    }),
    response: z.strictObject({ printed: z.boolean() }),
  },
  'print:closeAll': {
    // Sent on every lock: closes every preview window and forgets the bytes they showed.
    request: z.strictObject({}),
    response: z.strictObject({ closed: z.number().int().min(0) }),
  },
  'shell:openExternal': {
    // The allow-list is enforced in the main process; the schema only bounds the input.
    request: z.strictObject({ url: z.string().min(1).max(2048) }),
    response: z.strictObject({ opened: z.boolean() }),
  },
  // Backups (issue 10): the folder the head chose, kept by the main process; files written
  // atomically (temp file in the same folder -> flush -> rename) in streamed chunks.
  'backup:folder': {
    request: z.strictObject({}),
    response: z.strictObject({ folder: folderShown }),
  },
  'backup:chooseFolder': {
    request: z.strictObject({}),
    response: z.strictObject({ folder: folderShown }),
  },
  'backup:begin': {
    request: z.strictObject({ fileName: backupFileName }),
    response: z.strictObject({ token: backupToken }),
  },
  'backup:append': {
    request: z.strictObject({ token: backupToken, bytes: backupChunk }),
    response: z.strictObject({ written: z.number().int().min(0) }),
  },
  'backup:commit': {
    request: z.strictObject({ token: backupToken }),
    response: z.strictObject({ fileName: backupFileName }),
  },
  'backup:abort': {
    request: z.strictObject({ token: backupToken }),
    response: z.strictObject({ aborted: z.boolean() }),
  },
  'backup:read': {
    request: z.strictObject({
      fileName: backupFileName,
      offset: z.number().int().min(0),
      length: z.number().int().min(1).max(MAX_BACKUP_CHUNK),
    }),
    response: z.strictObject({ bytes: backupChunk }),
  },
  'backup:list': {
    request: z.strictObject({}),
    response: z.strictObject({ files: z.array(backupFileName).max(10_000) }),
  },
  'backup:remove': {
    request: z.strictObject({ fileNames: z.array(backupFileName).max(10_000) }),
    response: z.strictObject({ removed: z.number().int().min(0) }),
  },
  // Quitting (issue 10 item 2): the main process holds the window's close, sends
  // 'app:beforeQuit', and closes once the renderer answers here (after its backup on quit, if
  // anything changed) or after a time limit.
  'app:quitReady': {
    request: z.strictObject({}),
    response: z.strictObject({ quitting: z.boolean() }),
  },
  // The application menu offers what the renderer's session may do, told on every change of the
  // session (sign-in, lock): `backup` enables "Izveidot rezerves kopiju" (Ctrl+S), true only
  // while an unlocked session holds 'backup.create'. A display hint, never authority: the
  // renderer's services refuse a backup to a role without the permission all the same.
  'menu:state': {
    request: z.strictObject({ backup: z.boolean() }),
    response: z.strictObject({ backup: z.boolean() }),
  },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export const ipcEventContract = {
  'power:lock': z.strictObject({ reason: z.enum(['suspend', 'lock-screen', 'user-switch']) }),
  'app:command': z.strictObject({ command: z.enum(APP_COMMANDS) }),
  'app:beforeQuit': z.strictObject({}),
} as const satisfies Record<IpcEvent, z.ZodType>;

export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['response']>;
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEventContract)[E]>;
export type PowerLockEvent = IpcEventPayload<'power:lock'>;
export type PowerLockReason = PowerLockEvent['reason'];
export type AppCommandEvent = IpcEventPayload<'app:command'>;
/** What the application menu offers the renderer's session ('menu:state'). */
export type MenuState = IpcRequest<'menu:state'>;

export const ipcErrorSchema = z.strictObject({
  code: z.enum(APP_ERROR_CODES),
  i18nKey: z.string().min(1).max(200),
});
export type IpcError = z.output<typeof ipcErrorSchema>;

/** The envelope every invoke resolves with: IPC never rejects, errors are values. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ipcResultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);

/** The shape of window.api, exposed by the preload and derived from the contract: one named
 * function per channel (see IPC_API_METHODS), one subscription per event. */
export type WindowApi = {
  readonly [C in IpcChannel as (typeof IPC_API_METHODS)[C]]: (
    request: IpcRequest<C>,
  ) => Promise<IpcResult<IpcResponse<C>>>;
} & {
  /** Subscribes to 'power:lock'; returns the unsubscribe function. */
  readonly onPowerLock: (listener: (event: PowerLockEvent) => void) => () => void;
  /** Subscribes to 'app:command' (native menu and its accelerators); returns unsubscribe. */
  readonly onAppCommand: (listener: (event: AppCommandEvent) => void) => () => void;
  /** Subscribes to 'app:beforeQuit' (answer with quitReady); returns unsubscribe. */
  readonly onBeforeQuit: (listener: (event: Record<string, never>) => void) => () => void;
};

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-": refuses to show arbitrary content in the PDF viewer window.
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return magic.every((byte, index) => bytes[index] === byte);
}
