import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type AppOptions, type TamgaApp } from '../../../../src-main/app/create-app';
import { verifyBundle } from '../../../../src-main/bundle';
import { bundleDownloadRoute } from '../../../../src-main/bundle/bundle-download';
import type { HttpRoute } from '../../../../src-main/evidence/evidence-http';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';
import { severalCases } from './case-fixture';

const apps: TamgaApp[] = [];
const servers: Server[] = [];
afterEach(() => {
  apps.splice(0).forEach((app) => app.dispose());
  servers.splice(0).forEach((server) => server.close());
});

// Words of the exhibit that must never sit in the clear in the data folder once the download is done.
const CANARY = 'Канарейка-протокол 7f3a';

async function appWithItem(options: Partial<AppOptions> = {}) {
  const dataDir = tempDir();
  const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined, ...options });
  apps.push(app);
  expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'ipc passphrase' })).ok).toBe(true);
  const source = join(tempDir(), 'statement.txt');
  writeFileSync(source, `Statement. ${CANARY}. End.`);
  const itemId = (await app.vault.importFile(source)).item.id;
  return { app, dataDir, itemId };
}

/** The download route alone on a loopback server (the browser host's session check is tested with the host). */
async function serve(route: HttpRoute): Promise<(path: string) => Promise<{ status: number; body: Buffer }>> {
  const server = createServer((req, res) => {
    void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).then((handled) => handled || res.writeHead(404).end());
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return (path) =>
    new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(parts) }));
      })
        .on('error', reject)
        .end();
    });
}

/** Every file under `dir` that holds `needle` as UTF-8 or UTF-16LE. */
function holding(dir: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const bytes = readFileSync(path);
        if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) found.push(path);
      }
    }
  };
  walk(dir);
  return found;
}

const disclosure = () => JSON.parse(JSON.stringify(severalCases(1).disclose(0, 'legal-team'))) as unknown;

describe('bundle.export in the browser host: one download, then no plaintext copy in the data folder', () => {
  it('answers a download address; serving it once removes the bundle, and no file under the data dir holds the evidence', async () => {
    const { app, dataDir, itemId } = await appWithItem();
    const result = await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], cases: [disclosure()], fileName: 'Case 12 — bundle.zip' });
    expect(result).toMatchObject({ ok: true, value: { download: '/exports/Case%2012%20%E2%80%94%20bundle.zip', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(result.ok && 'path' in (result.value as object)).toBe(false);

    const get = await serve(bundleDownloadRoute(join(dataDir, 'exports')));
    const download = await get((result as { value: { download: string } }).value.download);
    expect(download.status).toBe(200);
    const saved = join(tempDir(), 'downloaded.zip');
    writeFileSync(saved, download.body);
    expect((await verifyBundle(saved)).ok).toBe(true);
    expect(download.body.includes(Buffer.from(CANARY))).toBe(true);

    await vi.waitFor(() => expect(readdirSync(join(dataDir, 'exports'))).toEqual([]));
    expect(holding(dataDir, CANARY)).toEqual([]);
    expect((await get('/exports/Case%2012%20%E2%80%94%20bundle.zip')).status).toBe(404);
  }, 20_000);

  it('a bundle not yet downloaded is removed when the vault locks, and a leftover from an earlier run at startup', async () => {
    const { app, dataDir, itemId } = await appWithItem();
    expect((await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'waiting.zip' })).ok).toBe(true);
    expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'waiting.zip' })).toMatchObject({ ok: false, error: { code: 'bundle.outputExists' } });
    app.vault.lock('user');
    await vi.waitFor(() => expect(readdirSync(join(dataDir, 'exports'))).toEqual([]));
    expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'other.zip' })).toEqual({ ok: false, error: { code: 'vault.locked' } });

    // A crash between export and download leaves one behind; the next start removes it before anything else runs.
    const exports = join(dataDir, 'exports');
    mkdirSync(exports, { recursive: true });
    writeFileSync(join(exports, 'left-over.zip'), CANARY);
    writeFileSync(join(exports, '.tmp-half-written'), CANARY);
    apps.push(createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined }));
    await vi.waitFor(() => expect(readdirSync(exports)).toEqual([]));
    expect(holding(dataDir, CANARY)).toEqual([]);
  }, 20_000);

  it.each(['../escape.zip', '/tmp/abs.zip', '.hidden.zip', 'no-extension', 'a\\b.zip'])('refuses the file name %j before touching the disk', async (fileName) => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined });
    apps.push(app);
    const result = await dispatch(app.handlers, 'bundle.export', { itemIds: ['a'.repeat(32)], fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  });
});

describe('bundle.export in the Electron window: written where the person chose', () => {
  it('writes to the path the save dialog answered, replacing a file the person agreed to replace, and nothing under the data dir', async () => {
    const out = join(tempDir(), 'chosen.zip');
    writeFileSync(out, 'an older file the person chose to replace');
    const asked: string[] = [];
    const { app, dataDir, itemId } = await appWithItem({ host: 'electron', chooseBundlePath: async (name) => (asked.push(name), out) });
    const result = await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], cases: [disclosure()], fileName: 'case.zip' });
    expect(result).toMatchObject({ ok: true, value: { path: out } });
    expect(asked).toEqual(['case.zip']);
    expect((await verifyBundle(out)).ok).toBe(true);
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
    expect(holding(dataDir, CANARY)).toEqual([]);
  }, 20_000);

  it('a cancelled dialog writes nothing and says so', async () => {
    const { app, dataDir, itemId } = await appWithItem({ host: 'electron', chooseBundlePath: async () => undefined });
    expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'case.zip' })).toEqual({ ok: false, error: { code: 'bundle.cancelled' } });
    expect(existsSync(join(dataDir, 'exports'))).toBe(false);
  }, 20_000);
});
