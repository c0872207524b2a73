/**
 * Defends against: a changed or swapped key slot being accepted, and passphrase changes touching stored data.
 * Follows: AES-256-GCM key wrapping; the AAD binds the slot name and (for the passphrase slot) the KDF params.
 * Vectors: tests/unit/main/vault/key-slots.test.ts and the frozen vault in tests/fixtures/vault-v1/.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { TamgaError } from '../../shared/result';
import { openBox, sealBox, utf8 } from './aes-gcm-box';
import { deriveKek, SALT_BYTES, type KdfCost, type KdfParams } from './kdf';
import { deriveRecoveryKek } from './recovery-key';
import { kdfParamsOf, type VaultHeader } from './vault-header';
import { deriveSubkey } from './vault-keys';

const passphraseAad = (p: KdfParams) =>
  utf8(`tamga vault v1 slot=passphrase kdf=${p.id}:${p.memoryKiB}:${p.iterations}:${p.parallelism}:${Buffer.from(p.salt).toString('base64')}`);
const RECOVERY_AAD = utf8('tamga vault v1 slot=recovery');

const keyCheckOf = (master: Uint8Array): string => {
  const checkKey = deriveSubkey(master, 'check');
  const mac = createHmac('sha256', checkKey).update('tamga vault key check').digest().subarray(0, 16).toString('base64');
  checkKey.fill(0);
  return mac;
};

export async function sealPassphraseSlot(master: Uint8Array, passphrase: string, cost: KdfCost) {
  const params: KdfParams = { id: 'argon2id', ...cost, salt: randomBytes(SALT_BYTES) };
  const kek = await deriveKek(passphrase, params);
  const wrappedKey = sealBox(kek, master, passphraseAad(params)).toString('base64');
  kek.fill(0);
  return {
    kdf: { id: params.id, memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism, salt: Buffer.from(params.salt).toString('base64') },
    slot: { wrappedKey },
  };
}

export function sealRecoverySlot(master: Uint8Array, recoveryKey: Uint8Array) {
  const salt = randomBytes(SALT_BYTES);
  const kek = deriveRecoveryKek(recoveryKey, salt);
  const wrappedKey = sealBox(kek, master, RECOVERY_AAD).toString('base64');
  kek.fill(0);
  return { salt: salt.toString('base64'), wrappedKey };
}

export const buildHeader = (
  master: Uint8Array,
  passphrase: Awaited<ReturnType<typeof sealPassphraseSlot>>,
  recovery: ReturnType<typeof sealRecoverySlot>,
  createdAt: Date,
): VaultHeader => ({
  format: 1,
  createdAt: createdAt.toISOString(),
  kdf: passphrase.kdf as VaultHeader['kdf'],
  slots: { passphrase: passphrase.slot, recovery },
  keyCheck: keyCheckOf(master),
});

/** Runs the full KDF even when the passphrase is wrong, and reads nothing but the header. */
export async function openPassphraseSlot(header: VaultHeader, passphrase: string): Promise<Buffer> {
  const params = kdfParamsOf(header);
  const kek = await deriveKek(passphrase, params);
  const master = openBox(kek, Buffer.from(header.slots.passphrase.wrappedKey, 'base64'), passphraseAad(params));
  kek.fill(0);
  if (!master) throw new TamgaError('vault.wrongPassphrase');
  return checked(header, master);
}

export function openRecoverySlot(header: VaultHeader, recoveryKey: Uint8Array): Buffer {
  const kek = deriveRecoveryKek(recoveryKey, Buffer.from(header.slots.recovery.salt, 'base64'));
  const master = openBox(kek, Buffer.from(header.slots.recovery.wrappedKey, 'base64'), RECOVERY_AAD);
  kek.fill(0);
  if (!master) throw new TamgaError('vault.wrongRecoveryKey');
  return checked(header, master);
}

function checked(header: VaultHeader, master: Buffer): Buffer {
  const expected = Buffer.from(header.keyCheck, 'base64');
  const actual = Buffer.from(keyCheckOf(master), 'base64');
  // Compare MACs in constant time so timing says nothing about how close a forged header came.
  if (master.length !== 32 || expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    master.fill(0);
    throw new TamgaError('vault.corruptHeader', { reason: 'key check' });
  }
  return master;
}
