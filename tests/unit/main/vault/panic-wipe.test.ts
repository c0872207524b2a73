import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, codeOf, openTestVault, readAll, tempDir } from './temp-vault';

describe('panic wipe', () => {
  it('refuses without the typed word WIPE and leaves the vault as it was', async () => {
    const vault = openTestVault();
    await vault.create('pw');
    expect(await codeOf(() => vault.wipe('wipe'))).toBe('vault.wipeNotConfirmed');
    expect(vault.status().state).toBe('unlocked');
  });

  it('crypto-shreds: afterwards the state is absent and copies of the blobs cannot be decrypted with the right passphrase', async () => {
    const vault = openTestVault();
    await vault.create('pw');
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
    expect(await codeOf(() => vault.unlock('pw'))).toBe('vault.missing');
    await vault.create('pw');
    expect(await vault.listItems()).toEqual([]);
    expect(readdirSync(join(vault.dataDir, 'vault', 'items'))).toContain(item.id);
    const report = await vault.verify();
    expect(report.itemsChecked).toBe(0);
    await expect(readAll(vault.readItem(item.id))).rejects.toMatchObject({ code: 'item.missing' });
    expect(readFileSync(join(vault.dataDir, 'vault', 'blobs', item.blobId.slice(0, 2), item.blobId.slice(2))).includes('secret')).toBe(false);
  });
});
