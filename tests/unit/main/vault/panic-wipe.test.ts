import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, codeOf, openTestVault, readAll, tempDir } from './temp-vault';

describe('panic wipe', () => {
  it('refuses without the typed word WIPE and leaves the vault as it was', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    expect(await codeOf(() => vault.wipe('wipe'))).toBe('vault.wipeNotConfirmed');
    expect(vault.status().state).toBe('unlocked');
  });

  it('crypto-shreds: afterwards the state is absent and copies of the blobs cannot be decrypted with the right passphrase', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    const { item } = await vault.importStream(bytesOf('secret testimony'), { originalName: 's.txt' });
    const copy = tempDir();
    cpSync(join(vault.dataDir, 'vault', 'blobs'), join(copy, 'blobs'), { recursive: true });
    cpSync(join(vault.dataDir, 'vault', 'items'), join(copy, 'items'), { recursive: true });
    cpSync(join(vault.dataDir, 'vault', 'custody.log'), join(copy, 'custody.log'));
    const locked: string[] = [];
    vault.onLocked((reason) => locked.push(reason));

    await vault.wipe('WIPE');
    expect(locked).toEqual(['wipe']);
    expect(vault.status().state).toBe('absent');
    expect(existsSync(join(vault.dataDir, 'vault'))).toBe(false);

    // Put the ciphertext back and try every door: the key that opened it is gone with vault.json.
    cpSync(copy, join(vault.dataDir, 'vault'), { recursive: true });
    expect(await codeOf(() => vault.unlock('pass phrase'))).toBe('vault.missing');
    await vault.create('pass phrase');
    expect(await vault.listItems()).toEqual([]);
    expect(readdirSync(join(vault.dataDir, 'vault', 'items'))).toContain(item.id);
    // The old record is still on disk but sealed under the shredded key: verify names it rather than passing it over.
    const report = await vault.verify();
    expect(report.damaged).toEqual([{ itemId: item.id, originalName: '', code: 'item.recordUnreadable' }]);
    await expect(readAll(vault.readItem(item.id))).rejects.toMatchObject({ code: 'item.missing' });
    expect(readFileSync(join(vault.dataDir, 'vault', 'blobs', item.blobId.slice(0, 2), item.blobId.slice(2))).includes('secret')).toBe(false);
  });

  it('overwrites the key files in place before unlinking them, so another link to the same bytes holds only noise', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    const links = tempDir();
    // A hard link shares the inode: a plain delete would leave these bytes readable through it.
    for (const name of ['vault.json', 'device.key']) linkSync(join(vault.dataDir, 'vault', name), join(links, name));
    const before = { header: readFileSync(join(links, 'vault.json')), device: readFileSync(join(links, 'device.key')) };
    await vault.wipe('WIPE');
    const after = { header: readFileSync(join(links, 'vault.json')), device: readFileSync(join(links, 'device.key')) };
    expect(after.header.length).toBe(before.header.length);
    expect(after.header.equals(before.header)).toBe(false);
    expect(after.header.includes('argon2id')).toBe(false);
    expect(after.device.equals(before.device)).toBe(false);
  });

  it('removes bundles left waiting under the data directory, since they are plaintext', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    mkdirSync(join(vault.dataDir, 'exports'));
    writeFileSync(join(vault.dataDir, 'exports', 'case.zip'), 'CANARY plaintext bundle');
    await vault.wipe('WIPE');
    expect(existsSync(join(vault.dataDir, 'exports'))).toBe(false);
  });
});
