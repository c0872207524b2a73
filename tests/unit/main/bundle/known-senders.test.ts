import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type AppOptions, type TamgaApp } from '../../../../src-main/app/create-app';
import { bundleCheckRoute, exportBundleTo } from '../../../../src-main/bundle/bundle-handlers';
import { FileGrants } from '../../../../src-main/evidence/file-grants';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exportedBundle } from './bundle-fixture';
import { tempDir } from '../vault/temp-vault';

const apps: TamgaApp[] = [];
const servers: Server[] = [];
afterEach(() => {
  apps.splice(0).forEach((app) => app.dispose());
  servers.splice(0).forEach((server) => server.close());
});

const PASSPHRASE = 'known senders passphrase';
const COLLEAGUE = 'Айгүл Қасымова';

function open(dataDir = tempDir(), options: Partial<AppOptions> = {}) {
  const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined, ...options });
  apps.push(app);
  return { app, dataDir };
}

async function created(options: Partial<AppOptions> = {}) {
  const opened = open(undefined, options);
  expect((await dispatch(opened.app.handlers, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
  return opened;
}

const grouped = (fingerprint: string) => fingerprint.toUpperCase().match(/.{4}/g)!.join(' ');

describe('known senders, sealed in the vault', () => {
  it('lists this device, adds and removes senders, and keeps them sealed on disk across a restart', async () => {
    const { app, dataDir } = await created();
    const self = app.vault.deviceIdentity().fingerprint;
    expect(await dispatch(app.handlers, 'bundle.senders', {})).toEqual({ ok: true, value: { self, selfAgeRecipient: app.vault.ageRecipient(), senders: [] } });

    const colleague = 'c0ffee00'.repeat(4);
    const added = await dispatch(app.handlers, 'bundle.addSender', { name: `  ${COLLEAGUE} `, fingerprint: grouped(colleague) });
    expect(added).toMatchObject({ ok: true, value: { self, senders: [{ name: COLLEAGUE, fingerprint: colleague }] } });

    const sealed = readFileSync(join(dataDir, 'vault', 'known-senders.sealed'));
    for (const needle of [COLLEAGUE, colleague]) {
      expect(sealed.includes(Buffer.from(needle, 'utf8'))).toBe(false);
      expect(sealed.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
    }

    app.dispose();
    const again = open(dataDir).app;
    expect((await dispatch(again.handlers, 'vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(await dispatch(again.handlers, 'bundle.senders', {})).toMatchObject({ ok: true, value: { senders: [{ name: COLLEAGUE, fingerprint: colleague }] } });
    expect(await dispatch(again.handlers, 'bundle.removeSender', { fingerprint: colleague })).toEqual({ ok: true, value: { self, selfAgeRecipient: again.vault.ageRecipient(), senders: [] } });
  }, 20_000);

  it('refuses what is not a fingerprint or a name, and anything while locked', async () => {
    const { app } = await created();
    for (const fingerprint of ['', 'c0ffee', 'g'.repeat(32), 'c0ffee00'.repeat(5)]) {
      expect(await dispatch(app.handlers, 'bundle.addSender', { name: 'Someone', fingerprint })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    }
    expect(await dispatch(app.handlers, 'bundle.addSender', { name: '   ', fingerprint: 'a'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    expect(await dispatch(app.handlers, 'bundle.addSender', { name: 'x', fingerprint: 'a'.repeat(32), extra: 1 })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    app.vault.lock('user');
    expect(await dispatch(app.handlers, 'bundle.senders', {})).toEqual({ ok: false, error: { code: 'vault.locked' } });
  });

  it('an altered sealed list is an error, never an empty list; a panic wipe takes it with the vault', async () => {
    const { app, dataDir } = await created();
    await dispatch(app.handlers, 'bundle.addSender', { name: COLLEAGUE, fingerprint: 'b'.repeat(32) });
    const path = join(dataDir, 'vault', 'known-senders.sealed');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(path, bytes);
    expect(await dispatch(app.handlers, 'bundle.senders', {})).toEqual({ ok: false, error: { code: 'records.unreadable', details: { table: 'settings', id: 'known-senders' } } });
    expect((await dispatch(app.handlers, 'vault.wipe', { confirmation: 'WIPE' })).ok).toBe(true);
    expect(existsSync(path)).toBe(false);
  });
});

describe('checking a received bundle names its signer', () => {
  it('in Electron, by grant: this device, a known sender by name, or unknown; an altered bundle names nobody', async () => {
    const grants = new FileGrants();
    const { app } = await created({ host: 'electron', grants });
    const check = async (path: string) => dispatch(app.handlers, 'bundle.verifyGranted', { handle: (await grants.grant(path)).handle });

    const received = await exportedBundle();
    const theirs = received.vault.deviceIdentity().fingerprint;
    expect(await check(received.path)).toMatchObject({ ok: true, value: { ok: true, fingerprint: theirs, signer: { kind: 'unknown' } } });
    await dispatch(app.handlers, 'bundle.addSender', { name: COLLEAGUE, fingerprint: theirs });
    expect(await check(received.path)).toMatchObject({ ok: true, value: { ok: true, signer: { kind: 'known', name: COLLEAGUE } } });

    const altered = readFileSync(received.path);
    altered[altered.indexOf(Buffer.from('Witness statement'))]! ^= 0x20;
    const alteredPath = join(tempDir(), 'altered.zip');
    writeFileSync(alteredPath, altered);
    const result = await check(alteredPath);
    expect(result).toMatchObject({ ok: true, value: { ok: false, problems: [{ code: 'bundle.fileAltered' }] } });
    expect((result as { value: object }).value).not.toHaveProperty('signer');

    expect(await dispatch(app.handlers, 'bundle.verifyGranted', { handle: 'f'.repeat(32) })).toEqual({ ok: false, error: { code: 'evidence.notGranted' } });
  }, 30_000);

  it('in the browser host, by upload: the bytes are checked and removed, and a bundle from this device says so', async () => {
    const { app, dataDir } = await created();
    writeFileSync(join(dataDir, 'note.txt'), 'a note from this device');
    const itemId = (await app.vault.importFile(join(dataDir, 'note.txt'))).item.id;
    const out = join(tempDir(), 'own.zip');
    await exportBundleTo(app.vault, { itemIds: [itemId], out });

    const route = bundleCheckRoute(app.vault, dataDir);
    const server = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).then((done) => done || res.writeHead(404).end()));
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    const answer = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/exports/check', method: 'POST' }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve(Buffer.concat(parts).toString()));
      });
      req.on('error', reject);
      req.end(readFileSync(out));
    });
    expect(JSON.parse(answer)).toMatchObject({ ok: true, value: { ok: true, signer: { kind: 'self' } } });
    expect(existsSync(join(dataDir, 'exports')) ? readdirSync(join(dataDir, 'exports')) : []).toEqual([]);
  }, 30_000);
});
