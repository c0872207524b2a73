import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFromData, getEntry, loadCatalog, ratificationsOf, resolveTagTarget, searchCatalog } from '../../../../shared/catalog';
import { articleId } from '../../../../shared/catalog/build-catalog';
import { shippedData } from '../../../../shared/catalog/data';

describe('Kazakh law in the catalog', () => {
  it.each([
    ['KZ-CONST-12', 'KZ-CONST'],
    ['KZ-CPC-13', 'KZ-CPC'],
    ['KZ-CPC-131', 'KZ-CPC'],
    ['KZ-CPC-197', 'KZ-CPC'],
    ['KZ-LC-171', 'KZ-LC'],
    ['KZ-LC-176', 'KZ-LC'],
    ['KZ-CAO-488', 'KZ-CAO'],
    ['KZ-CAO-460-1', 'KZ-CAO'],
    ['KZ-LAW-POLITICAL-PARTIES-2002-10', 'KZ-LAW-POLITICAL-PARTIES-2002'],
  ])('%s is an article of %s', (id, instrumentId) => {
    expect(getEntry(id)).toMatchObject({ kind: 'article', instrumentId });
  });

  it.each([
    'KZ-LAW-PUBLIC-ASSOCIATIONS-1996',
    'KZ-LAW-CHARITY-2015',
    'KZ-LAW-POLITICAL-PARTIES-2002',
    'KZ-LAW-PARTIES-AMENDMENTS-2020',
    'KZ-CLAW-STATE-OF-EMERGENCY-2003',
    'KZ-LAW-MASS-MEDIA-1999',
    'KZ-LAW-DOMESTIC-VIOLENCE-2009',
    'KZ-CLAW-ELECTIONS-1995',
    'KZ-CLAW-ELECTIONS-AMENDMENTS-2020',
    'KZ-CLAW-OMBUDSMAN',
    'KZ-LAW-PUBLIC-OVERSIGHT-DRAFT',
    'KZ-APPC',
    'KZ-PRES-DECREE-1037',
    'KZ-CEC-RESOLUTION-2020-12-04',
  ])('%s is a Kazakh instrument', (id) => {
    expect(getEntry(id)).toMatchObject({ kind: 'instrument', family: 'domestic', country: 'KZ' });
  });

  it('titles every Kazakh law and heads every one of its articles in English, Russian and Kazakh', () => {
    const domestic = [...loadCatalog().entries.values()].filter(
      (e) => (e.kind === 'instrument' && e.family === 'domestic') || (e.kind === 'article' && e.instrumentId.startsWith('KZ-')),
    );
    expect(domestic.length).toBeGreaterThan(60);
    for (const entry of domestic) {
      expect(entry.label.ru, entry.id).toBeTruthy();
      expect(entry.label.kk, entry.id).toBeTruthy();
    }
  });

  it('keeps the old id of the mistaken "460" working through the rename', () => {
    expect(resolveTagTarget('KZ-CAO-460', loadCatalog())).toMatchObject({ status: 'renamed', id: 'KZ-CAO-460-1' });
    expect(resolveTagTarget('KZ-CAO-460.2', loadCatalog())).toMatchObject({ id: 'KZ-CAO-460-1', paragraph: '2' });
  });

  it.each([
    ['CAO 460-1', 'KZ-CAO-460-1'],
    ['КоАП 460-1', 'KZ-CAO-460-1'],
    ['ст. 460-1', 'KZ-CAO-460-1'],
    ['cao-460-1', 'KZ-CAO-460-1'],
    ['КоАП 488', 'KZ-CAO-488'],
    ['ҚПК 197', 'KZ-CPC-197'],
    ['УПК 131', 'KZ-CPC-131'],
    ['Labour Code 176(2-1)', 'KZ-LC-176'],
    ['ӘРПК', 'KZ-APPC'],
    ['decree 1037', 'KZ-PRES-DECREE-1037'],
  ])('search: %s ranks %s first', (query, id) => {
    expect(searchCatalog(query, 'en')[0]?.id).toBe(id);
  });

  it('offers 460-1 for a bare "460" but never as paragraph 1 of article 460', () => {
    expect(searchCatalog('CAO 460', 'en').map((h) => h.id)).toContain('KZ-CAO-460-1');
    expect(searchCatalog('CAO 460(1)', 'en').map((h) => h.id)).not.toContain('KZ-CAO-460-1');
  });
});

// A one-instrument catalog holding article n and the inserted articles n-1 … n-k, as Kazakh codes number them.
function codeWith(numbers: string[]) {
  const catalog = catalogFromData({
    manifest: { catalogVersion: '2021.1.0', renamedIds: {}, retiredIds: {} },
    instruments: [
      {
        id: 'KZ-TEST',
        family: 'domestic',
        country: 'KZ',
        shortName: 'Test Code',
        title: { en: 'Test Code', ru: 'Тестовый кодекс' },
        priority: 30,
        articlesComplete: false,
        articles: numbers.map((number) => ({ number, substantive: true, heading: { en: `Article ${number}`, ru: `Статья ${number}` } })),
      },
    ],
    mechanisms: [],
    reviews: [],
    recommendationGroups: [],
    recommendations: [],
    violationTypes: { types: [] },
    ratifications: [],
    places: [],
  });
  return catalog;
}

