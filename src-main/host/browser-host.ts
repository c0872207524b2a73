import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../../shared/ipc/dispatch';
import { RequestFrame, type EventFrame, type ResponseFrame } from '../../shared/ipc/wire';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import { toDisposable, type Disposable } from '../../shared/lifecycle';
import { contentSecurityPolicy } from '../app/content-security-policy';
import { readRendererFile } from '../app/renderer-files';
import type { HttpRoute } from '../evidence/evidence-http';

export type BrowserHostOptions = {
  rendererDir: string;
  handlers: Handlers;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Extra HTTP routes (evidence uploads and reads); each runs only after the token check. */
  routes?: readonly HttpRoute[];
  log?: (error: unknown) => void;
};

export type BrowserHost = Disposable & {
  url: string;
  port: number;
  token: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
};

const TOKEN_COOKIE = 'tamga_token';

/**
 * Serves the built renderer and the IPC contract over a WebSocket on loopback only, so the real UI can be
 * driven end to end in a browser. Every request must carry the per-run token (in the URL once, then as a
 * same-site cookie), and WebSocket upgrades must also come from our own origin.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  let origin = '';

  const hasToken = (request: IncomingMessage): boolean => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const offered = url.searchParams.get('token') ?? readCookie(request.headers.cookie, TOKEN_COOKIE);
    return offered !== undefined && offered !== null && sameSecret(offered, token);
  };

  const server: Server = createServer((request, response) => {
    if (!hasToken(request)) return refuse(response, 403);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    // A write must come from our own page: the cookie alone would also ride along on a cross-site form post.
    if (!isRead && request.headers.origin !== origin) return refuse(response, 403);
    void route(request, response, isRead);
  });

  const route = async (request: IncomingMessage, response: ServerResponse, isRead: boolean): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const handle of options.routes ?? []) if (await handle(request, response, url)) return;
    if (!isRead) return refuse(response, 405);
    await serveStatic(options.rendererDir, request, response, token, origin);
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/ipc' || !hasToken(request) || request.headers.origin !== origin) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void answer(ws, data.toString()));
    });
  });

  const answer = async (ws: WebSocket, text: string): Promise<void> => {
    let frame: RequestFrame;
    try {
      const parsed = RequestFrame.safeParse(JSON.parse(text));
      if (!parsed.success) return;
      frame = parsed.data;
    } catch {
      return;
    }
    const result = await dispatch(options.handlers, frame.channel, frame.input, options.log);
    const reply: ResponseFrame = { id: frame.id, result };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
  };

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;

  const closing = toDisposable(() => {
    for (const ws of sockets) ws.terminate();
    wss.close();
    server.closeAllConnections();
    server.close();
  });

  return {
    url: `${origin}/?token=${token}`,
    port,
    token,
    emit(event, payload) {
      const frame: EventFrame = { event, payload };
      const text = JSON.stringify(frame);
      for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
    },
    dispose: () => closing.dispose(),
  };
}

async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse, token: string, origin: string): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = await readRendererFile(root, url.pathname);
  if (!file) return refuse(response, 404);
  response.writeHead(200, {
    'Content-Type': file.mediaType,
    'Content-Security-Policy': contentSecurityPolicy({ connect: [origin.replace('http:', 'ws:')] }),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
  });
  response.end(request.method === 'HEAD' ? undefined : file.bytes);
}

function refuse(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(status === 403 ? 'Forbidden: this address needs the token printed when Tamga started.\n' : `${status}\n`);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Compare secrets in constant time so response timing reveals nothing about the token. */
function sameSecret(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
