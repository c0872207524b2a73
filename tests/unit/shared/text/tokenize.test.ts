import { describe, expect, it } from 'vitest';
import { searchKey, tokenize, tokenizeQuery } from '../../../../shared/text';

describe('tokenize', () => {
  it('keys each word and keeps word order', () => {
    expect(tokenize('Алнур Ильяшев, Nur Otan')).toEqual(['alnur', 'iliashev', 'nur', 'otan']);
  });

  it('indexes a hyphenated name whole and by each part', () => {
    expect(tokenize('Kassym-Jomart')).toEqual([searchKey('KassymJomart'), searchKey('Kassym'), searchKey('Jomart')]);
    expect(tokenize('Нұр-Сұлтан')).toEqual(tokenize('Nur-Sultan'));
  });

  it('keeps apostrophe spellings as one word', () => {
    expect(tokenize("Il'yashev in O'skemen")).toEqual(['iliashev', 'in', 'oskemen']);
  });

  it('treats an en dash as a separator, not a joiner', () => {
    expect(tokenize('2017–19')).toEqual(['2017', '19']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize(' ,.;— ')).toEqual([]);
  });
});

describe('tokenizeQuery', () => {
  it('splits hyphenated words into parts only, so "Nur-Sultan" also finds "Nur Sultan"', () => {
    expect(tokenizeQuery('Nur-Sultan')).toEqual(['nur', 'sultan']);
  });
});
