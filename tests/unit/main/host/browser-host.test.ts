import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from '../../../../src-main/host/browser-host';
import { evidenceRoutes } from '../../../../src-main/evidence/evidence-http';
import { bundleDownloadRoute } from '../../../../src-main/bundle/bundle-download';
import { handlers, hostVault, ITEM, send, type Answer } from './host-fixture';

let root: string;
let host: BrowserHost;
let vault: ReturnType<typeof hostVault>;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tamga-host-'));
  mkdirSync(join(root, 'renderer'));
  mkdirSync(join(root, 'exports'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Tamga</title>');
  writeFileSync(join(root, 'exports', 'case.zip'), 'PK');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  vault = hostVault();
  host = await startBrowserHost({
    rendererDir: join(root, 'renderer'),
    handlers,
    port: 0,
    routes: [evidenceRoutes(vault), bundleDownloadRoute(join(root, 'exports'))],
    log: () => undefined,
  });
});
afterEach(() => {
  host.dispose();
  rmSync(root, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${host.port}`;
const launchTokenOf = (url: string): string => new URL(url).hash.replace('#launch=', '');

/** What the page does with its address: trade the launch token for a session secret. */
async function exchange(launchToken: string, headers: OutgoingHttpHeaders = { origin: origin() }): Promise<Answer> {
  return (await send(host.port, 'POST', '/session', { 'x-tamga-launch': launchToken, ...headers }))!;
}

async function session(): Promise<string> {
  const answer = await exchange(launchTokenOf(host.newLaunchUrl()));
  return (JSON.parse(answer.body) as { session: string }).session;
}

function openSocket(options: { session?: string; origin?: string; host?: string; path?: string } = {}): Promise<WebSocket> {
  return Promise.resolve(options.session ?? session()).then((secret) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}${options.path ?? '/ipc'}`, ['tamga.ipc', `tamga.session.${secret}`], {
      origin: options.origin ?? origin(),
      ...(options.host ? { headers: { host: options.host } } : {}),
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    });
  });
}

const call = (socket: WebSocket, frame: unknown): Promise<unknown> =>
  new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(data.toString())));
    socket.send(JSON.stringify(frame));
  });

