import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type AppOptions, type TamgaApp } from '../../../../src-main/app/create-app';
import { encryptBundleFile, isAgeFile } from '../../../../src-main/bundle/bundle-encryption';
import { bundleCheckRoute, exportBundleTo } from '../../../../src-main/bundle/bundle-handlers';
import { addSender, listSenders } from '../../../../src-main/bundle/known-senders';
import { FileGrants } from '../../../../src-main/evidence/file-grants';
import type { KnownSenders } from '../../../../shared/ipc/channels/bundle';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { codeOf, tempDir } from '../vault/temp-vault';

const apps: TamgaApp[] = [];
const servers: Server[] = [];
afterEach(() => {
  apps.splice(0).forEach((app) => app.dispose());
  servers.splice(0).forEach((server) => server.close());
});

/** POSTs `bytes` to the browser host's check route, as check-bundle.ts does, with any extra headers. */
async function postCheck(route: ReturnType<typeof bundleCheckRoute>, bytes: Buffer, headers: Record<string, string> = {}): Promise<unknown> {
  const server = createServer((req, res) => void route(req, res, new URL(req.url ?? '/', 'http://127.0.0.1')).then((done) => done || res.writeHead(404).end()));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  const answer = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/exports/check', method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve(Buffer.concat(parts).toString()));
    });
    req.on('error', reject);
    req.end(bytes);
  });
  return JSON.parse(answer) as unknown;
}

const CANARY = 'Канарейка-шифр 51c2';

async function app(options: Partial<AppOptions> = {}) {
  const dataDir = tempDir();
  const made = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined, ...options });
  apps.push(made);
  expect((await dispatch(made.handlers, 'vault.create', { passphrase: 'encryption ipc passphrase' })).ok).toBe(true);
  return { app: made, dataDir };
}

async function senderWithItem() {
  const sender = await app();
  const source = join(tempDir(), 'statement.txt');
  writeFileSync(source, `Statement. ${CANARY}. End.`);
  const itemId = (await sender.app.vault.importFile(source)).item.id;
  return { ...sender, itemId };
}

/** Every file under `dir` whose bytes contain the canary: plaintext evidence left behind. */
function plaintextUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (readFileSync(path).includes(Buffer.from(CANARY))) found.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

