/**
 * Defends against: a forgotten passphrase costing the evidence, and a single lost paper copy exposing the vault.
 * Follows: 192-bit random key + 1 check byte in Crockford Base32; Shamir 2-of-3 (shamir-secret-sharing, GF(256)).
 * Vectors: tests/unit/main/vault/recovery-key.test.ts.
 */
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { combine, split } from 'shamir-secret-sharing';
import { TamgaError } from '../../shared/result';
import { decodeBase32, encodeBase32, groupText } from './crockford-base32';

/** 192 random bits resist offline search on their own, so the recovery slot needs HKDF, not Argon2. */
export const RECOVERY_KEY_BYTES = 24;
const SHARE_BYTES = RECOVERY_KEY_BYTES + 1; // shamir appends the x coordinate

/** One check byte catches nearly every typo before we spend a key unwrap on it. */
const checkByte = (bytes: Uint8Array): number => createHash('sha256').update(bytes).digest()[0]!;

const withCheck = (bytes: Uint8Array): Uint8Array => Buffer.concat([bytes, Buffer.of(checkByte(bytes))]);

function withoutCheck(bytes: Uint8Array | undefined): Uint8Array {
  if (!bytes) throw new TamgaError('vault.wrongRecoveryKey', { reason: 'unreadable' });
  const body = bytes.subarray(0, bytes.length - 1);
  if (checkByte(body) !== bytes[bytes.length - 1]) throw new TamgaError('vault.wrongRecoveryKey', { reason: 'checksum' });
  return body;
}

export const generateRecoveryKey = (): Buffer => randomBytes(RECOVERY_KEY_BYTES);

/** 25 bytes → 40 characters → 8 groups of 5: "7K3QF-…". */
export const formatRecoveryKey = (key: Uint8Array): string => groupText(encodeBase32(withCheck(key)), 5);

export const parseRecoveryKey = (text: string): Uint8Array =>
  withoutCheck(decodeBase32(text, RECOVERY_KEY_BYTES + 1));

/** Three printable shares; any two rebuild the key. 26 bytes → 42 characters → 6 groups of 7. */
export async function splitRecoveryKey(key: Uint8Array): Promise<string[]> {
  // The library insists on a plain Uint8Array (a Buffer subclass is refused), so hand it a copy and wipe it.
  const secret = new Uint8Array(key);
  const shares = await split(secret, 3, 2);
  secret.fill(0);
  return shares.map((share) => groupText(encodeBase32(withCheck(share)), 7));
}

export async function combineRecoveryShares(texts: readonly string[]): Promise<Uint8Array> {
  const shares = texts.map((text) => new Uint8Array(withoutCheck(decodeBase32(text, SHARE_BYTES + 1))));
  const xs = new Set(shares.map((share) => share[share.length - 1]));
  if (shares.length < 2 || xs.size !== shares.length) throw new TamgaError('vault.wrongRecoveryKey', { reason: 'shares' });
  const key = await combine(shares);
  for (const share of shares) share.fill(0);
  return key;
}

/** The recovery slot's key-encryption key; the header salt keeps it distinct per vault. */
export const deriveRecoveryKek = (recoveryKey: Uint8Array, salt: Uint8Array): Buffer =>
  Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'tamga v1 recovery kek', 32));
