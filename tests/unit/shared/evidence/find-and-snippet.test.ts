import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInPages, findTerms, pageSnippets, type PageSnippet, type PdfPageText } from '../../../../shared/evidence';
import { createSearchIndex } from '../../../../shared/search';
import { searchKey, termSpans } from '../../../../shared/text';

const marked = (snippet: PageSnippet | undefined) => snippet?.parts.filter((p) => p.match).map((p) => p.text) ?? [];
const shown = (snippet: PageSnippet) => `${snippet.cutBefore ? '…' : ''}${snippet.parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')}${snippet.cutAfter ? '…' : ''}`;
const at = (pages: readonly PdfPageText[], match: { page: number; start: number; length: number }) =>
  pages.find((p) => p.page === match.page)!.text.slice(match.start, match.start + match.length);

// A district report as monitors receive them: the village's name in Kazakh, a witness's patronymic, a hyphenated city.
const REPORT: PdfPageText[] = [
  { page: 1, text: 'Ақпараттық хат\nШымкент қаласы, 2022 жыл' },
  { page: 2, text: 'Наразылық акциясы Түлкібас ауданында өтті.\nПолиция 12 адамды ұстады, оның бірі Нұр-Сұлтаннан келген.' },
  { page: 3, text: 'Түлкібас кентінде тағы бір жиналыс\nКуәгерлер: Әлия Серікқызы, Тоқаев көшесі' },
];

describe('find in a document, folding scripts', () => {
  it('finds a Cyrillic word by any Latin spelling, and the other way round', () => {
    for (const query of ['Tulkibas', 'Tülkibas', 'TULKIBAS', 'Түлкібас', 'тулкибас']) {
      expect(findInPages(REPORT, query).map((m) => [m.page, at(REPORT, m)]), query).toEqual([[2, 'Түлкібас'], [3, 'Түлкібас']]);
    }
    expect(findInPages(REPORT, 'Tokayev').map((m) => at(REPORT, m))).toEqual(['Тоқаев']);
    expect(findInPages(REPORT, 'Serikqyzy').map((m) => at(REPORT, m))).toEqual(['Серікқызы']);
    const latin = [{ page: 1, text: 'Protest in Tulkibas district' }];
    expect(findInPages(latin, 'Түлкібас').map((m) => at(latin, m))).toEqual(['Tulkibas']);
  });

  it('reads the word being typed as a prefix, a finished word whole', () => {
    expect(findInPages(REPORT, 'tulki').map((m) => at(REPORT, m))).toEqual(['Түлкібас', 'Түлкібас']);
    expect(findInPages(REPORT, 'tulki ')).toEqual([]);
  });

  it('finds several words as a phrase, and each on its own where the phrase is nowhere', () => {
    expect(findInPages(REPORT, 'tulkibas audanynda').map((m) => at(REPORT, m))).toEqual(['Түлкібас ауданында']);
    expect(findInPages(REPORT, 'tulkibas serikkyzy').map((m) => [m.page, at(REPORT, m)])).toEqual([[2, 'Түлкібас'], [3, 'Түлкібас'], [3, 'Серікқызы']]);
  });

  it('finds a hyphenated name joined, split or as written', () => {
    for (const query of ['Nursultannan', 'Nur-Sultannan', 'нұр сұлтаннан']) {
      expect(findInPages(REPORT, query).map((m) => at(REPORT, m)), query).toEqual(['Нұр-Сұлтаннан']);
    }
  });

  it('still finds part of a word or a sign as typed, each stretch of text once', () => {
    const ruling = [{ page: 1, text: 'Дело № 2-117/2024, обжаловано' }];
    expect(findInPages(ruling, '117/').map((m) => at(ruling, m))).toEqual(['117/']);
    expect(findInPages(ruling, 'жалов').map((m) => at(ruling, m))).toEqual(['жалов']);
    // "обж" is both the start of a word (folded) and its letters (as typed): one match, the whole word.
    expect(findInPages(ruling, 'обж').map((m) => at(ruling, m))).toEqual(['обжаловано']);
  });
});

