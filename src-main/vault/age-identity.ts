/**
 * Defends against: a bundle meant for one colleague being opened by whoever carries or intercepts it, and this
 *   device's decryption key being readable on a seized disk.
 * Follows: age v1 X25519 identities (age-encryption.org/v1, via `age-encryption`); the 32-byte scalar sealed as
 *   "TMGA" ‖ 1 ‖ aes-gcm-box (`device` key). While unlocked it is held only as a non-extractable WebCrypto key.
 * Tests: tests/unit/main/vault/age-identity.test.ts, tests/unit/main/bundle/bundle-encryption.test.ts.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { identityToRecipient } from 'age-encryption';
import { TamgaError } from '../../shared/result';
import { writeFileAtomic } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from './aes-gcm-box';

const MAGIC = Buffer.from('TMGA\x01', 'latin1');
const AAD = utf8('tamga age identity v1');
/** RFC 8410's PKCS#8 wrapping of a raw X25519 private key: WebCrypto imports private keys no other way. */
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** What the vault lends a Decrypter: the key stays inside WebCrypto and cannot be read back out. */
export type AgeDecryptionKey = webcrypto.CryptoKey;

export class AgeIdentity {
  private constructor(
    readonly key: AgeDecryptionKey,
    /** `age1…`: what colleagues encrypt to; safe to show and send. */
    readonly recipient: string,
  ) {}

  /** A fresh identity, sealed to `path` before it is returned, so a device never uses a key it could lose. */
  static async create(path: string, deviceSubkey: Uint8Array): Promise<AgeIdentity> {
    const scalar = randomBytes(32);
    try {
      await writeFileAtomic(path, Buffer.concat([MAGIC, sealBox(deviceSubkey, scalar, AAD)]));
      return await AgeIdentity.fromScalar(scalar);
    } finally {
      scalar.fill(0);
    }
  }

  static async load(path: string, deviceSubkey: Uint8Array): Promise<AgeIdentity> {
    const scalar = await openScalar(path, deviceSubkey);
    try {
      return await AgeIdentity.fromScalar(scalar);
    } finally {
      scalar.fill(0);
    }
  }

  /** Vaults made before age identities get one at their first unlock; any other failure to read is damage. */
  static async loadOrCreate(path: string, deviceSubkey: Uint8Array): Promise<AgeIdentity> {
    const exists = await readFile(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
    );
    return exists ? AgeIdentity.load(path, deviceSubkey) : AgeIdentity.create(path, deviceSubkey);
  }

  /**
   * HAZMAT: the secret key in age's own text form (`AGE-SECRET-KEY-1…`), for a person who opens a bundle by hand
   * with `age -d -i`. Read from the sealed file each time; the unlocked session never holds it as text.
   */
  static async exportSecretKey(path: string, deviceSubkey: Uint8Array): Promise<string> {
    const scalar = await openScalar(path, deviceSubkey);
    try {
      return bech32Encode('AGE-SECRET-KEY-', scalar).toUpperCase();
    } finally {
      scalar.fill(0);
    }
  }

  private static async fromScalar(scalar: Uint8Array): Promise<AgeIdentity> {
    const pkcs8 = Buffer.concat([PKCS8_X25519_PREFIX, scalar]);
    try {
      const key = await webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, ['deriveBits']);
      return new AgeIdentity(key, await identityToRecipient(key as Parameters<typeof identityToRecipient>[0]));
    } finally {
      pkcs8.fill(0);
    }
  }
}

async function openScalar(path: string, deviceSubkey: Uint8Array): Promise<Buffer> {
  const bytes = await readFile(path).catch(() => undefined);
  const scalar = bytes?.subarray(0, MAGIC.length).equals(MAGIC) ? openBox(deviceSubkey, bytes.subarray(MAGIC.length), AAD) : undefined;
  if (!scalar || scalar.length !== 32) throw new TamgaError('vault.corruptHeader', { file: 'age.key' });
  return scalar;
}

/** BIP 173 bech32 (not bech32m), as age writes its keys; `age-encryption` keeps its encoder to itself. */
function bech32Encode(prefix: string, data: Uint8Array): string {
  const hrp = prefix.toLowerCase();
  const words: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const byte of data) {
    accumulator = (accumulator << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((accumulator >> bits) & 31);
    }
  }
  if (bits > 0) words.push((accumulator << (5 - bits)) & 31);
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...words, 0, 0, 0, 0, 0, 0];
  const checksum = polymod(values) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (checksum >> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...check].map((w) => BECH32[w]).join('')}`;
}

function polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let checksum = 1;
  for (const value of values) {
    const top = checksum >> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) checksum ^= generators[i]!;
  }
  return checksum;
}
