import type { TamgaClient } from '../../shared/ipc/contract';
import { createSocketClient } from './socket-client';

declare global {
  interface Window {
    tamga?: TamgaClient;
  }
}

const TOKEN_KEY = 'tamga.hostToken';

/**
 * The renderer's only way to main: Electron's preload bridge when present, otherwise the browser host's
 * WebSocket. The host's token arrives once in the address; it is moved to this tab's session storage and
 * taken out of the address bar so it does not end up in screenshots or history.
 */
export function connectClient(location: Location = window.location, storage: Storage = window.sessionStorage): TamgaClient {
  if (window.tamga) return window.tamga;
  const url = new URL(location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    storage.setItem(TOKEN_KEY, fromAddress);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromAddress ?? storage.getItem(TOKEN_KEY) ?? '';
  return createSocketClient(`ws://${url.host}/ipc?token=${encodeURIComponent(token)}`);
}

let client: TamgaClient | undefined;
export const tamga = (): TamgaClient => (client ??= connectClient());
/** Tests hand in a fake backend here. */
export const setClient = (next: TamgaClient): void => {
  client = next;
};