describe('where the index matched', () => {
  it('finds the words whose keys a hit matched, hyphenated ones whole', () => {
    expect(findTerms(REPORT, ['tulkibas']).map((m) => m.page)).toEqual([2, 3]);
    expect(findTerms(REPORT, [searchKey('Nursultannan')]).map((m) => at(REPORT, m))).toEqual(['Нұр-Сұлтаннан']);
    expect(findTerms(REPORT, [])).toEqual([]);
  });

  it('stops after the pages a hit shows, keeping every match on them', () => {
    const pages = Array.from({ length: 9 }, (_, i) => ({ page: i + 1, text: i % 2 ? 'бос бет' : 'Түлкібас, Түлкібас' }));
    expect(findTerms(pages, ['tulkibas'], 2).map((m) => [m.page, m.start])).toEqual([[1, 0], [1, 10], [3, 0], [3, 10]]);
    expect(findTerms(pages, ['tulkibas']).length).toBe(10);
  });

  it('gives term offsets into the original text', () => {
    const text = 'İstanbul — Нұр-Сұлтан';
    const { parts, joined } = termSpans(text);
    expect(parts.map((s) => [s.term, text.slice(s.start, s.end)])).toEqual([['istanbul', 'İstanbul'], ['nur', 'Нұр'], ['sultan', 'Сұлтан']]);
    expect(joined.map((s) => [s.term, text.slice(s.start, s.end)])).toEqual([['nursultan', 'Нұр-Сұлтан']]);
  });
});

