import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../../shared/ipc/dispatch';
import { RequestFrame, type EventFrame, type ResponseFrame } from '../../shared/ipc/wire';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import { toDisposable, type Disposable } from '../../shared/lifecycle';
import { contentSecurityPolicy } from '../app/content-security-policy';
import { readRendererFile } from '../app/renderer-files';
import { ITEM_PATH, type HttpRoute } from '../evidence/evidence-http';

export type BrowserHostOptions = {
  rendererDir: string;
  handlers: Handlers;
  /** 0 picks a free port. */
  port?: number;
  /** The first launch token; random unless a test fixes it. */
  launchToken?: string;
  /** Extra HTTP routes (evidence uploads and reads, exports); each runs only for a request with a session. */
  routes?: readonly HttpRoute[];
  log?: (error: unknown) => void;
};

export type BrowserHost = Disposable & {
  /** The address to open, with a one-time launch token in its fragment. */
  url: string;
  port: number;
  /** Another one-time address, for a second tab or after the first was used. */
  newLaunchUrl(): string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
};

// The renderer's side of these names is src-renderer/platform/host-session.ts.
export const LAUNCH_HEADER = 'x-tamga-launch';
export const SESSION_HEADER = 'x-tamga-session';
export const SESSION_PARAM = 'session';
export const IPC_PROTOCOL = 'tamga.ipc';
export const SESSION_PROTOCOL_PREFIX = 'tamga.session.';

// Everything else is the built renderer: public app code with no secrets in it.
const API_PATH = /^\/(?:session|ipc|evidence|exports)(?:\/|$)/;
// Unused launch tokens kept at once; minting more drops the oldest.
const MAX_LAUNCH_TOKENS = 8;