describe('hyphenated article numbers', () => {
  const base = fc.integer({ min: 1, max: 999 }).map(String);
  const insertion = fc.integer({ min: 1, max: 9 });
  const paragraph = fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }).map(String), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 3 });

  it('round-trip: an inserted article and its paragraphs resolve to themselves, never to the base article', () => {
    fc.assert(
      fc.property(base, insertion, paragraph, (n, k, path) => {
        const inserted = `${n}-${k}`;
        const catalog = codeWith([n, inserted, `${n}.${k}`].filter((x, i, all) => all.indexOf(x) === i));
        const id = articleId('KZ-TEST', inserted);
        const whole = resolveTagTarget(id, catalog);
        expect(whole).toMatchObject({ status: 'current', id });
        expect(whole.status === 'current' && whole.entry.kind === 'article' ? whole.entry.number : undefined).toBe(inserted);
        const pinned = resolveTagTarget(`${id}.${path.join('.')}`, catalog);
        expect(pinned).toMatchObject({ status: 'current', id, paragraph: path.join('.') });
        // "n.k" is paragraph k of article n, a different thing from article n-k.
        const paragraphOfBase = resolveTagTarget(articleId('KZ-TEST', n) + `.${k}`, catalog);
        expect(paragraphOfBase.status === 'current' ? paragraphOfBase.id : undefined).not.toBe(id);
      }),
      { numRuns: 60 },
    );
  });

  it('search finds an inserted article by the number as written, and the base article for its paragraph', () => {
    fc.assert(
      fc.property(base, insertion, (n, k) => {
        const catalog = codeWith([n, `${n}-${k}`]);
        expect(searchCatalog(`Test Code ${n}-${k}`, 'en', 5, catalog)[0]?.id).toBe(`KZ-TEST-${n}-${k}`);
        expect(searchCatalog(`Test Code ${n}(${k})`, 'en', 5, catalog)[0]?.id).toBe(`KZ-TEST-${n}`);
        expect(searchCatalog(`Test Code ${n}`, 'en', 5, catalog)[0]?.id).toBe(`KZ-TEST-${n}`);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an article number that is neither a number, a Roman numeral, a paragraph nor an insertion', () => {
    expect(() => codeWith(['12a-'])).toThrow(/Catalog data invalid/);
    expect(() => codeWith(['-3'])).toThrow(/Catalog data invalid/);
  });
});

describe('what the reports do not establish', () => {
  it('ships CAO art. 73-3 only as a draft: unverified in every language, with what to confirm', () => {
    const article = getEntry('KZ-CAO-73-3');
    expect(article).toMatchObject({ kind: 'article', instrumentId: 'KZ-CAO', number: '73-3' });
    expect(article?.verify).toMatch(/not established/);
    const data = shippedData as { instruments: { id: string; articles: { number: string; unverified?: string[] }[] }[] };
    const shipped = data.instruments.find((i) => i.id === 'KZ-CAO')!.articles.find((a) => a.number === '73-3');
    expect(shipped?.unverified?.toSorted()).toEqual(['en', 'kk', 'ru']);
  });

  it('keeps a note to verify on every fact the domain review left unchecked', () => {
    for (const id of ['KZ-CC-146', 'KZ-CC-400', 'KZ-CAO-460-1', 'KZ-CAO-73-3', 'REVIEW-UPR-KZ-4']) {
      expect(getEntry(id)?.verify, id).toBeTruthy();
    }
    const deposit = ratificationsOf('KZ', 'ICCPR-OP2').find((r) => r.ratified !== undefined);
    expect(deposit).toMatchObject({ ratified: '2022-03-24', inForce: '2022-06-24', sources: ['GK'] });
    expect(deposit?.verify).toBeTruthy();
    const reviews = [getEntry('REVIEW-CCPR-KZ-2016'), getEntry('REVIEW-CESCR-KZ-2019')];
    const concluding = reviews.flatMap((r) => (r?.kind === 'review' ? r.documents.filter((d) => d.kind === 'concluding-observations') : []));
    expect(concluding.map((d) => [d.symbol, Boolean(d.verify)])).toEqual([['CCPR/C/KAZ/CO/2', true], ['E/C.12/KAZ/CO/2', true]]);
  });
});

describe('Kazakh and Russian abbreviations of the codes', () => {
  it.each([
    ['ҚР ҚК 274', 'KZ-CC-274'],
    ['ҚР ҚПК 131', 'KZ-CPC-131'],
    ['ҚР ӘҚБтК 488', 'KZ-CAO-488'],
    ['ӘҚБтК 73-3', 'KZ-CAO-73-3'],
    ['ҚР ЕК 176', 'KZ-LC-176'],
    ['ҚР Конституциясы 12', 'KZ-CONST-12'],
    ['ҚР ӘРПК', 'KZ-APPC'],
    ['КоАП РК 488', 'KZ-CAO-488'],
    ['Конституция РК 12', 'KZ-CONST-12'],
    ['АППК РК', 'KZ-APPC'],
    ['жарлық 597', 'KZ-PRES-DECREE-597'],
    ['қаулы 405', 'KZ-GOV-DECREE-405'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchCatalog(query, 'kk')[0]?.id).toBe(id);
  });
});
