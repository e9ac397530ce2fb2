// The one way a channel is served: check the sender frame, parse the request with the
// contract, run the handler, parse its response, and resolve with the result envelope.
// Nothing is thrown across IPC, and no message carries request data (personal data).
import { isAppError } from '../../shared/errors/app-error';
import type { IpcChannel } from '../../shared/ipc/channels';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { IpcError, IpcRequest, IpcResponse, IpcResult } from '../../shared/ipc/contract';
import { ipcContract } from '../../shared/ipc/contract';
import type { SenderFrameLike } from './url-policy';
import { isTrustedSenderFrame } from './url-policy';

/** The part of Electron's IpcMainInvokeEvent the factory reads. */
export type IpcEventLike = { readonly senderFrame: SenderFrameLike | null };

export type ChannelHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
) => Promise<IpcResponse<C>>;
export type ChannelHandlers = { readonly [C in IpcChannel]: ChannelHandler<C> };

export type IpcListener<C extends IpcChannel> = (
  event: IpcEventLike,
  ...args: unknown[]
) => Promise<IpcResult<IpcResponse<C>>>;

/** Logs the channel and an error code only. */
export type IpcLogger = (message: string) => void;

const fail = (error: IpcError): { ok: false; error: IpcError } => ({ ok: false, error });

export const IPC_ERRORS = {
  forbiddenSender: { code: 'forbidden', i18nKey: 'errors.ipc.forbiddenSender' },
  invalidRequest: { code: 'validation', i18nKey: 'errors.ipc.invalidRequest' },
  internal: { code: 'internal', i18nKey: 'errors.internal' },
} as const satisfies Record<string, IpcError>;

export const createIpcHandler = <C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  log: IpcLogger = () => undefined,
): IpcListener<C> => {
  const { request: requestSchema, response: responseSchema } = ipcContract[channel];
  return async (event, ...args) => {
    if (!isTrustedSenderFrame(event.senderFrame)) {
      log(`ipc ${channel}: refused sender`);
      return fail(IPC_ERRORS.forbiddenSender);
    }
    const parsed = args.length === 1 ? requestSchema.safeParse(args[0]) : undefined;
    if (parsed === undefined || !parsed.success) {
      log(`ipc ${channel}: invalid request`);
      return fail(IPC_ERRORS.invalidRequest);
    }
    try {
      // The schema's output is the request type by construction (IpcRequest is its input type,
      // and no schema here transforms).
      const value = await handler(parsed.data as IpcRequest<C>);
      const checked = responseSchema.safeParse(value);
      if (!checked.success) {
        log(`ipc ${channel}: handler returned an invalid response`);
        return fail(IPC_ERRORS.internal);
      }
      return { ok: true, value: checked.data as IpcResponse<C> };
    } catch (error: unknown) {
      if (isAppError(error)) {
        log(`ipc ${channel}: ${error.code}`);
        return fail({ code: error.code, i18nKey: error.i18nKey });
      }
      log(`ipc ${channel}: unexpected error`);
      return fail(IPC_ERRORS.internal);
    }
  };
};

/** The part of Electron's ipcMain used to register. */
export type IpcMainLike = {
  readonly handle: (channel: string, listener: IpcListener<IpcChannel>) => void;
};

/** Registers every channel of the contract; a missing handler does not compile. */
export const registerIpcHandlers = (
  ipcMain: IpcMainLike,
  handlers: ChannelHandlers,
  log?: IpcLogger,
): void => {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(
      channel,
      createIpcHandler(channel, handlers[channel] as ChannelHandler<typeof channel>, log),
    );
  }
};
