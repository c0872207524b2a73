import type { TamgaClient } from '../../shared/ipc/contract';
import { createSocketClient } from './socket-client';
import { openHostSession, socketProtocols, takeLaunchToken } from './host-session';

declare global {
  interface Window {
    tamga?: TamgaClient;
  }
}

/**
 * The renderer's only way to main: Electron's preload bridge when present, otherwise the browser host's
 * WebSocket, opened with the session this tab gets for its one-time launch token (see host-session.ts).
 */
export function connectClient(location: Location = window.location, storage: Storage = window.sessionStorage, history: History = window.history): TamgaClient {
  if (window.tamga) return window.tamga;
  // A new address pasted into this tab changes only the fragment, which loads nothing; start over with it.
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(location.hash.slice(1)).has('launch')) location.reload();
  });
  const launchToken = takeLaunchToken(location, history);
  const target = openHostSession(launchToken, storage).then((session) =>
    session ? { url: `ws://${location.host}/ipc`, protocols: socketProtocols(session) } : undefined,
  );
  return createSocketClient(target, showNotConnected);
}

// Shown outside React, since without a connection the app cannot even say which screen it is on.
const NOT_CONNECTED: Record<string, string> = {
  en: 'This page is not connected to Tamga. Open the address Tamga printed where it was started; each address works once, and pressing Enter there prints a new one.',
  ru: 'Эта страница не подключена к Tamga. Откройте адрес, который Tamga вывела при запуске; каждый адрес действует один раз, а Enter там выводит новый.',
  kk: 'Бұл бет Tamga-ға қосылмаған. Tamga іске қосылғанда шығарған мекенжайды ашыңыз; әр мекенжай бір рет қана жарамды, ал сол жерде Enter пернесін бассаңыз, жаңасы шығады.',
};

function showNotConnected(): void {
  if (document.getElementById('tamga-not-connected')) return;
  const notice = document.createElement('p');
  notice.id = 'tamga-not-connected';
  notice.setAttribute('role', 'alert');
  notice.className = 'notice notice-error';
  notice.textContent = NOT_CONNECTED[document.documentElement.lang] ?? NOT_CONNECTED.en!;
  document.body.prepend(notice);
}

let client: TamgaClient | undefined;
export const tamga = (): TamgaClient => (client ??= connectClient());
/** Tests hand in a fake backend here. */
export const setClient = (next: TamgaClient): void => {
  client = next;
};
