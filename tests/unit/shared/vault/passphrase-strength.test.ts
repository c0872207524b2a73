import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passphraseStrength } from '../../../../shared/vault/passphrase-strength';

describe('passphraseStrength', () => {
  it('rates short, repetitive and long mixed passphrases in order', () => {
    expect(passphraseStrength('abc')).toBe(0);
    expect(passphraseStrength('aaaaaaaaaa')).toBe(1);
    expect(passphraseStrength('correct horse battery staple')).toBeGreaterThanOrEqual(3);
    expect(passphraseStrength('Қарағанды түні ұзақ, 1986 жыл!')).toBe(4);
  });
  it('always answers 0 to 4 and never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const score = passphraseStrength(text);
      return Number.isInteger(score) && score >= 0 && score <= 4;
    }));
  });
  it('never rates a longer passphrase lower than its prefix', () => {
    fc.assert(fc.property(fc.string({ minLength: 8, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 20 }), (start, more) => passphraseStrength(start + more) >= passphraseStrength(start)));
  });
});
