import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { contract, isChannel, type TamgaClient } from '../../shared/ipc/contract';
import { ELECTRON_CHANNEL_PREFIX, ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/wire';

// No logic lives here: window.tamga is the contract's channel list over ipcRenderer, never ipcRenderer itself.
const client: TamgaClient = {
  invoke: (channel, input) => {
    if (!isChannel(channel)) return Promise.resolve({ ok: false, error: { code: 'ipc.unknownChannel' } });
    return ipcRenderer.invoke(`${ELECTRON_CHANNEL_PREFIX}${channel}`, input);
  },
  on: (event, listener) => {
    const forward = (_: unknown, frame: { event: string; payload: never }) => {
      if (frame.event === event) listener(frame.payload);
    };
    ipcRenderer.on(ELECTRON_EVENT_CHANNEL, forward);
    return () => ipcRenderer.off(ELECTRON_EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('tamga', { ...client, channels: Object.keys(contract) });

// The path of a file the person picked or dropped, so main can import it in one streaming pass.
contextBridge.exposeInMainWorld('tamgaFiles', { pathOf: (file: File) => webUtils.getPathForFile(file) });
