import { existsSync, readdirSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type TamgaApp } from '../../../../src-main/app/create-app';
import { bundleDownloadRoute } from '../../../../src-main/bundle/bundle-download';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../vault/temp-vault';

const apps: TamgaApp[] = [];
const servers: Server[] = [];
afterEach(() => {
  apps.splice(0).forEach((app) => app.dispose());
  servers.splice(0).forEach((server) => server.close());
});

async function unlocked(host: 'electron' | 'browser', chooseBundlePath?: (name: string) => Promise<string | undefined>) {
  const dataDir = tempDir();
  const app = createApp({ dataDir, host, version: 'test', emit: () => undefined, ...(chooseBundlePath ? { chooseBundlePath } : {}) });
  apps.push(app);
  expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'backup channel passphrase' })).ok).toBe(true);
  return { app, dataDir };
}

async function get(dataDir: string, path: string): Promise<{ status: number; bytes: Buffer }> {
  const route = bundleDownloadRoute(join(dataDir, 'exports'));
  const server = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).then((done) => done || res.writeHead(404).end()));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('vault.backup from Settings', () => {
  it('in Electron, writes where the person chose and adds to the same file the next time; a cancelled dialog writes nothing', async () => {
    const out = join(tempDir(), 'chosen.tamga-backup');
    let answer: string | undefined = out;
    const asked: string[] = [];
    const { app } = await unlocked('electron', async (name) => {
      asked.push(name);
      return answer;
    });
    expect(await dispatch(app.handlers, 'vault.backup', {})).toMatchObject({ ok: true, value: { generation: 1, path: out } });
    expect(asked[0]).toMatch(/^tamga-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.tamga-backup$/);
    expect(await dispatch(app.handlers, 'vault.backup', {})).toMatchObject({ ok: true, value: { generation: 2, written: 0 } });
    answer = undefined;
    expect(await dispatch(app.handlers, 'vault.backup', {})).toMatchObject({ ok: false, error: { code: 'bundle.cancelled' } });
  });

  it('in the browser host, leaves one download that is served once and then gone', async () => {
    const { app, dataDir } = await unlocked('browser');
    const result = await dispatch(app.handlers, 'vault.backup', {});
    expect(result.ok).toBe(true);
    const { download, fileName } = (result as { value: { download: string; fileName: string } }).value;
    expect(download).toBe(`/exports/${encodeURIComponent(fileName)}`);
    const first = await get(dataDir, download);
    expect(first.status).toBe(200);
    expect(first.bytes.subarray(0, 12).toString()).toBe('TAMGA-BACKUP');
    // The host removes the file right after the last byte leaves; then the address names nothing.
    const exportsDir = join(dataDir, 'exports');
    await vi.waitFor(() => expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]));
    expect((await get(dataDir, download)).status).toBe(404);
  });

  it('refuses while the vault is locked', async () => {
    const { app } = await unlocked('browser');
    await dispatch(app.handlers, 'vault.lock', {});
    expect(await dispatch(app.handlers, 'vault.backup', {})).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
  });
});