describe('page snippets', () => {
  it('shows the words around the first match of each page, every match in them marked', () => {
    const snippets = pageSnippets(REPORT, findTerms(REPORT, ['tulkibas', searchKey('Serikqyzy')]), { context: 20 });
    expect(snippets.map(shown)).toEqual(['Наразылық акциясы [Түлкібас] ауданында өтті. Полиция…', '[Түлкібас] кентінде тағы бір жиналыс…']);
    const wide = pageSnippets(REPORT, findTerms(REPORT, ['tulkibas', searchKey('Serikqyzy')]), { context: 60 });
    expect(marked(wide[1])).toEqual(['Түлкібас', 'Серікқызы']);
  });

  it('cuts at word edges and says where the page goes on', () => {
    const page = { page: 7, text: `${'слово '.repeat(30)}Түлкібас ${'соңы '.repeat(30)}` };
    const [snippet] = pageSnippets([page], findInPages([page], 'Tulkibas'), { context: 30 });
    expect(snippet!.page).toBe(7);
    expect(snippet!.cutBefore && snippet!.cutAfter).toBe(true);
    const text = snippet!.parts.map((p) => p.text).join('');
    expect(text.startsWith('слово ')).toBe(true);
    expect(text.endsWith('соңы')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(30 * 2 + 'Түлкібас'.length + 2);
  });

  it('gives at most the asked number of pages, the first ones', () => {
    const pages = Array.from({ length: 9 }, (_, i) => ({ page: i + 1, text: `бет ${i + 1}: Түлкібас` }));
    expect(pageSnippets(pages, findInPages(pages, 'tulkibas'), { pages: 3 }).map((s) => s.page)).toEqual([1, 2, 3]);
    expect(pageSnippets(pages, [], { pages: 3 })).toEqual([]);
  });
});

// Random words of consonant-vowel syllables, each letter with the Latin spellings people use for it (Russian-style,
// Kazakh Latin 2017–2021, Turkish keyboards). The spellings are written here, apart from the folding rules, so the
// property checks the folding against how people write, not against itself.
const CONSONANTS: Record<string, readonly string[]> = {
  б: ['b'], д: ['d'], ж: ['zh', 'j'], з: ['z'], к: ['k'], қ: ['q', 'k'], л: ['l'], м: ['m'], н: ['n'], р: ['r'],
  с: ['s'], т: ['t'], ш: ['sh', 'ş'], ғ: ['gh', 'g', 'ğ'], х: ['kh', 'h'], п: ['p'], в: ['v'], ф: ['f'],
};
const VOWELS: Record<string, readonly string[]> = {
  а: ['a'], ә: ['a', 'ä'], е: ['e'], и: ['i'], і: ['i'], о: ['o'], ө: ['o', 'ö'], у: ['u'], ұ: ['u', 'ū'], ү: ['u', 'ü'],
  ы: ['y', 'ı'],
};
const letter = (table: Record<string, readonly string[]>) =>
  fc.constantFrom(...Object.keys(table)).chain((cyrillic) => fc.constantFrom(...table[cyrillic]!).map((latin) => ({ cyrillic, latin })));
const word = fc
  .array(fc.tuple(letter(CONSONANTS), letter(VOWELS)), { minLength: 2, maxLength: 4 })
  .chain((syllables) =>
    fc.boolean().map((capital) => {
      const cyrillic = syllables.map(([c, v]) => c.cyrillic + v.cyrillic).join('');
      const latin = syllables.map(([c, v]) => c.latin + v.latin).join('');
      const up = (s: string) => (capital ? s[0]!.toUpperCase() + s.slice(1) : s);
      return { cyrillic: up(cyrillic), latin: up(latin) };
    }),
  );
// Filler that no syllable word can fold to: numbers and signs.
const filler = fc.array(fc.constantFrom('12', '2022', '№ 4', '—', '17.03', '(3)', '45-бап'), { maxLength: 20 }).map((w) => w.join(' '));
const pagesWith = (target: string) =>
  fc.tuple(fc.integer({ min: 1, max: 4 }), filler, filler, fc.constantFrom(' ', '\n', ', ', ' «')).map(([page, before, after, gap]) => {
    const pages = Array.from({ length: page }, (_, i) => ({ page: i + 1, text: i + 1 === page ? `${before}${gap}${target}${gap}${after}` : before }));
    return { page, pages };
  });

describe('snippets fold scripts (properties)', () => {
  it('a Latin spelling marks the Cyrillic word on its page, and a Cyrillic spelling the Latin word', () => {
    const cases = fc.tuple(word, fc.boolean()).chain(([w, latinQuery]) => {
      const [query, written] = latinQuery ? [w.latin, w.cyrillic] : [w.cyrillic, w.latin];
      return pagesWith(written).map((at) => ({ query, written, ...at }));
    });
    fc.assert(
      fc.property(cases, ({ query, written, page, pages }) => {
        // A trailing space: the word is finished, as when a person pastes or types a whole name.
        const snippets = pageSnippets(pages, findInPages(pages, `${query} `));
        expect(snippets.map((s) => s.page)).toEqual([page]);
        expect(marked(snippets[0])).toEqual([written]);
      }),
      { numRuns: 1000 },
    );
  });

  it('what the search index matched is what the snippet marks', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 0, max: 3 }), (w, extra) => {
        const pages = [
          ...Array.from({ length: extra }, (_, i) => ({ page: i + 1, text: `${i + 1} — 2022` })),
          { page: extra + 1, text: `№ 4, ${w.cyrillic} 17.03` },
        ];
        const index = createSearchIndex();
        index.add({ id: 'item', kind: 'evidence', fields: { text: pages.map((p) => p.text).join('\n') } });
        const [hit] = index.search(w.latin);
        expect(hit).toBeDefined();
        const snippets = pageSnippets(pages, findTerms(pages, hit!.terms));
        expect(snippets.map((s) => s.page)).toEqual([extra + 1]);
        expect(marked(snippets[0])).toEqual([w.cyrillic]);
      }),
      { numRuns: 500 },
    );
  });
});
