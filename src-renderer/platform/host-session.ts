// How a page of the browser host proves it was opened by the person who started Tamga. There is no cookie (a
// cookie would reach every server on 127.0.0.1, whatever its port): the printed address carries a one-time launch
// token in its fragment, which never leaves the browser in a request; the page trades it once for a session secret
// and sends that secret explicitly with every call. The host's side is src-main/host/browser-host.ts.

const LAUNCH_HEADER = 'X-Tamga-Launch';
const SESSION_HEADER = 'X-Tamga-Session';
const SESSION_PARAM = 'session';
const IPC_PROTOCOL = 'tamga.ipc';
const SESSION_PROTOCOL_PREFIX = 'tamga.session.';
// This tab only, so a reload keeps working; never localStorage, which every tab and every later run would share.
const SESSION_KEY = 'tamga.hostSession';

let secret: string | undefined;

/**
 * Reads the launch token from the address and takes it out at once, so it is not shown, copied or bookmarked. Any
 * other fragment is where the app was (app/app-route.ts) and stays, so a reload returns there.
 */
export function takeLaunchToken(location: Location, history: History): string | undefined {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get('launch') ?? undefined;
  if (fragment.has('launch')) history.replaceState(history.state, '', location.pathname + location.search);
  return token || undefined;
}

/**
 * The session secret for this tab: a fresh one for a launch token, else the one this tab already had. Undefined
 * when there is neither, or when the launch token was already used and the tab has nothing to fall back on.
 */
export async function openHostSession(launchToken: string | undefined, storage: Storage, send: typeof fetch = fetch): Promise<string | undefined> {
  if (launchToken) {
    try {
      const response = await send('/session', { method: 'POST', headers: { [LAUNCH_HEADER]: launchToken }, cache: 'no-store', credentials: 'omit' });
      if (response.ok) {
        const { session } = (await response.json()) as { session?: unknown };
        if (typeof session === 'string' && session) storage.setItem(SESSION_KEY, session);
      }
    } catch {
      // Unreachable host: fall back on what this tab had, which fails the same way and says so.
    }
  }
  secret = storage.getItem(SESSION_KEY) ?? undefined;
  return secret;
}

/** WebSocket subprotocols that carry the secret: a browser's WebSocket cannot send any other header. */
export const socketProtocols = (session: string): string[] => [IPC_PROTOCOL, `${SESSION_PROTOCOL_PREFIX}${session}`];

/** Headers for a fetch or XHR to the host; none in Electron, which has no host. */
export const sessionHeaders = (): Record<string, string> => (secret ? { [SESSION_HEADER]: secret } : {});

/**
 * For URLs read by <img>, <video>, <audio> and pdf.js, which cannot send headers: the host accepts the secret in
 * the query only on item reads. These are subresource reads, never navigations, so the URL stays out of history.
 */
export const withSessionParam = (path: string): string => (secret ? `${path}?${SESSION_PARAM}=${encodeURIComponent(secret)}` : path);

/**
 * Saves a file from the host through fetch, so the secret travels in a header rather than in a download URL that
 * the browser would keep in its download history.
 */
export async function downloadWithSession(path: string, fileName: string): Promise<boolean> {
  const response = await fetch(path, { headers: sessionHeaders(), cache: 'no-store', credentials: 'omit' });
  if (!response.ok) return false;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
  // Give the download time to take the bytes before letting them go.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return true;
}

/** Tests reset the module between cases. */
export const forgetHostSession = (): void => {
  secret = undefined;
};