describe('browser host', () => {
  it('listens on loopback and prints an address whose one-time launch token is in the fragment only', () => {
    const url = new URL(host.url);
    expect(url.origin).toBe(origin());
    expect(url.pathname + url.search).toBe('/');
    expect(launchTokenOf(host.url).length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer without a credential and never sets a cookie', async () => {
    const page = (await send(host.port, 'GET', '/'))!;
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tamga</title>');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const traded = await exchange(launchTokenOf(host.url));
    expect(traded.status).toBe(200);
    expect(traded.headers['set-cookie']).toBeUndefined();
  });

  it('never serves a file outside the renderer folder', async () => {
    expect((await send(host.port, 'GET', '/..%2Fsecret.txt'))!.status).toBe(404);
  });

  it('trades a launch token for a session once; a used token is refused, and a new address works once', async () => {
    const first = await exchange(launchTokenOf(host.url));
    expect(first.status).toBe(200);
    const secret = (JSON.parse(first.body) as { session: string }).session;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect((await exchange(launchTokenOf(host.url))).status).toBe(403);
    expect((await exchange('guess')).status).toBe(403);
    const again = launchTokenOf(host.newLaunchUrl());
    expect((await exchange(again)).status).toBe(200);
    expect((await exchange(again)).status).toBe(403);
  });

  it('trades a launch token only for its own page: another origin or a GET gets nothing and does not use it up', async () => {
    const token = launchTokenOf(host.url);
    expect((await exchange(token, { origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await exchange(token, {})).status).toBe(403);
    expect((await exchange(token, { origin: origin(), 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await send(host.port, 'GET', '/session', { 'x-tamga-launch': token }))!.status).toBe(405);
    expect((await exchange(token)).status).toBe(200);
  });

  it('refuses an API request that carries only a cookie, whatever the cookie holds', async () => {
    const secret = await session();
    for (const cookie of [`tamga_token=${secret}`, `tamga_session=${secret}`, `tamga_token=${launchTokenOf(host.url)}`]) {
      expect((await send(host.port, 'GET', `/evidence/items/${ITEM}`, { cookie }))!.status).toBe(403);
      expect((await send(host.port, 'GET', '/exports/case.zip', { cookie }))!.status).toBe(403);
      const upload = await send(host.port, 'POST', '/evidence/upload', { cookie, origin: origin(), 'x-tamga-filename': 'a.txt' }, 'bytes');
      expect(upload!.status).toBe(403);
    }
    expect(vault.imports).toBe(0);
  });

  it('serves the API to the session secret in its header, and in the query only for item reads', async () => {
    const secret = await session();
    const withHeader = (await send(host.port, 'GET', `/evidence/items/${ITEM}`, { 'x-tamga-session': secret }))!;
    expect(withHeader.status).toBe(200);
    expect(withHeader.body).toBe('0123456789');
    expect((await send(host.port, 'GET', `/evidence/items/${ITEM}?session=${secret}`, { range: 'bytes=2-4' }))!.body).toBe('234');
    expect((await send(host.port, 'GET', '/exports/case.zip', { 'x-tamga-session': secret }))!.status).toBe(200);
    expect((await send(host.port, 'GET', `/exports/case.zip?session=${secret}`))!.status).toBe(403);
    expect((await send(host.port, 'GET', `/evidence/items/${ITEM}`, { 'x-tamga-session': 'guess' }))!.status).toBe(403);
    expect((await send(host.port, 'GET', `/evidence/items/${ITEM}`))!.status).toBe(403);
  });

  it('refuses a write with a valid session from another origin, or with no origin at all', async () => {
    const secret = await session();
    const upload = (headers: OutgoingHttpHeaders) =>
      send(host.port, 'POST', '/evidence/upload', { 'x-tamga-session': secret, 'x-tamga-filename': 'a.txt', ...headers }, 'bytes');
    expect((await upload({ origin: 'http://evil.example' }))!.status).toBe(403);
    expect((await upload({ origin: `http://127.0.0.1:${host.port + 1}` }))!.status).toBe(403);
    expect((await upload({}))!.status).toBe(403);
    expect(vault.imports).toBe(0);
    // The same request from the page itself reaches the import.
    await upload({ origin: origin() });
    expect(vault.imports).toBe(1);
  });

  it('refuses an API read another site asks for, even with the secret', async () => {
    const secret = await session();
    const read = (headers: OutgoingHttpHeaders) => send(host.port, 'GET', `/evidence/items/${ITEM}?session=${secret}`, headers);
    expect((await read({ origin: 'http://evil.example' }))!.status).toBe(403);
    // Other ports on 127.0.0.1 are the same site, not the same origin.
    expect((await read({ 'sec-fetch-site': 'same-site' }))!.status).toBe(403);
    expect((await read({ 'sec-fetch-site': 'cross-site' }))!.status).toBe(403);
    expect((await read({ 'sec-fetch-site': 'same-origin' }))!.status).toBe(200);
  });

  it('refuses any Host but its own, over HTTP and WebSocket (DNS rebinding)', async () => {
    const secret = await session();
    for (const forged of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`]) {
      expect((await send(host.port, 'GET', '/', { host: forged }))!.status).toBe(421);
      expect((await send(host.port, 'GET', `/evidence/items/${ITEM}`, { host: forged, 'x-tamga-session': secret }))!.status).toBe(421);
      await expect(openSocket({ session: secret, host: forged, origin: `http://${forged}` })).rejects.toThrow('421');
    }
    expect((await send(host.port, 'GET', '/', {}))!.status).toBe(200);
    expect((await send(host.port, 'GET', '/', { host: `localhost:${host.port}` }))!.status).toBe(200);
  });

  it('accepts an origin only in the form of the Host the request used', async () => {
    const secret = await session();
    const localhost = `http://localhost:${host.port}`;
    const upload = (headers: OutgoingHttpHeaders) =>
      send(host.port, 'POST', '/evidence/upload', { 'x-tamga-session': secret, 'x-tamga-filename': 'a.txt', ...headers }, 'bytes');
    expect((await upload({ host: `localhost:${host.port}`, origin: origin() }))!.status).toBe(403);
    expect((await upload({ origin: localhost }))!.status).toBe(403);
    expect(vault.imports).toBe(0);
    await upload({ host: `localhost:${host.port}`, origin: localhost });
    expect(vault.imports).toBe(1);
    await expect(openSocket({ session: secret, host: `localhost:${host.port}`, origin: origin() })).rejects.toThrow('403');
    (await openSocket({ session: secret, host: `localhost:${host.port}`, origin: localhost })).close();
  });

  it('carries the contract over the WebSocket and answers malformed calls with typed errors', async () => {
    const socket = await openSocket();
    expect(socket.protocol).toBe('tamga.ipc');
    expect(await call(socket, { id: 1, channel: 'app.info', input: {} })).toEqual({
      id: 1,
      result: { ok: true, value: { name: 'Tamga', version: '9.9.9', host: 'browser', platform: 'test' } },
    });
    expect(await call(socket, { id: 2, channel: 'app.info', input: { unexpected: 1 } })).toMatchObject({ id: 2, result: { ok: false, error: { code: 'ipc.invalidInput' } } });
    expect(await call(socket, { id: 3, channel: 'shell.exec', input: {} })).toEqual({ id: 3, result: { ok: false, error: { code: 'ipc.unknownChannel' } } });
    socket.send('not json at all');
    expect(await call(socket, { id: 4, channel: 'app.info', input: {} })).toMatchObject({ id: 4, result: { ok: true } });
    socket.close();
  });

  it('refuses a WebSocket without a session, with a launch token instead, or from another origin', async () => {
    await expect(openSocket({ session: 'wrong' })).rejects.toThrow('403');
    await expect(openSocket({ session: launchTokenOf(host.newLaunchUrl()) })).rejects.toThrow('403');
    await expect(openSocket({ origin: 'http://evil.example' })).rejects.toThrow('403');
    await expect(openSocket({ origin: `http://127.0.0.1:${host.port + 1}` })).rejects.toThrow('403');
    await expect(openSocket({ path: '/elsewhere' })).rejects.toThrow('403');
    const secret = await session();
    const withCookieOnly = new WebSocket(`ws://127.0.0.1:${host.port}/ipc?session=${secret}`, { origin: origin(), headers: { cookie: `tamga_token=${secret}` } });
    await expect(new Promise((resolve, reject) => withCookieOnly.once('open', resolve).once('unexpected-response', (_q, r) => reject(new Error(`HTTP ${r.statusCode}`))))).rejects.toThrow('403');
  });

  it('pushes events to every attached page', async () => {
    const sockets = await Promise.all([openSocket(), openSocket()]);
    const received = sockets.map(
      (socket) =>
        new Promise((resolve, reject) => {
          socket.once('message', (data) => resolve(JSON.parse(data.toString())));
          setTimeout(() => reject(new Error('this page got no event')), 2_000);
        }),
    );
    host.emit('vault.locked', { reason: 'idle' });
    for (const event of await Promise.all(received)) expect(event).toEqual({ event: 'vault.locked', payload: { reason: 'idle' } });
    for (const socket of sockets) socket.close();
  });

  it('answers a malformed escape in an export name with 400 and keeps serving', async () => {
    const secret = await session();
    expect((await send(host.port, 'GET', '/exports/%E0%A4%A.zip', { 'x-tamga-session': secret }))!.status).toBe(400);
    expect((await send(host.port, 'GET', '/exports/%E0%A4%A', { 'x-tamga-session': secret }))!.status).toBe(404);
    expect((await send(host.port, 'GET', '/'))!.status).toBe(200);
  });
});

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(what)), ms))]);

