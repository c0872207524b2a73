import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openBox } from '../../../../src-main/vault/aes-gcm-box';
import { deriveKek } from '../../../../src-main/vault/kdf';
import { buildHeader, openPassphraseSlot, openRecoverySlot, sealPassphraseSlot, sealRecoverySlot } from '../../../../src-main/vault/key-slots';
import { deriveRecoveryKek } from '../../../../src-main/vault/recovery-key';
import { kdfParamsOf, type VaultHeader } from '../../../../src-main/vault/vault-header';
import { codeOf } from './temp-vault';

const COST = { memoryKiB: 8, iterations: 1, parallelism: 1 };

async function header() {
  const master = randomBytes(32);
  const recoveryKey = randomBytes(24);
  const built = buildHeader(master, await sealPassphraseSlot(master, 'pass phrase', COST), sealRecoverySlot(master, recoveryKey), new Date(0));
  return { master, recoveryKey, header: built };
}

const flipByte = (base64: string, at: number) => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[at]! ^= 0x01;
  return bytes.toString('base64');
};

describe('key slots', () => {
  it('open the same master key from the passphrase and from the recovery key', async () => {
    const { master, recoveryKey, header: h } = await header();
    expect((await openPassphraseSlot(h, 'pass phrase')).equals(master)).toBe(true);
    expect(openRecoverySlot(h, recoveryKey).equals(master)).toBe(true);
  });

  it('bind the KDF parameters as AAD: the right key-encryption key alone does not open the slot without them', async () => {
    const { master, header: h } = await header();
    const kek = await deriveKek('pass phrase', kdfParamsOf(h));
    const wrapped = Buffer.from(h.slots.passphrase.wrappedKey, 'base64');
    expect(openBox(kek, wrapped, Buffer.alloc(0))).toBeUndefined();
    expect(openBox(kek, wrapped, Buffer.from('tamga vault v1 slot=recovery'))).toBeUndefined();
    const aad = `tamga vault v1 slot=passphrase kdf=argon2id:8:1:1:${h.kdf.salt}`;
    expect(openBox(kek, wrapped, Buffer.from(aad))?.equals(master)).toBe(true);
  });

  it('bind the slot name as AAD for the recovery slot too', async () => {
    const { master, recoveryKey, header: h } = await header();
    const kek = deriveRecoveryKek(recoveryKey, Buffer.from(h.slots.recovery.salt, 'base64'));
    const wrapped = Buffer.from(h.slots.recovery.wrappedKey, 'base64');
    expect(openBox(kek, wrapped, Buffer.alloc(0))).toBeUndefined();
    expect(openBox(kek, wrapped, Buffer.from('tamga vault v1 slot=recovery'))?.equals(master)).toBe(true);
  });

  it('a damaged wrapped recovery key refuses the recovery key, and leaves the passphrase slot working', async () => {
    const { master, recoveryKey, header: h } = await header();
    const damaged: VaultHeader = { ...h, slots: { ...h.slots, recovery: { ...h.slots.recovery, wrappedKey: flipByte(h.slots.recovery.wrappedKey, 20) } } };
    expect(await codeOf(() => openRecoverySlot(damaged, recoveryKey))).toBe('vault.wrongRecoveryKey');
    expect((await openPassphraseSlot(damaged, 'pass phrase')).equals(master)).toBe(true);
  });

  it('a damaged wrapped passphrase key refuses the passphrase, and leaves the recovery slot working', async () => {
    const { master, recoveryKey, header: h } = await header();
    const damaged: VaultHeader = { ...h, slots: { ...h.slots, passphrase: { wrappedKey: flipByte(h.slots.passphrase.wrappedKey, 20) } } };
    expect(await codeOf(() => openPassphraseSlot(damaged, 'pass phrase'))).toBe('vault.wrongPassphrase');
    expect(openRecoverySlot(damaged, recoveryKey).equals(master)).toBe(true);
  });

  it('a slot swapped in from another vault opens, but its master key fails the key check', async () => {
    const a = await header();
    const b = await header();
    const mixed: VaultHeader = { ...a.header, slots: { ...a.header.slots, recovery: b.header.slots.recovery } };
    expect(await codeOf(() => openRecoverySlot(mixed, b.recoveryKey))).toBe('vault.corruptHeader');
    expect((await openPassphraseSlot(mixed, 'pass phrase')).equals(a.master)).toBe(true);
  });
});
