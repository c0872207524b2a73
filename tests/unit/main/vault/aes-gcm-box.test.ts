import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openBox, sealBox } from '../../../../src-main/vault/aes-gcm-box';

const key = Buffer.alloc(32, 3);
const bytes = fc.uint8Array({ minLength: 0, maxLength: 300 });

describe('aes-gcm-box', () => {
  it('lays out nonce(12) ‖ ciphertext ‖ tag(16), exactly as AES-256-GCM itself computes it', () => {
    const sealed = sealBox(key, Buffer.from('wrapped key'), Buffer.from('context'));
    expect(sealed.length).toBe(12 + 11 + 16);
    const cipher = createCipheriv('aes-256-gcm', key, sealed.subarray(0, 12)).setAAD(Buffer.from('context'));
    const expected = Buffer.concat([sealed.subarray(0, 12), cipher.update('wrapped key'), cipher.final(), cipher.getAuthTag()]);
    expect(sealed.equals(expected)).toBe(true);
  });

  it('opens what it sealed, under the same key and context, for any bytes', () => {
    fc.assert(fc.property(bytes, bytes, (plaintext, aad) => openBox(key, sealBox(key, plaintext, aad), aad)?.equals(Buffer.from(plaintext)) === true));
  });

  it('never seals the same message to the same bytes twice (random nonce)', () => {
    expect(sealBox(key, Buffer.from('x'), Buffer.alloc(0)).equals(sealBox(key, Buffer.from('x'), Buffer.alloc(0)))).toBe(false);
  });

  it('refuses any single flipped bit, another context, another key, and anything cut short', () => {
    fc.assert(
      fc.property(bytes, fc.nat(), fc.integer({ min: 0, max: 7 }), (plaintext, at, bit) => {
        const sealed = sealBox(key, plaintext, Buffer.from('item 1'));
        const flipped = Buffer.from(sealed);
        flipped[at % sealed.length]! ^= 1 << bit;
        return (
          openBox(key, flipped, Buffer.from('item 1')) === undefined &&
          openBox(key, sealed, Buffer.from('item 2')) === undefined &&
          openBox(Buffer.alloc(32, 4), sealed, Buffer.from('item 1')) === undefined &&
          openBox(key, sealed.subarray(0, sealed.length - 1 - (at % sealed.length)), Buffer.from('item 1')) === undefined
        );
      }),
    );
  });
});
