import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from '../../../../src-main/host/browser-host';
import type { Handlers } from '../../../../shared/ipc/contract';

const handlers = {
  'app.info': async () => ({ name: 'Tamga', version: '9.9.9', host: 'browser', platform: 'test' }),
} as unknown as Handlers;

let root: string;
let host: BrowserHost;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tamga-host-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Tamga</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  host = await startBrowserHost({ rendererDir: join(root, 'renderer'), handlers, port: 0 });
});
afterEach(() => {
  host.dispose();
  rmSync(root, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${host.port}`;

function openSocket(options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/ipc?token=${options.token ?? host.token}`, { origin: options.origin ?? origin() });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

const call = (socket: WebSocket, frame: unknown): Promise<unknown> =>
  new Promise((resolve) => {
    socket.once('message', (data) => resolve(JSON.parse(data.toString())));
    socket.send(JSON.stringify(frame));
  });

describe('browser host', () => {
  it('listens on loopback and prints a URL that carries the token', () => {
    expect(host.url).toBe(`${origin()}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer only to a request that carries the token, then by cookie', async () => {
    expect((await fetch(`${origin()}/`)).status).toBe(403);
    const first = await fetch(host.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(first.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${origin()}/index.html`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${origin()}/index.html`, { headers: { cookie: 'tamga_token=guess' } })).status).toBe(403);
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await fetch(`${origin()}/..%2Fsecret.txt?token=${host.token}`);
    expect(response.status).toBe(404);
  });

  it('carries the contract over the WebSocket and answers malformed calls with typed errors', async () => {
    const socket = await openSocket();
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

  it('refuses a WebSocket without the token or from another origin', async () => {
    await expect(openSocket({ token: 'wrong' })).rejects.toThrow('403');
    await expect(openSocket({ origin: 'http://evil.example' })).rejects.toThrow('403');
  });

  it('pushes events to every attached page', async () => {
    const socket = await openSocket();
    const received = new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));
    host.emit('vault.locked', { reason: 'idle' });
    expect(await received).toEqual({ event: 'vault.locked', payload: { reason: 'idle' } });
    socket.close();
  });
});
