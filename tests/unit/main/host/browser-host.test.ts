import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
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
