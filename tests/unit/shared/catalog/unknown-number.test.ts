import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesOf, loadCatalog, missingNumber, resolveTagTarget, searchCatalog } from '../../../../shared/catalog';

const catalog = loadCatalog();
const sdgNumbers = new Set(articlesOf('SDG', catalog).map((a) => a.number));
const goals = [...sdgNumbers].filter((n) => !n.includes('.'));

describe('an SDG target or article the catalog lacks', () => {
  it.each(['SDG-16.99', 'SDG-16.10.1', 'SDG-3.z', 'OSCE-COPENHAGEN-9.4'])('leaves %s unknown instead of resolving it to the entry above', (id) => {
    expect(resolveTagTarget(id, catalog)).toEqual({ status: 'unknown', id });
  });

  it.each([
    ['ICCPR-20.2', 'ICCPR-20', '2'],
    ['KZ-CC-274.4', 'KZ-CC-274', '4'],
    ['KZ-CAO-460-1.2', 'KZ-CAO-460-1', '2'],
  ])('still reads %s as a paragraph of its article', (id, article, paragraph) => {
    expect(resolveTagTarget(id, catalog)).toMatchObject({ status: 'current', id: article, paragraph });
  });

  it.each([
    ['SDG 16.99', 'SDG', '16.99'],
    ['SDG 16.10.1', 'SDG', '16.10.1'],
    ['16.99', 'SDG', '16.99'],
    ['ICCPR 99', 'ICCPR', '99'],
    ['Criminal Code 999', 'KZ-CC', '999'],
  ])('names what "%s" lacks, and search offers nothing in its place', (query, instrumentId, number) => {
    expect(missingNumber(query, catalog)).toEqual({ instrumentId, number });
    const parent = number.includes('.') ? `${instrumentId}-${number.slice(0, number.lastIndexOf('.'))}` : instrumentId;
    expect(searchCatalog(query, 'en', 20, catalog).map((hit) => hit.id)).not.toContain(parent);
  });

  it.each(['SDG 16.10', 'ICCPR 19', 'ICCPR 19(2)', 'ILO 87', 'CAO 460-1', 'freedom 19', 'Copenhagen 9.2', '99', 'torture'])('finds nothing missing in "%s"', (query) => {
    expect(missingNumber(query, catalog)).toBeUndefined();
  });

  it('refuses every target number under a goal that the catalog lacks, and keeps every one it has', () => {
    fc.assert(
      fc.property(fc.constantFrom(...goals), fc.oneof(fc.integer({ min: 1, max: 30 }).map(String), fc.constantFrom('a', 'b', 'c', 'd', 'z')), (goal, tail) => {
        const number = `${goal}.${tail}`;
        if (sdgNumbers.has(number)) {
          expect(resolveTagTarget(`SDG-${number}`, catalog)).toMatchObject({ status: 'current', id: `SDG-${number}` });
          expect(missingNumber(`SDG ${number}`, catalog)).toBeUndefined();
        } else {
          expect(resolveTagTarget(`SDG-${number}`, catalog).status).toBe('unknown');
          expect(missingNumber(`SDG ${number}`, catalog)).toEqual({ instrumentId: 'SDG', number });
        }
      }),
    );
  });

  it('keeps any paragraph of an article numbered without dots as that article', () => {
    const articles = [...catalog.entries.values()].filter((e) => e.kind === 'article' && /^\d+$/.test(e.number) && e.instrumentId !== 'SDG');
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.integer({ min: 1, max: 12 }), (article, paragraph) => {
        expect(resolveTagTarget(`${article.id}.${paragraph}`, catalog)).toMatchObject({ id: article.id, paragraph: String(paragraph) });
      }),
    );
  });
});
