import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentPhrases, readConsent } from '../../../../shared/spreadsheet/consent-text';

describe('readConsent', () => {
  it.each([
    ['named', 'named-publication'],
    ['Можно называть', 'named-publication'],
    ['атын атауға болады', 'named-publication'],
    ['May be published by name', 'named-publication'],
    ['anonymised', 'anonymised-publication'],
    ['Анонимно', 'anonymised-publication'],
    ['атын атамай', 'anonymised-publication'],
    ['internal only', 'internal-only'],
    ['Только внутреннее', 'internal-only'],
    ['тек ішкі', 'internal-only'],
    ['Тек ішкі пайдалану үшін', 'internal-only'],
    ['internal-only', 'internal-only'],
  ])('reads %s as %s', (text, consent) => {
    expect(readConsent(text)).toBe(consent);
  });

  it('gives no consent for text it cannot be sure of', () => {
    for (const text of ['', 'yes', 'да', 'not named', 'нельзя называть', 'named?? ask lawyer', 'см. анкету']) expect(readConsent(text)).toBeUndefined();
  });

  it('reads a phrase the same in any case, spacing and punctuation', () => {
    const phrases = [...consentPhrases().entries()];
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.boolean(), fc.constantFrom(' ', '  ', ' - ', ', '), fc.constantFrom('', '.', ' ', '«', '"'), ([phrase, consent], upper, gap, edge) => {
        const written = `${edge}${phrase.split(' ').join(gap)}${edge}`;
        expect(readConsent(upper ? written.toUpperCase() : written)).toBe(consent);
      }),
    );
  });

  it('never reads a negated phrase as permission to publish', () => {
    const phrases = [...consentPhrases().keys()];
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.constantFrom('not', 'do not', 'не', 'нельзя', 'емес', 'no'), (phrase, negation) => {
        const read = readConsent(`${negation} ${phrase}`);
        expect(read === undefined || read === 'internal-only').toBe(true);
      }),
    );
  });
});
