/**
 * Defends against: reading or silently altering small secrets at rest (wrapped keys, item records, device key).
 * Follows: AES-256-GCM (NIST SP 800-38D) with a random 96-bit nonce; layout nonce(12) ‖ ciphertext ‖ tag(16).
 * Vectors: exercised through tests/unit/main/vault/aes-gcm-box.test.ts (round trip and tamper cases).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

/** Random nonces are safe here: each key seals far fewer than 2^32 messages (records, log lines, key slots). */
export function sealBox(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Returns undefined when authentication fails: wrong key, wrong context or altered bytes look the same. */
export function openBox(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer | undefined {
  if (sealed.length < NONCE + TAG) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE));
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(NONCE, sealed.length - TAG)), decipher.final()]);
  } catch {
    return undefined;
  }
}

export const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
