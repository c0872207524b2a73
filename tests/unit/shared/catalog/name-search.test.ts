import { describe, expect, it } from 'vitest';
import { loadCatalog, missingNumber, searchCatalog } from '../../../../shared/catalog';
import { entryName } from '../../../../shared/catalog/entry-name';
import { languages } from '../../../../shared/catalog/schema';
import { shortNameOf } from '../../../../shared/catalog/short-names';
import { createTranslator } from '../../../../src-main/cli/translator';

const catalog = loadCatalog();
const articles = [...catalog.entries.values()].filter((e) => e.kind === 'article');
const instruments = [...catalog.entries.values()].filter((e) => e.kind === 'instrument');

describe('an article found by the name the app shows for it', () => {
  it.each(languages)('%s: every article, typed as its chip reads, ranks first', async (lang) => {
    const t = await createTranslator(lang);
    const lost = articles
      .map((article) => ({ id: article.id, name: entryName(article.id, catalog, lang, t).name }))
      .filter(({ id, name }) => searchCatalog(name, lang, 3, catalog)[0]?.id !== id)
      .map(({ id, name }) => `${name} (${id})`);
    expect(articles.length).toBeGreaterThan(700);
    expect(lost).toEqual([]);
  });
});

describe('an instrument found by its short name', () => {
  it.each(languages)('%s: every instrument, typed as the catalog lists it, ranks first and lacks no number', (lang) => {
    const lost = instruments
      .map((instrument) => ({ id: instrument.id, name: shortNameOf(instrument, lang) }))
      .filter(({ id, name }) => searchCatalog(name, lang, 3, catalog)[0]?.id !== id || missingNumber(name, catalog) !== undefined)
      .map(({ id, name }) => `${name} (${id})`);
    expect(instruments.length).toBeGreaterThan(130);
    expect(lost).toEqual([]);
  });
});

describe('Kazakh article citations', () => {
  it.each([
    ['ҚК 274-бап', 'KZ-CC-274'],
    ['ҚК-нің 274-бабы', 'KZ-CC-274'],
    ['274-бап ҚК', 'KZ-CC-274'],
    ['ҚК 274(4)-бап', 'KZ-CC-274'],
    ['АСҚХП 19-бап', 'ICCPR-19'],
    ['АСҚХП-ның 21-бабы', 'ICCPR-21'],
    ['ӘҚБтК 460-1-бабы', 'KZ-CAO-460-1'],
    ['ӘҚБтК-нің 488-бабына', 'KZ-CAO-488'],
    ['Хельсинки қорытынды актісі VII-бап', 'OSCE-HELSINKI-VII'],
    ['Конституцияның 12-бабы', 'KZ-CONST-12'],
    ['Қылмыстық кодекстің 274-бабы', 'KZ-CC-274'],
    ['ҚР Қылмыстық кодексінің 405-бабы', 'KZ-CC-405'],
    ['Еңбек кодексінің 176-бабы', 'KZ-LC-176'],
    ['Азаматтық және саяси құқықтар туралы халықаралық пактінің 19-бабы', 'ICCPR-19'],
    ['Бала құқықтары туралы конвенцияның 19-бабы', 'CRC-19'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchCatalog(query, 'kk', 5, catalog)[0]?.id).toBe(id);
  });

  it('reads «460-бап» as article 460, so the inserted 460-1 is offered and never taken for its paragraph', () => {
    expect(searchCatalog('ӘҚБтК 460-бап', 'kk', 5, catalog).map((h) => h.id)).toContain('KZ-CAO-460-1');
    expect(searchCatalog('ӘҚБтК 460(1)-бап', 'kk', 5, catalog).map((h) => h.id)).not.toContain('KZ-CAO-460-1');
  });

  it('names the article a Kazakh citation asks for when the catalog lacks it', () => {
    expect(missingNumber('АСҚХП 99-бап', catalog)).toEqual({ instrumentId: 'ICCPR', number: '99' });
  });
});

describe('a part of an article, cited as each language cites it', () => {
  it.each([
    ['ч. 2 ст. 274 УК РК', 'ru', 'KZ-CC-274'],
    ['ст. 274 ч. 4 УК РК', 'ru', 'KZ-CC-274'],
    ['п. 2 ч. 4 ст. 274 УК', 'ru', 'KZ-CC-274'],
    ['ч.1 ст.405 УК', 'ru', 'KZ-CC-405'],
    ['ҚК 274-бабының 4-бөлігі', 'kk', 'KZ-CC-274'],
    ['274-баптың 4-бөлігінің 2-тармағы ҚК', 'kk', 'KZ-CC-274'],
    ['article 9 paragraph 3 ICCPR', 'en', 'ICCPR-9'],
    ['ICCPR art. 19 para 2', 'en', 'ICCPR-19'],
  ] as const)('"%s" (%s) finds %s first', (query, lang, id) => {
    expect(searchCatalog(query, lang, 5, catalog)[0]?.id).toBe(id);
  });

  it('keeps a part of 460 apart from the inserted article 460-1', () => {
    expect(searchCatalog('ч. 1 ст. 460 КоАП', 'ru', 5, catalog).map((h) => h.id)).not.toContain('KZ-CAO-460-1');
  });

  it('reads "para" with no article as the paragraph of a recommendation', () => {
    expect(searchCatalog('CCPR/C/KAZ/CO/2 para 18', 'en', 5, catalog)[0]?.id).toBe('REC-CCPR-KAZ-CO2-18');
  });
});

describe('numbers in names', () => {
  it('reads a year before a marked article number as part of the name', () => {
    expect(searchCatalog('Political parties law 2002 art. 10', 'en', 5, catalog)[0]?.id).toBe('KZ-LAW-POLITICAL-PARTIES-2002-10');
    expect(missingNumber('Political parties law 2002 art. 10', catalog)).toBeUndefined();
  });

  it('tells the Geneva Conventions apart by their Roman numerals, and the Helsinki principles by theirs', () => {
    expect(searchCatalog('Geneva Convention III art. 3', 'en', 5, catalog)[0]?.id).toBe('IHL-GC3-3');
    expect(searchCatalog('Geneva Convention IV', 'en', 5, catalog)[0]?.id).toBe('IHL-GC4');
    expect(searchCatalog('Helsinki Final Act, ст. VIII', 'ru', 5, catalog)[0]?.id).toBe('OSCE-HELSINKI-VIII');
  });

  it('keeps a bare number the article number when no marker says otherwise', () => {
    expect(searchCatalog('ICCPR 19', 'en', 5, catalog)[0]?.id).toBe('ICCPR-19');
    expect(searchCatalog('ILO 87', 'en', 5, catalog)[0]?.id).toBe('ILO-C087');
  });
});
