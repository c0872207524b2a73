import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { contract, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { ELECTRON_CHANNEL_PREFIX } from '../../shared/ipc/wire';

/**
 * Registers one Electron handler per contract channel and nothing else. A call from any frame but our own
 * window's top-level frame is refused, as VS Code's validatedIpcMain does.
 */
export function registerHandlers(ipc: IpcMain, handlers: Handlers, owner: WebContents): void {
  for (const channel of Object.keys(contract)) {
    ipc.handle(`${ELECTRON_CHANNEL_PREFIX}${channel}`, (event: IpcMainInvokeEvent, input: unknown) => {
      if (event.sender !== owner || event.senderFrame !== owner.mainFrame) {
        return { ok: false, error: { code: 'ipc.forbiddenSender' } };
      }
      return dispatch(handlers, channel, input, (error) => console.error(error));
    });
  }
}