describe('browser host: launch addresses and sessions', () => {
  it('keeps the eight newest unused addresses: minting a ninth forgets the oldest, and only it', async () => {
    const oldest = launchTokenOf(host.url);
    const minted = Array.from({ length: 8 }, () => launchTokenOf(host.newLaunchUrl()));
    expect((await exchange(oldest)).status).toBe(403);
    for (const token of minted) expect((await exchange(token)).status).toBe(200);
  });

  it('answers a session as JSON that no cache keeps', async () => {
    const traded = await exchange(launchTokenOf(host.url));
    expect(traded.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(traded.headers['cache-control']).toBe('no-store');
  });

  it('takes the session from the query only to read an item, never to write one', async () => {
    const secret = await session();
    const write = (path: string, headers: OutgoingHttpHeaders) => send(host.port, 'POST', path, { origin: origin(), ...headers }, 'bytes');
    // With the secret in its header the write reaches the routes, none of which takes it: 405, not 403.
    expect((await write(`/evidence/items/${ITEM}`, { 'x-tamga-session': secret }))!.status).toBe(405);
    expect((await write(`/evidence/items/${ITEM}?session=${secret}`, {}))!.status).toBe(403);
  });
});

describe('browser host: answers', () => {
  it('tells a refused browser what to open, in plain text no cache keeps', async () => {
    const refused = (await send(host.port, 'GET', `/evidence/items/${ITEM}`))!;
    expect(refused.status).toBe(403);
    expect(refused.body).toBe('Forbidden: open the address Tamga printed when it started (each address works once).\n');
    expect(refused.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(refused.headers['cache-control']).toBe('no-store');
    const misdirected = (await send(host.port, 'GET', '/', { host: 'evil.example' }))!;
    expect(misdirected.body).toBe('Misdirected request: open Tamga at 127.0.0.1 or localhost.\n');
    expect((await send(host.port, 'POST', '/', { origin: origin() }, 'x'))!.body).toBe('405\n');
  });

  it('serves its pages typed, never cached or sniffed, and lets them connect only to its own WebSocket', async () => {
    for (const [hostHeader, socketOrigin] of [[`127.0.0.1:${host.port}`, `ws://127.0.0.1:${host.port}`], [`localhost:${host.port}`, `ws://localhost:${host.port}`]] as const) {
      const page = (await send(host.port, 'GET', '/', { host: hostHeader }))!;
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${socketOrigin};`);
    }
  });

  it('answers HEAD for a page like GET, without the body, and refuses every write to a page', async () => {
    const head = (await send(host.port, 'HEAD', '/'))!;
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await send(host.port, method, '/index.html', { origin: origin() }, 'x'))!.status).toBe(405);
  });

  it('refuses a request target that names another server, whatever form it takes', async () => {
    for (const target of ['//evil.example/', '/\\evil.example/', '/\\evil.example:99999/', 'http://evil.example/', '*']) {
      expect((await send(host.port, 'GET', target))?.status, target).toBe(400);
    }
  });

  it('takes a request target only as a path: not absolute or scheme-relative, even naming itself, and not relative', async () => {
    for (const target of [`http://127.0.0.1:${host.port}/`, `//127.0.0.1:${host.port}/`, 'index.html']) expect((await send(host.port, 'GET', target))?.status, target).toBe(400);
  });

  it('answers an API path no route serves with 404 to a read and 405 to a write', async () => {
    const secret = await session();
    expect((await send(host.port, 'GET', '/evidence/nothing', { 'x-tamga-session': secret }))!.status).toBe(404);
    expect((await send(host.port, 'POST', '/evidence/nothing', { 'x-tamga-session': secret, origin: origin() }, 'x'))!.status).toBe(405);
  });
});

describe('browser host: sockets', () => {
  const upgradeHeaders = (protocols: string) => ({
    origin: origin(),
    upgrade: 'websocket',
    connection: 'Upgrade',
    'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    'sec-websocket-version': '13',
    'sec-websocket-protocol': protocols,
  });

  it('answers with the fixed protocol name, never the one carrying the secret, and with none when the page did not ask for it', async () => {
    const secret = await session();
    const both = (await send(host.port, 'GET', '/ipc', upgradeHeaders(`tamga.ipc, tamga.session.${secret}`)))!;
    expect(both.status).toBe(101);
    expect(both.headers['sec-websocket-protocol']).toBe('tamga.ipc');
    const secretOnly = (await send(host.port, 'GET', '/ipc', upgradeHeaders(`tamga.session.${secret}`)))!;
    expect(secretOnly.status).toBe(101);
    expect(secretOnly.headers['sec-websocket-protocol']).toBeUndefined();
  });

  it('cuts off a page that sends more than 16 MiB at once, logs why, and keeps serving', async () => {
    const logged: unknown[] = [];
    const own = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, log: (error) => logged.push(error) });
    try {
      const answer = (await send(own.port, 'POST', '/session', { origin: `http://127.0.0.1:${own.port}`, 'x-tamga-launch': launchTokenOf(own.url) }))!;
      const secret = (JSON.parse(answer.body) as { session: string }).session;
      const socket = new WebSocket(`ws://127.0.0.1:${own.port}/ipc`, ['tamga.ipc', `tamga.session.${secret}`], { origin: `http://127.0.0.1:${own.port}` });
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', resolve));
      socket.send('x'.repeat(16 * 1024 * 1024 + 1));
      expect(await within(closed, 5_000, 'still open')).toBe(1009);
      expect(logged).toEqual([expect.objectContaining({ code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' })]);
      expect((await send(own.port, 'GET', '/'))!.status).toBe(200);
    } finally {
      own.dispose();
    }
  });

  it('does not log a page that hangs up mid-connection', async () => {
    const logged: unknown[] = [];
    const own = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, log: (error) => logged.push(error) });
    try {
      const answer = (await send(own.port, 'POST', '/session', { origin: `http://127.0.0.1:${own.port}`, 'x-tamga-launch': launchTokenOf(own.url) }))!;
      const secret = (JSON.parse(answer.body) as { session: string }).session;
      const raw = connect(own.port, '127.0.0.1');
      await new Promise((resolve) => raw.once('connect', resolve));
      const switched = new Promise((resolve) => raw.once('data', resolve));
      raw.write(
        `GET /ipc HTTP/1.1\r\nHost: 127.0.0.1:${own.port}\r\nOrigin: http://127.0.0.1:${own.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: tamga.ipc, tamga.session.${secret}\r\n\r\n`,
      );
      expect(String(await switched)).toMatch(/^HTTP\/1.1 101 /);
      // A reset, as when a tab is killed: the host sees ECONNRESET on the upgraded socket.
      raw.resetAndDestroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      own.emit('vault.locked', { reason: 'idle' });
      expect(logged).toEqual([]);
      expect((await send(own.port, 'GET', '/'))!.status).toBe(200);
    } finally {
      own.dispose();
    }
  });
});

describe('browser host: where it listens, and closing', () => {
  it('serves a page whose path only contains an API name without asking for a session', async () => {
    mkdirSync(join(root, 'renderer', 'assets', 'exports'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'assets', 'exports', 'panel.js'), 'export {};');
    const page = (await send(host.port, 'GET', '/assets/exports/panel.js'))!;
    expect(page.status).toBe(200);
    expect(page.body).toBe('export {};');
  });

  it('listens on the port it was given, and fails to start, rather than crash, when that port is taken', async () => {
    const free = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const own = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, port: free, log: () => undefined });
    try {
      expect(own.port).toBe(free);
      await expect(startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, port: free, log: () => undefined })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      own.dispose();
    }
  });

  it('logs to the console what a failing route threw when it was given no log of its own', async () => {
    const failing = async (_request: unknown, _response: unknown, url: URL): Promise<boolean> => {
      if (url.pathname === '/evidence/throws') throw new Error('route failed');
      return false;
    };
    const own = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, routes: [failing] });
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const answer = (await send(own.port, 'POST', '/session', { origin: `http://127.0.0.1:${own.port}`, 'x-tamga-launch': launchTokenOf(own.url) }))!;
      const secret = (JSON.parse(answer.body) as { session: string }).session;
      expect((await send(own.port, 'GET', '/evidence/throws', { 'x-tamga-session': secret }))!.status).toBe(500);
      expect(printed).toHaveBeenCalledWith(expect.objectContaining({ message: 'route failed' }));
    } finally {
      printed.mockRestore();
      own.dispose();
    }
  });

  it('listens on 127.0.0.1 alone: no other address of this machine reaches it', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.address !== '127.0.0.1' && !address.address.startsWith('fe80:'))
      .map((address) => address!.address);
    expect(others).toContain('::1');
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
  });

  it('on dispose closes every attached page and every open request, and stops listening', async () => {
    const page = await openSocket();
    const pageClosed = new Promise((resolve) => page.once('close', resolve));
    // A request still being written is not idle: closing the server alone would wait for it.
    const pending = connect(host.port, '127.0.0.1');
    await new Promise((resolve) => pending.once('connect', resolve));
    pending.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pendingClosed = new Promise((resolve) => pending.once('close', resolve));
    host.dispose();
    await within(pageClosed, 2_000, 'a page is still attached');
    await within(pendingClosed, 2_000, 'a request is still open');
    expect(await send(host.port, 'GET', '/')).toBeUndefined();
  });

  it('answers 500 to a route that throws and logs it, cuts off one that throws mid-answer, and keeps serving', async () => {
    const logged: unknown[] = [];
    const failing = async (_request: unknown, response: import('node:http').ServerResponse, url: URL): Promise<boolean> => {
      if (url.pathname === '/evidence/throws') throw new Error('route failed');
      if (url.pathname !== '/evidence/half') return false;
      response.writeHead(200, { 'Content-Length': '100' });
      response.write('part of it');
      throw new Error('route failed mid-answer');
    };
    const own = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, routes: [failing], log: (error) => logged.push(error) });
    try {
      const answer = (await send(own.port, 'POST', '/session', { origin: `http://127.0.0.1:${own.port}`, 'x-tamga-launch': launchTokenOf(own.url) }))!;
      const secret = (JSON.parse(answer.body) as { session: string }).session;
      expect((await send(own.port, 'GET', '/evidence/throws', { 'x-tamga-session': secret }))!.status).toBe(500);
      expect(await within(send(own.port, 'GET', '/evidence/half', { 'x-tamga-session': secret }), 2_000, 'left hanging')).toBeUndefined();
      expect(logged.map((error) => (error as Error).message)).toEqual(['route failed', 'route failed mid-answer']);
      expect((await send(own.port, 'GET', '/'))!.status).toBe(200);
    } finally {
      own.dispose();
    }
  });
});
