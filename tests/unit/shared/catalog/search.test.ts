import { describe, expect, it } from 'vitest';
import { searchCatalog, type Lang } from '../../../../shared/catalog';

const table: [string, Lang, string][] = [
  ['19', 'en', 'ICCPR-19'],
  ['ICCPR 19', 'en', 'ICCPR-19'],
  ['art 19', 'en', 'ICCPR-19'],
  ['Article 19', 'en', 'ICCPR-19'],
  ['ст. 19', 'ru', 'ICCPR-19'],
  ['expression', 'en', 'ICCPR-19'],
  ['свобода выражения', 'ru', 'ICCPR-19'],
  ['сөз бостандығы', 'kk', 'ICCPR-19'],
  ['174', 'en', 'KZ-CC-174'],
  ['Criminal Code 174', 'en', 'KZ-CC-174'],
  ['УК 174', 'ru', 'KZ-CC-174'],
  ['decree 405', 'en', 'KZ-GOV-DECREE-405'],
  ['CC 405', 'en', 'KZ-CC-405'],
  ['20(2)', 'en', 'ICCPR-20'],
  ['ICCPR-20.2', 'en', 'ICCPR-20'],
  ['CAT 1', 'en', 'CAT-1'],
  ['torture', 'en', 'ICCPR-7'],
  ['peaceful assembly', 'en', 'ICCPR-21'],
  ['SDG 16.10', 'en', 'SDG-16.10'],
  ['C087', 'en', 'ILO-C087'],
  ['kettling', 'en', 'VT-KETTLING'],
  ['Nur-Sultan', 'en', 'GEO-ASTANA'],
  ['Целиноград', 'ru', 'GEO-ASTANA'],
];

describe('searchCatalog ranking', () => {
  it.each(table)('%s (%s) ranks %s first', (query, lang, expected) => {
    expect(searchCatalog(query, lang)[0]?.id).toBe(expected);
  });

  it('keeps both 405s in the results for a bare number', () => {
    const ids = searchCatalog('405', 'en').map((h) => h.id);
    expect(ids).toContain('KZ-CC-405');
    expect(ids).toContain('KZ-GOV-DECREE-405');
  });

  it('returns nothing for an empty query or a word no entry has', () => {
    expect(searchCatalog('   ', 'en')).toEqual([]);
    expect(searchCatalog('xyzzyplugh', 'en')).toEqual([]);
  });

  it('labels hits in the requested language', () => {
    expect(searchCatalog('ICCPR 19', 'ru')[0]?.label).toEqual({ text: 'Свобода мнений и свобода их выражения', lang: 'ru', fellBack: false });
  });
});
