import { describe, expect, it, vi } from 'vitest';
import { codeOf, openTestVault } from './temp-vault';

const NFC = 'Қазақ әріп ғ қ ң ө ұ ү һ і — пароль 🔐';

describe('vault keys and passphrases', () => {
  it('creates a vault, hands the renderer two distinct 256-bit subkeys, and unlocks again with the same keys', async () => {
    const vault = openTestVault();
    const created = await vault.create('correct horse');
    expect(Buffer.from(created.keys.records, 'base64')).toHaveLength(32);
    expect(created.keys.records).not.toBe(created.keys.index);
    expect(created.mustSetPassphrase).toBe(false);
    vault.lock('user');
    expect(vault.status().state).toBe('locked');
    expect((await vault.unlock('correct horse')).keys).toEqual(created.keys);
  });

  it('refuses an empty or too short passphrase at creation and writes nothing', async () => {
    const vault = openTestVault();
    expect(await codeOf(() => vault.create(''))).toBe('vault.passphraseEmpty');
    // Counted in characters after NFC, so seven Kazakh letters typed as decomposed pairs are still seven.
    for (const short of ['a', 'пароль', 'әйгерім'.normalize('NFD')]) expect(await codeOf(() => vault.create(short))).toBe('vault.passphraseTooShort');
    expect(vault.status().state).toBe('absent');
    expect(vault.status().state).toBe('absent');
  });

  it('answers a wrong passphrase with vault.wrongPassphrase and stays locked', async () => {
    const vault = openTestVault();
    await vault.create('right passphrase');
    vault.lock('user');
    expect(await codeOf(() => vault.unlock('wrong passphrase'))).toBe('vault.wrongPassphrase');
    expect(vault.status().state).toBe('locked');
  });

  it.each([
    ['a 10,000-character passphrase', 'ж'.repeat(10_000)],
    ['Cyrillic, Kazakh letters and emoji', NFC],
  ])('accepts %s', async (_, passphrase) => {
    const vault = openTestVault();
    await vault.create(passphrase);
    vault.lock('user');
    await expect(vault.unlock(passphrase)).resolves.toMatchObject({ mustSetPassphrase: false });
    expect(await codeOf(() => vault.unlock(passphrase.slice(0, -1)))).toBe('vault.wrongPassphrase');
  });

  it('treats the NFC and NFD forms of the same passphrase as one', async () => {
    const composed = 'Әйгерім й ё'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const vault = openTestVault();
    await vault.create(decomposed);
    vault.lock('user');
    await expect(vault.unlock(composed)).resolves.toBeDefined();
  });

  it('zero-fills key buffers on lock and refuses work afterwards with vault.locked', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    const internals = vault as unknown as { session: { keys: { masterKey: Buffer; get(l: string): Buffer } } };
    const master = internals.session.keys.masterKey;
    const blobs = internals.session.keys.get('blobs');
    vault.lock('user');
    expect(master.every((b) => b === 0)).toBe(true);
    expect(blobs.every((b) => b === 0)).toBe(true);
    expect(await codeOf(() => vault.listItems())).toBe('vault.locked');
  });

  it('tells listeners why it locked, and stops telling them once they let go', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    const listener = vi.fn();
    const subscription = vault.onLocked(listener);
    vault.lock('idle');
    expect(listener).toHaveBeenCalledWith('idle');
    subscription.dispose();
    await vault.unlock('pass phrase');
    vault.lock('user');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('changes the passphrase by rewrapping the master key only: old fails, new works, blobs untouched', async () => {
    const vault = openTestVault();
    const created = await vault.create('old passphrase');
    await expect(vault.changePassphrase('not it', 'new passphrase')).rejects.toMatchObject({ code: 'vault.wrongPassphrase' });
    await vault.changePassphrase('old passphrase', 'new passphrase');
    vault.lock('user');
    expect(await codeOf(() => vault.unlock('old passphrase'))).toBe('vault.wrongPassphrase');
    expect((await vault.unlock('new passphrase')).keys).toEqual(created.keys);
    expect((await vault.custodyEvents()).map((e) => e.event)).toContain('passphrase.changed');
  });

  it('unlocks with the recovery key or any two shares, then requires and allows exactly one new passphrase', async () => {
    const vault = openTestVault();
    const created = await vault.create('forgotten');
    expect(await codeOf(() => vault.setPassphrase('x passphrase'))).toBe('vault.setPassphraseNotAllowed');
    vault.lock('user');
    const byKey = await vault.unlockWithRecovery({ recoveryKey: created.recoveryKey.toLowerCase() });
    expect(byKey).toEqual({ keys: created.keys, mustSetPassphrase: true });
    vault.lock('user');
    await vault.unlockWithRecovery({ shares: [created.recoveryShares[2]!, created.recoveryShares[0]!] });
    expect(await codeOf(() => vault.setPassphrase('short'))).toBe('vault.passphraseTooShort');
    await vault.setPassphrase('remembered');
    expect(await codeOf(() => vault.setPassphrase('again'))).toBe('vault.setPassphraseNotAllowed');
    vault.lock('user');
    await expect(vault.unlock('remembered')).resolves.toBeDefined();
    expect((await vault.custodyEvents()).filter((e) => e.event === 'recovery.used')).toHaveLength(2);
  });

  it('refuses a recovery key from another vault', async () => {
    const other = await openTestVault().create('x passphrase');
    const vault = openTestVault();
    await vault.create('y passphrase');
    vault.lock('user');
    expect(await codeOf(() => vault.unlockWithRecovery({ recoveryKey: other.recoveryKey }))).toBe('vault.wrongRecoveryKey');
  });

  it('persists the auto-lock minutes in a plain settings file, defaulting to 10', async () => {
    const vault = openTestVault();
    expect(vault.status()).toEqual({ state: 'absent', autoLockMinutes: 10 });
    await vault.create('pass phrase');
    expect(vault.setAutoLock(25)).toEqual({ state: 'unlocked', autoLockMinutes: 25 });
    expect(openTestVault({ dataDir: vault.dataDir }).status()).toEqual({ state: 'locked', autoLockMinutes: 25 });
  });

  it('refuses to create a second vault over an existing one', async () => {
    const vault = openTestVault();
    await vault.create('pass phrase');
    expect(await codeOf(() => vault.create('pass phrase'))).toBe('vault.exists');
  });
});