describe('a bundle encrypted to a known sender, through the app', () => {
  it('is exported as .age to the recipient Settings shows, and the recipient’s app checks it without keeping a plain copy', async () => {
    const grants = new FileGrants();
    const recipient = await app({ host: 'electron', grants });
    const shown = await dispatch(recipient.app.handlers, 'bundle.senders', {});
    if (!shown.ok) throw new Error('no senders view');
    const { self, selfAgeRecipient } = shown.value as KnownSenders;
    expect(selfAgeRecipient).toBe(recipient.app.vault.ageRecipient());

    const sender = await senderWithItem();
    // Pasted as people paste: with spaces around it and in capitals.
    const added = await dispatch(sender.app.handlers, 'bundle.addSender', { name: 'Legal team', fingerprint: self, ageRecipient: `  ${selfAgeRecipient!.toUpperCase()} ` });
    expect(added).toMatchObject({ ok: true, value: { senders: [{ name: 'Legal team', fingerprint: self, ageRecipient: selfAgeRecipient }] } });

    const exported = await dispatch(sender.app.handlers, 'bundle.export', { itemIds: [sender.itemId], fileName: 'case-7.zip', encryptTo: { fingerprints: [self] } });
    expect(exported).toMatchObject({ ok: true, value: { download: '/exports/case-7.zip.age', encryptedSha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const exportsDir = join(sender.dataDir, 'exports');
    expect(readdirSync(exportsDir)).toEqual(['case-7.zip.age']);
    const agePath = join(exportsDir, 'case-7.zip.age');
    expect(await isAgeFile(agePath)).toBe(true);
    expect(plaintextUnder(sender.dataDir)).toEqual([]);

    const check = await dispatch(recipient.app.handlers, 'bundle.verifyGranted', { handle: (await grants.grant(agePath)).handle });
    expect(check).toMatchObject({ ok: true, value: { ok: true, fingerprint: sender.app.vault.deviceIdentity().fingerprint, signer: { kind: 'unknown' } } });
    expect(plaintextUnder(recipient.dataDir)).toEqual([]);

    // A third person holding the same file cannot open it, and is told so in words, not with a stack trace.
    const stranger = await app({ host: 'electron', grants });
    const refused = await dispatch(stranger.app.handlers, 'bundle.verifyGranted', { handle: (await grants.grant(agePath)).handle });
    expect(refused).toEqual({ ok: false, error: { code: 'bundle.ageNotForThisDevice' } });
    expect(existsSync(join(stranger.dataDir, 'exports')) ? readdirSync(join(stranger.dataDir, 'exports')) : []).toEqual([]);
  }, 30_000);

  it('with a passphrase: the check asks for it, refuses a wrong one, and opens with the right one', async () => {
    const grants = new FileGrants();
    const sender = await senderWithItem();
    const exported = await dispatch(sender.app.handlers, 'bundle.export', { itemIds: [sender.itemId], fileName: 'for-lawyer.zip', encryptTo: { passphrase: 'correct staple orbit' } });
    expect(exported.ok).toBe(true);
    const agePath = join(sender.dataDir, 'exports', 'for-lawyer.zip.age');
    const recipient = await app({ host: 'electron', grants });
    const check = async (passphrase?: string) => dispatch(recipient.app.handlers, 'bundle.verifyGranted', { handle: (await grants.grant(agePath)).handle, ...(passphrase ? { passphrase } : {}) });
    expect(await check()).toEqual({ ok: false, error: { code: 'bundle.agePassphraseNeeded' } });
    expect(await check('correct staple orbiT')).toEqual({ ok: false, error: { code: 'bundle.agePassphraseWrong' } });
    expect(await check('correct staple orbit')).toMatchObject({ ok: true, value: { ok: true, signer: { kind: 'unknown' } } });
  }, 60_000);

  it('refuses a sender with no age recipient and a recipient that is not one, before writing anything', async () => {
    const sender = await senderWithItem();
    const colleague = 'c0ffee00'.repeat(4);
    await dispatch(sender.app.handlers, 'bundle.addSender', { name: 'No age key yet', fingerprint: colleague });
    const exported = await dispatch(sender.app.handlers, 'bundle.export', { itemIds: [sender.itemId], fileName: 'x.zip', encryptTo: { fingerprints: [colleague] } });
    expect(exported).toEqual({ ok: false, error: { code: 'bundle.ageRecipientUnknown', details: { fingerprint: colleague } } });
    expect(existsSync(join(sender.dataDir, 'exports')) ? readdirSync(join(sender.dataDir, 'exports')) : []).toEqual([]);

    expect(await dispatch(sender.app.handlers, 'bundle.addSender', { name: 'x', fingerprint: colleague, ageRecipient: 'age1notarecipient' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    const own = sender.app.vault.ageRecipient();
    const badChecksum = `${own.slice(0, -1)}${own.endsWith('q') ? 'p' : 'q'}`;
    expect(await dispatch(sender.app.handlers, 'bundle.addSender', { name: 'x', fingerprint: colleague, ageRecipient: badChecksum })).toMatchObject({ ok: false, error: { code: 'bundle.ageRecipientInvalid' } });
  });

  it('reads a sender list sealed before age recipients existed, and keeps a recipient when the sender is accepted again', async () => {
    const { app: opened } = await app();
    const colleague = 'ab'.repeat(16);
    await opened.vault.writeSealedSetting('known-senders', { version: 1, senders: [{ name: 'Айгүл', fingerprint: colleague, addedAt: '2026-01-05T10:00:00.000Z' }] });
    expect((await listSenders(opened.vault)).senders).toEqual([{ name: 'Айгүл', fingerprint: colleague, addedAt: '2026-01-05T10:00:00.000Z' }]);

    const recipient = opened.vault.ageRecipient();
    await addSender(opened.vault, { name: 'Айгүл', fingerprint: colleague, ageRecipient: recipient });
    // Receiving a bundle from her and accepting her by name again passes no recipient: hers stays.
    await addSender(opened.vault, { name: 'Айгүл Қасымова', fingerprint: colleague });
    expect((await listSenders(opened.vault)).senders).toMatchObject([{ name: 'Айгүл Қасымова', fingerprint: colleague, ageRecipient: recipient }]);
    expect(await codeOf(() => addSender(opened.vault, { name: 'x', fingerprint: colleague, ageRecipient: 'age1' }))).toBe('bundle.ageRecipientInvalid');
  });

  it('in the browser host, an uploaded .age bundle opens with this device’s key or the passphrase header, and nothing stays', async () => {
    const { app: opened, dataDir } = await app();
    writeFileSync(join(dataDir, 'note.txt'), `a note. ${CANARY}`);
    const itemId = (await opened.vault.importFile(join(dataDir, 'note.txt'))).item.id;
    const dir = tempDir();
    await exportBundleTo(opened.vault, { itemIds: [itemId], out: join(dir, 'own.zip') });
    await encryptBundleFile(join(dir, 'own.zip'), join(dir, 'own.age'), { recipients: [opened.vault.ageRecipient()] });
    await encryptBundleFile(join(dir, 'own.zip'), join(dir, 'phrase.age'), { passphrase: 'тау өзені' }, { scryptWorkFactor: 10 });
    const route = bundleCheckRoute(opened.vault, dataDir);

    expect(await postCheck(route, readFileSync(join(dir, 'own.age')))).toMatchObject({ ok: true, value: { ok: true, signer: { kind: 'self' } } });
    expect(await postCheck(route, readFileSync(join(dir, 'phrase.age')))).toEqual({ ok: false, error: { code: 'bundle.agePassphraseNeeded' } });
    const header = { 'X-Tamga-Bundle-Passphrase': encodeURIComponent('тау өзені') };
    expect(await postCheck(route, readFileSync(join(dir, 'phrase.age')), header)).toMatchObject({ ok: true, value: { ok: true, signer: { kind: 'self' } } });
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([]);
    expect(plaintextUnder(join(dataDir, 'vault'))).toEqual([]);
  }, 30_000);
});
