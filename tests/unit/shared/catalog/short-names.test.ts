import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { localisedShortNames, shortNameOf } from '../../../../shared/catalog/short-names';

describe('localised short names', () => {
  it('name instruments that exist', () => {
    const catalog = loadCatalog();
    const notInstruments = Object.keys(localisedShortNames()).filter((id) => catalog.entries.get(id)?.kind !== 'instrument');
    expect(notInstruments).toEqual([]);
  });

  it('name Kazakh codes in Russian and Kazakh, and keep English and treaty abbreviations as they are', () => {
    const criminalCode = { id: 'KZ-CC', shortName: 'Criminal Code' };
    expect(shortNameOf(criminalCode, 'ru')).toBe('Уголовный кодекс');
    expect(shortNameOf(criminalCode, 'kk')).toBe('Қылмыстық кодекс');
    expect(shortNameOf(criminalCode, 'en')).toBe('Criminal Code');
    expect(shortNameOf({ id: 'KZ-CONST', shortName: 'Constitution' }, 'ru')).toBe('Конституция');
    expect(shortNameOf({ id: 'ICCPR', shortName: 'ICCPR' }, 'ru')).toBe('ICCPR');
  });
});

describe('Kazakh law named in the reader\'s language', () => {
  const domestic = [...loadCatalog().entries.values()].filter((e) => e.kind === 'instrument' && e.family === 'domestic');

  it.each(['ru', 'kk'] as const)('%s: every Kazakh code, law and decree has a short name in Cyrillic, not the English one', (lang) => {
    expect(domestic.length).toBeGreaterThanOrEqual(25);
    const english = domestic.filter((e) => e.kind === 'instrument' && !/^[^A-Za-z]+$/.test(shortNameOf(e, lang))).map((e) => e.id);
    expect(english).toEqual([]);
  });
});
