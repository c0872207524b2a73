import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { contract, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { ELECTRON_CHANNEL_PREFIX } from '../../shared/ipc/wire';

/** Only our own window's top-level frame may call main, as VS Code's validatedIpcMain insists. */
export const fromOwnMainFrame = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, owner: WebContents): boolean =>
  event.sender === owner && event.senderFrame === owner.mainFrame;

/** Registers one Electron handler per contract channel and nothing else; a call from any other frame is refused. */
export function registerHandlers(ipc: Pick<IpcMain, 'handle'>, handlers: Handlers, owner: WebContents): void {
  for (const channel of Object.keys(contract)) {
    ipc.handle(`${ELECTRON_CHANNEL_PREFIX}${channel}`, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!fromOwnMainFrame(event, owner)) return { ok: false, error: { code: 'ipc.forbiddenSender' } };
      return dispatch(handlers, channel, input, (error) => console.error(error));
    });
  }
}
