import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../../src-main/vault/crockford-base32';
import { combineRecoveryShares, formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, splitRecoveryKey } from '../../../../src-main/vault/recovery-key';

const codeOf = async (fn: () => unknown) => {
  try {
    await fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('recovery key', () => {
  it('encodes Crockford base32 per the published alphabet', () => {
    expect(encodeBase32(Buffer.from([0xff, 0x00]))).toBe('ZW00');
    expect(encodeBase32(Buffer.from('f'))).toBe('CR');
  });

  it('round-trips any bytes through base32', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      expect(Buffer.from(decodeBase32(encodeBase32(bytes), bytes.length)!)).toEqual(Buffer.from(bytes));
    }));
  });

  it('prints as 8 groups of 5 characters and parses back despite case, spacing and look-alike letters', () => {
    const key = generateRecoveryKey();
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(Buffer.from(parseRecoveryKey(sloppy))).toEqual(key);
  });

  it('rejects a key with one character changed (check byte)', async () => {
    const text = formatRecoveryKey(generateRecoveryKey());
    const typo = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    expect(await codeOf(() => parseRecoveryKey(typo))).toBe('vault.wrongRecoveryKey');
  });

  it('rebuilds the key from any two of the three shares, but not from one share twice', async () => {
    const key = generateRecoveryKey();
    const shares = await splitRecoveryKey(key);
    expect(shares).toHaveLength(3);
    for (const pair of [[0, 1], [0, 2], [2, 1]]) {
      expect(Buffer.from(await combineRecoveryShares(pair.map((i) => shares[i]!)))).toEqual(key);
    }
    expect(await codeOf(() => combineRecoveryShares([shares[0]!, shares[0]!]))).toBe('vault.wrongRecoveryKey');
  });
});
