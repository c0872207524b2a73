import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleRejected, receiveBundle } from '../../../../src-main/bundle/receive-bundle';
import { listSenders } from '../../../../src-main/bundle/known-senders';
import { bytesOf, codeOf, openTestVault, readAll } from '../vault/temp-vault';
import { defaultFiles, exportedBundle, rewritten, text } from './bundle-fixture';

async function recipient() {
  const vault = openTestVault();
  await vault.create('recipient passphrase');
  return vault;
}

describe('receiving a bundle into this vault', () => {
  it('takes in every file, byte for byte, with custody naming the sender, the bundle and the original sealing', async () => {
    const { vault: sender, path, itemIds } = await exportedBundle();
    const fingerprint = sender.deviceIdentity().fingerprint;
    const vault = await recipient();
    const result = await receiveBundle(vault, path, { expect: fingerprint, accept: { name: 'Айгүл Қасымова' } });
    expect(result.sender).toEqual({ name: 'Айгүл Қасымова', fingerprint });
    expect(result.files.map((f) => f.status)).toEqual(['received', 'received', 'received']);
    const files = defaultFiles();
    for (const file of result.files) {
      expect(Buffer.from(await readAll(vault.readItem(file.itemId))).equals(Buffer.from(files[file.originalName]!))).toBe(true);
    }
    const received = (await vault.custodyEvents()).filter((e) => e.event === 'item.received');
    expect(received).toHaveLength(3);
    const senderItems = await sender.listItems();
    expect(received[0]!.details).toMatchObject({ from: 'Айгүл Қасымова', fingerprint, bundleId: result.bundleId, senderItemId: itemIds[0], senderImportedAt: senderItems[0]!.importedAt });
    // Remembered: the next bundle from the same key needs no fingerprint.
    expect((await listSenders(vault)).senders.map((s) => s.name)).toEqual(['Айгүл Қасымова']);
    expect((await vault.verify()).ok).toBe(true);
  });

  it('changes nothing when the same bundle is received twice, and takes no second copy of a file it holds', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    const own = await vault.importStream(bytesOf(defaultFiles()['notes.txt']!), { originalName: 'my notes.txt' });
    await receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint });
    const items = await vault.listItems();
    const custody = await vault.custodyEvents();
    const again = await receiveBundle(vault, path);
    expect(again.files.every((f) => f.status === 'alreadyHeld')).toBe(true);
    expect(await vault.listItems()).toEqual(items);
    expect(await vault.custodyEvents()).toEqual(custody);
    expect(items.filter((i) => i.sha256 === own.item.sha256)).toHaveLength(1);
  });

  it('refuses an unknown signer unless accepted, a fingerprint that does not match, and a bundle that does not verify, taking nothing', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    expect(await codeOf(() => receiveBundle(vault, path))).toBe('bundle.unknownSigner');
    expect(await codeOf(() => receiveBundle(vault, path, { expect: 'ab'.repeat(16), accept: { name: 'x' } }))).toBe('bundle.signerMismatch');
    const altered = rewritten(path, (entries) => {
      const name = Object.keys(entries).find((n) => n.startsWith('files/') && text(entries[n]).startsWith('Witness'))!;
      entries[name] = Buffer.from('Witness statement, second page, altered.');
    });
    const error = await receiveBundle(vault, altered, { expect: sender.deviceIdentity().fingerprint }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleRejected);
    expect((error as BundleRejected).problems.map((p) => p.code)).toContain('bundle.fileAltered');
    expect(await vault.listItems()).toEqual([]);
    expect((await vault.custodyEvents()).map((e) => e.event)).toEqual(['vault.created']);
    expect((await listSenders(vault)).senders).toEqual([]);
  });

  it('refuses every bundle of the hostile corpus, writing nothing: no file, no record, no sender, no custody', async () => {
    const corpus = resolve(__dirname, '../../../fixtures/hostile/bundles');
    const { expect: owner, cases } = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as { expect: string; cases: { name: string; exit: number }[] };
    const hostile = cases.filter((c) => c.exit !== 0);
    expect(hostile.length).toBeGreaterThan(8);
    const vault = await recipient();
    for (const { name } of hostile) {
      const refused = await receiveBundle(vault, join(corpus, name), { expect: owner, accept: { name: 'x' } }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused, name).toBeInstanceOf(Error);
    }
    expect(await vault.listItems()).toEqual([]);
    expect((await vault.currentRecords()).size).toBe(0);
    expect((await listSenders(vault)).senders).toEqual([]);
    expect((await vault.custodyEvents()).map((e) => e.event)).toEqual(['vault.created']);
  });
});