/**
 * Serves the built renderer and the IPC contract over a WebSocket on loopback only, so the real UI can be driven
 * end to end in a browser. There is no ambient credential (a cookie would reach every port on 127.0.0.1): the
 * printed address carries a one-time launch token in its fragment, the page trades it once (POST /session) for a
 * session secret, and every API request carries that secret explicitly. Requests naming any other Host are
 * refused (DNS rebinding), and writes and sockets must come from the page's own origin.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  // Only hashes are kept, so lookups take the same time whatever was guessed.
  const launchTokens = new Set<string>();
  const sessions = new Set<string>();
  const sockets = new Set<WebSocket>();
  let port = 0;

  const mintLaunchToken = (token = randomBytes(24).toString('base64url')): string => {
    launchTokens.add(digest(token));
    while (launchTokens.size > MAX_LAUNCH_TOKENS) launchTokens.delete(launchTokens.values().next().value!);
    return token;
  };
  const firstLaunchToken = mintLaunchToken(options.launchToken);

  /** The origin a request addressed us by, or undefined when its Host is not ours. */
  const originOf = (request: IncomingMessage): string | undefined => {
    const host = request.headers.host;
    return host === `127.0.0.1:${port}` || host === `localhost:${port}` ? `http://${host}` : undefined;
  };

  // A closed tab resets its socket; that is how pages leave, not something to report.
  const logUnlessHungUp = (error: unknown): void => {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code !== 'ECONNRESET' && code !== 'EPIPE') log(error);
  };

  const hasSession = (offered: string | undefined): boolean => offered !== undefined && offered !== '' && sessions.has(digest(offered));

  const server: Server = createServer((request, response) => {
    // No request may end the process: whatever a handler throws is answered and logged here.
    handle(request, response).catch((error: unknown) => {
      log(error);
      if (!response.headersSent) refuse(response, 500);
      else response.destroy();
    });
  });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const origin = originOf(request);
    if (!origin) return refuse(response, 421);
    const url = pathOf(request, origin);
    if (!url) return refuse(response, 400);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!API_PATH.test(url.pathname)) {
      if (!isRead) return refuse(response, 405);
      return serveStatic(options.rendererDir, request, response, url, origin);
    }
    if (!fromOwnPage(request, origin, isRead)) return refuse(response, 403);
    if (url.pathname === '/session') return openSession(request, response);
    const header = request.headers[SESSION_HEADER];
    // <img>, <video> and pdf.js read items by URL and cannot send a header; nothing else may use the query.
    const fromQuery = isRead && ITEM_PATH.test(url.pathname) ? (url.searchParams.get(SESSION_PARAM) ?? undefined) : undefined;
    if (!hasSession(typeof header === 'string' ? header : fromQuery)) return refuse(response, 403);
    for (const route of options.routes ?? []) if (await route(request, response, url)) return;
    return refuse(response, isRead ? 404 : 405);
  };

  /** Trades a launch token, once, for a session secret the page keeps in its own tab. */
  const openSession = (request: IncomingMessage, response: ServerResponse): void => {
    const offered = request.headers[LAUNCH_HEADER];
    if (request.method !== 'POST') return refuse(response, 405);
    if (typeof offered !== 'string' || !launchTokens.delete(digest(offered))) return refuse(response, 403);
    const secret = randomBytes(32).toString('base64url');
    sessions.add(digest(secret));
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify({ session: secret }));
  };

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 16 * 1024 * 1024,
    // Answer with the fixed protocol name, never the one that carries the secret.
    handleProtocols: (protocols) => (protocols.has(IPC_PROTOCOL) ? IPC_PROTOCOL : false),
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node drops its own error handler from an upgraded socket; without one a reset would end the process.
    socket.on('error', logUnlessHungUp);
    try {
      upgrade(request, socket, head);
    } catch (error) {
      log(error);
      socket.destroy();
    }
  });

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const origin = originOf(request);
    if (!origin) return rejectUpgrade(socket, '421 Misdirected Request');
    const url = pathOf(request, origin);
    const offered = offeredProtocols(request).find((protocol) => protocol.startsWith(SESSION_PROTOCOL_PREFIX))?.slice(SESSION_PROTOCOL_PREFIX.length);
    if (url?.pathname !== '/ipc' || request.headers.origin !== origin || !hasSession(offered)) return rejectUpgrade(socket, '403 Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('error', logUnlessHungUp);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void answer(ws, data.toString()).catch(log));
    });
  };

  const answer = async (ws: WebSocket, text: string): Promise<void> => {
    let frame: RequestFrame;
    try {
      const parsed = RequestFrame.safeParse(JSON.parse(text));
      if (!parsed.success) return;
      frame = parsed.data;
    } catch {
      return;
    }
    const result = await dispatch(options.handlers, frame.channel, frame.input, log);
    const reply: ResponseFrame = { id: frame.id, result };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
  };

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const launchUrl = (token: string): string => `http://127.0.0.1:${port}/#launch=${token}`;

  const closing = toDisposable(() => {
    for (const ws of sockets) ws.terminate();
    wss.close();
    server.closeAllConnections();
    server.close();
  });

  return {
    url: launchUrl(firstLaunchToken),
    port,
    newLaunchUrl: () => launchUrl(mintLaunchToken()),
    emit(event, payload) {
      const frame: EventFrame = { event, payload };
      const text = JSON.stringify(frame);
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
    },
    dispose: () => closing.dispose(),
  };
}

/**
 * API requests must come from the page itself. Browsers send Origin on every write and on cross-origin reads,
 * and Sec-Fetch-Site on everything; another port on 127.0.0.1 counts as same-site, so only same-origin passes.
 */
function fromOwnPage(request: IncomingMessage, origin: string, isRead: boolean): boolean {
  const claimed = request.headers.origin;
  if (claimed === undefined ? !isRead : claimed !== origin) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse, url: URL, origin: string): Promise<void> {
  const file = await readRendererFile(root, url.pathname);
  if (!file) return refuse(response, 404);
  response.writeHead(200, {
    'Content-Type': file.mediaType,
    'Content-Security-Policy': contentSecurityPolicy({ connect: [origin.replace('http:', 'ws:')] }),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(request.method === 'HEAD' ? undefined : file.bytes);
}

/** The request's path and query; an absolute or scheme-relative target would name another server. */
function pathOf(request: IncomingMessage, origin: string): URL | undefined {
  const target = request.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    const url = new URL(target, origin);
    return url.origin === origin ? url : undefined;
  } catch {
    return undefined;
  }
}

function offeredProtocols(request: IncomingMessage): string[] {
  return (request.headers['sec-websocket-protocol'] ?? '').split(',').map((protocol) => protocol.trim());
}

function rejectUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

const MESSAGES: Record<number, string> = {
  403: 'Forbidden: open the address Tamga printed when it started (each address works once).\n',
  421: 'Misdirected request: open Tamga at 127.0.0.1 or localhost.\n',
};

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(MESSAGES[status] ?? `${status}\n`);
}

const digest = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
