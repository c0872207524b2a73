import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Decrypter, Encrypter, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { vaultPaths } from '../../../../src-main/vault/vault-paths';
import { codeOf, openTestVault } from './temp-vault';

describe("this device's age identity", () => {
  it('is made with the vault, kept across unlocks, and its secret is nowhere on disk in the clear', async () => {
    const vault = openTestVault();
    await vault.create('correct horse battery');
    const recipient = vault.ageRecipient();
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    const secret = await vault.exportAgeSecretKey();
    expect(secret).toMatch(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/);
    // age's own code derives the same recipient from the exported text: the encoding is age's, checksum included.
    expect(await identityToRecipient(secret)).toBe(recipient);

    const sealed = readFileSync(vaultPaths(vault.dataDir).ageKey);
    expect(sealed.subarray(0, 4).toString('latin1')).toBe('TMGA');
    expect(sealed.toString('latin1')).not.toContain(secret);
    expect(sealed.toString('latin1').toLowerCase()).not.toContain(secret.toLowerCase().slice(16, 40));

    vault.lock('user');
    expect(await codeOf(() => vault.exportAgeSecretKey())).toBe('vault.locked');
    await vault.unlock('correct horse battery');
    expect(vault.ageRecipient()).toBe(recipient);
  });

  it('opens what was encrypted to its recipient with the key the vault lends, which cannot be read back out', async () => {
    const vault = openTestVault();
    await vault.create('correct horse battery');
    const encrypter = new Encrypter();
    encrypter.addRecipient(vault.ageRecipient());
    const sealed = await encrypter.encrypt('Протокол задержания');
    const key = vault.ageDecryptionKey();
    expect(key.extractable).toBe(false);
    const decrypter = new Decrypter();
    decrypter.addIdentity(key as Parameters<Decrypter['addIdentity']>[0]);
    expect(await decrypter.decrypt(sealed, 'text')).toBe('Протокол задержания');
  });

  it('is given to a vault made before age identities at its next unlock, and an altered key file is damage', async () => {
    const vault = openTestVault();
    await vault.create('correct horse battery');
    const path = vaultPaths(vault.dataDir).ageKey;
    vault.lock('user');
    rmSync(path);
    await vault.unlock('correct horse battery');
    const recipient = vault.ageRecipient();
    vault.lock('user');
    await vault.unlock('correct horse battery');
    expect(vault.ageRecipient()).toBe(recipient);

    vault.lock('user');
    const bytes = readFileSync(path);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(path, bytes);
    expect(await codeOf(() => vault.unlock('correct horse battery'))).toBe('vault.corruptHeader');
  });
});
