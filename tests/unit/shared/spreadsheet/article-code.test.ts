import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesOf, loadCatalog, searchCatalog } from '../../../../shared/catalog';
import { articleCodeReader, readArticleCode } from '../../../../shared/spreadsheet/article-code';

const catalog = loadCatalog();
const iccprArticles = articlesOf('ICCPR', catalog).map((article) => article.number);

describe('readArticleCode', () => {
  it.each([
    ['МПГПП 22', 'ICCPR-22'],
    ['ICCPR 22', 'ICCPR-22'],
    ['CCPR-22', 'ICCPR-22'],
    ['ICCPR art. 22', 'ICCPR-22'],
    ['АСҚХП 22', 'ICCPR-22'],
    ['ст. 22 МПГПП', 'ICCPR-22'],
    ['УК 274', 'KZ-CC-274'],
    ['ҚК 174', 'KZ-CC-174'],
    ['КоАП 488', 'KZ-CAO-488'],
    ['CAT 1', 'CAT-1'],
    ['свобода собраний', 'ICCPR-21'],
    ['VT-KETTLING', 'VT-KETTLING'],
    ['ICCPR', 'ICCPR'],
  ])('reads %s as the tag %s', (code, id) => {
    expect(readArticleCode(code, 'ru', catalog)).toEqual({ kind: 'tag', written: code, id });
  });

  it('keeps a stored id with its paragraph, and follows a renamed one', () => {
    expect(readArticleCode('iccpr-20.2', 'en', catalog)).toEqual({ kind: 'tag', written: 'iccpr-20.2', id: 'ICCPR-20.2' });
    expect(readArticleCode('OP2-ICCPR-1', 'en', catalog)).toEqual({ kind: 'tag', written: 'OP2-ICCPR-1', id: 'ICCPR-OP2-1' });
  });

  it('does not choose when the code names no instrument and several fit', () => {
    for (const code of ['22', 'ст. 22', 'art. 9', 'HRC']) expect(readArticleCode(code, 'en', catalog)).toEqual({ kind: 'ambiguous', written: code });
  });

  it('says when nothing in the catalog fits', () => {
    expect(readArticleCode('ICCPR 999', 'en', catalog)).toEqual({ kind: 'unknown', written: 'ICCPR 999' });
    expect(readArticleCode('Qwzx 7', 'ru', catalog)).toEqual({ kind: 'unknown', written: 'Qwzx 7' });
  });

  it('reads every ICCPR article in every form a monitor writes it, in any case and spacing', () => {
    const forms = ['ICCPR {n}', 'МПГПП {n}', 'CCPR-{n}', 'ICCPR art. {n}', 'АСҚХП {n}', 'ст. {n} МПГПП', 'Article {n} ICCPR', 'МПГПП, ст.{n}'];
    fc.assert(
      fc.property(fc.constantFrom(...iccprArticles), fc.constantFrom(...forms), fc.boolean(), fc.constantFrom(' ', '  ', '\u00a0'), (n, form, lower, gap) => {
        const written = form.replace('{n}', n).replace(/ /g, gap);
        const code = lower ? written.toLowerCase() : written;
        expect(readArticleCode(code, 'en', catalog)).toEqual({ kind: 'tag', written: code, id: `ICCPR-${n}` });
      }),
    );
  });

  it('makes a tag only of what the tag picker offers first for the same text', () => {
    const anyCode = fc.oneof(
      fc.constantFrom(...iccprArticles).map((n) => `ICCPR ${n}`),
      fc.stringMatching(/^[A-Za-zА-Яа-яҚқ]{0,6} ?\d{0,3}$/),
    );
    fc.assert(
      fc.property(anyCode, fc.constantFrom('en', 'ru', 'kk'), (code, lang) => {
        const reading = readArticleCode(code, lang, catalog);
        if (reading.kind === 'tag' && !catalog.entries.has(code.trim().toUpperCase())) expect(searchCatalog(code, lang, 1, catalog)[0]?.id).toBe(reading.id);
        if (reading.kind === 'unknown') expect(searchCatalog(code, lang, 1, catalog)).toEqual([]);
      }),
    );
  });

  it('reads each distinct code once and gives the same answer again', () => {
    const read = articleCodeReader('ru', catalog);
    const first = read('МПГПП 21');
    expect(read('МПГПП 21')).toBe(first);
    expect(first).toEqual({ kind: 'tag', written: 'МПГПП 21', id: 'ICCPR-21' });
  });
});
