import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type TamgaApp } from '../../../../src-main/app/create-app';
import { bundleReceiveRoute } from '../../../../src-main/bundle/receive-handlers';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';

const BUNDLES = resolve(__dirname, '../../../fixtures/colleague-bundles');
const CORPUS = resolve(__dirname, '../../../fixtures/hostile/bundles');
const colleague = (JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { expect: string }).expect;

const apps: TamgaApp[] = [];
const servers: Server[] = [];
afterEach(() => {
  apps.splice(0).forEach((app) => app.dispose());
  servers.splice(0).forEach((server) => server.close());
});

async function unlockedApp(grants?: Map<string, string>) {
  const dataDir = tempDir();
  const app = createApp({
    dataDir,
    host: grants ? 'electron' : 'browser',
    version: 'test',
    emit: () => undefined,
    ...(grants ? { grants: { take: (handle: string) => grants.get(handle) } as never } : {}),
  });
  apps.push(app);
  expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'receive handlers passphrase' })).ok).toBe(true);
  return { app, dataDir };
}

/** POSTs a bundle to the browser host's receive route, as the renderer's receive-bundle.ts does. */
async function post(app: TamgaApp, dataDir: string, bytes: Buffer, headers: Record<string, string>): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }> {
  const route = bundleReceiveRoute(app.vault, dataDir);
  const server = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).then((done) => done || res.writeHead(404).end()));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  const answer = await new Promise<string>((settle, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/exports/receive', method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => settle(Buffer.concat(parts).toString()));
    });
    req.on('error', reject);
    req.end(bytes);
  });
  return JSON.parse(answer) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
}

const leftInExports = (dataDir: string) => (existsSync(join(dataDir, 'exports')) ? readdirSync(join(dataDir, 'exports')) : []);

describe('receiving through the browser host and the Electron window', () => {
  it('by upload: an unknown signer is named, a dry run writes nothing, the confirmed receive merges, and no copy stays', async () => {
    const { app, dataDir } = await unlockedApp();
    const bytes = readFileSync(join(BUNDLES, 'colleague-week-1.zip'));
    expect(await post(app, dataDir, bytes, { 'X-Tamga-Receive-Dry-Run': '1' })).toMatchObject({ ok: false, error: { code: 'bundle.unknownSigner' } });

    const accept = { 'X-Tamga-Receive-Accept': '1', 'X-Tamga-Receive-Accept-Name': encodeURIComponent('Айгүл, KIBHR') };
    const dry = await post(app, dataDir, bytes, { ...accept, 'X-Tamga-Receive-Dry-Run': '1' });
    expect(dry).toMatchObject({ ok: true, value: { dryRun: true, sender: { name: 'Айгүл, KIBHR' }, records: { added: 7 } } });
    expect(await app.vault.listItems()).toEqual([]);

    const done = await post(app, dataDir, bytes, { ...accept, 'X-Tamga-Receive-Dry-Run': '0' });
    expect(done).toMatchObject({ ok: true, value: { dryRun: false, records: { added: 7 } } });
    expect(await app.vault.listItems()).toHaveLength(2);
    expect(leftInExports(dataDir)).toEqual([]);
    // Remembered under the name given: the next bundle needs no confirmation.
    expect(await post(app, dataDir, readFileSync(join(BUNDLES, 'colleague-week-2.zip')), { 'X-Tamga-Receive-Dry-Run': '0' })).toMatchObject({ ok: true, value: { records: { added: 1, changed: 1 } } });
  }, 60_000);

  it('refuses a fingerprint that does not match and a malformed header before reading the body', async () => {
    const { app, dataDir } = await unlockedApp();
    const bytes = readFileSync(join(BUNDLES, 'colleague-week-1.zip'));
    expect(await post(app, dataDir, bytes, { 'X-Tamga-Receive-Expect': 'ab'.repeat(16), 'X-Tamga-Receive-Dry-Run': '0' })).toMatchObject({ ok: false, error: { code: 'bundle.signerMismatch' } });
    expect(await post(app, dataDir, bytes, { 'X-Tamga-Receive-Accept': '1', 'X-Tamga-Receive-Accept-Name': '%E0%A4%A' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(await app.vault.listItems()).toEqual([]);
    expect(leftInExports(dataDir)).toEqual([]);
  }, 60_000);

  it('in Electron, only by a grant main handed out; conflicts are listed and settled through the same channels', async () => {
    const grants = new Map([['1'.repeat(32), join(BUNDLES, 'colleague-week-1.zip')]]);
    const { app } = await unlockedApp(grants);
    expect(await dispatch(app.handlers, 'bundle.receiveGranted', { handle: '2'.repeat(32), dryRun: true })).toMatchObject({ ok: false, error: { code: 'evidence.notGranted' } });
    const received = await dispatch(app.handlers, 'bundle.receiveGranted', { handle: '1'.repeat(32), dryRun: false, expect: colleague });
    expect(received).toMatchObject({ ok: true, value: { records: { added: 7, conflicts: [] } } });
    expect(await dispatch(app.handlers, 'bundle.conflicts', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(app.handlers, 'bundle.settleConflict', { table: 'cases', id: 'c'.repeat(32), keep: 'ours' })).toMatchObject({ ok: false, error: { code: 'records.missing' } });
  }, 60_000);
});
