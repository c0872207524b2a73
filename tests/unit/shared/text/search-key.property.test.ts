import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey, tokenize } from '../../../../shared/text';

// Letters that exercise every rule: Russian and Kazakh Cyrillic, Kazakh Latin of 2017/2018/2021, romanisation
// digraph halves, apostrophes, hyphens, homoglyph pairs and combining marks on their own.
const INTERESTING =
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАЕКМНОРСТХЁ' +
  'abcdefghijklmnopqrstuvwxyzKZDTYäğñöūüşıçáéíóúýǵńIİ' +
  "'’ʼ`-‐ \u0301\u0306\u0308\u0327";
const interestingText = fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 40 });
const anyText = fc.oneof(interestingText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme' }));

// The key alphabet: a-z and 0-9, plus letters and digits of scripts we do not transliterate, in words joined by
// one space. No Latin or Cyrillic letter outside a-z survives.
function isKeyAlphabet(key: string): boolean {
  if (key === '') return true;
  if (key.startsWith(' ') || key.endsWith(' ') || key.includes('  ')) return false;
  for (const ch of key) {
    if (ch === ' ' || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) continue;
    if (/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(ch)) return false;
    if (!/[\p{L}\p{N}]/u.test(ch)) return false;
  }
  return true;
}

describe('searchKey properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => searchKey(searchKey(text)) === searchKey(text)), { numRuns: 2000 });
  });

  it('never throws, even on lone surrogates', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uD800'), (text, surrogate) => {
        searchKey(surrogate + text + surrogate);
        tokenize(text + surrogate + text);
      }),
      { numRuns: 1000 },
    );
  });

  it('outputs only the key alphabet', () => {
    fc.assert(fc.property(anyText, (text) => isKeyAlphabet(searchKey(text))), { numRuns: 2000 });
  });

  it('gives the same key for NFC, NFD, NFKC and NFKD forms', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = searchKey(text);
        expect(searchKey(text.normalize('NFC'))).toBe(key);
        expect(searchKey(text.normalize('NFD'))).toBe(key);
        expect(searchKey(text.normalize('NFKC'))).toBe(key);
        expect(searchKey(text.normalize('NFKD'))).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores letter case of Latin and Cyrillic text', () => {
    fc.assert(fc.property(interestingText, (text) => searchKey(text.toUpperCase()) === searchKey(text.toLowerCase())), {
      numRuns: 2000,
    });
  });

  it('tokenize yields non-empty keys that are fixed points of searchKey and contain no space', () => {
    fc.assert(
      fc.property(anyText, (text) =>
        tokenize(text).every((term) => term !== '' && !term.includes(' ') && searchKey(term) === term),
      ),
      { numRuns: 2000 },
    );
  });
});
