import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articlesOf,
  findIntegrityProblems,
  loadCatalog,
  mergeVocabulary,
  parseUserVocabulary,
  recommendationsFor,
  searchCatalog,
  suggestArticles,
  type Catalog,
  type UserVocabulary,
} from '../../../../shared/catalog';

// Format 2: an organisation adds law articles, its own instruments, recommendations and opinions.
const formatTwo = () => ({
  format: 'tamga-vocabulary',
  formatVersion: 2,
  namespace: 'KIBHR',
  version: '2022-01',
  name: { en: 'KIBHR monitoring terms' },
  entries: [
    {
      id: 'KIBHR:ASSEMBLIES-2020-8',
      kind: 'article',
      instrument: 'KZ-LAW-ASSEMBLIES-2020',
      number: '8',
      label: { en: 'Venues designated by the akimat', ru: 'Места, определённые акиматом' },
      engages: ['ICCPR-21'],
    },
    { id: 'KIBHR:MONITORING-GUIDE', kind: 'instrument', family: 'standard', shortName: 'KIBHR guide', label: { en: 'KIBHR guide to monitoring assemblies' } },
    { id: 'KIBHR:MONITORING-GUIDE-3', kind: 'article', instrument: 'KIBHR:MONITORING-GUIDE', number: '3', substantive: false, label: { en: 'Safety of monitors' } },
    {
      id: 'KIBHR:REC-2021-4',
      kind: 'recommendation',
      document: 'KIBHR shadow report 2021',
      paragraph: '4',
      label: { en: 'Repeal the venue restrictions' },
      concerns: ['KIBHR:ASSEMBLIES-2020-8', 'ICCPR-21'],
    },
    { id: 'KIBHR:OPINION-2021-07', kind: 'opinion', symbol: 'KIBHR/OP/2021/07', adopted: '2021-07-06', label: { en: 'Legal opinion on kettling' }, engages: ['ICCPR-9'] },
  ],
});

function merged(json: unknown, catalog: Catalog = loadCatalog()): Catalog {
  const parsed = parseUserVocabulary(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const result = mergeVocabulary(catalog, parsed.value);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function issuesOf(json: unknown): unknown[] {
  const parsed = parseUserVocabulary(json);
  if (!parsed.ok) return parsed.error;
  const result = mergeVocabulary(loadCatalog(), parsed.value);
  return result.ok ? [] : result.error;
}

describe('vocabulary entries beyond violation types, topics and places', () => {
  it('adds an article to a shipped law the catalog holds at title level, listed under it and found by search', () => {
    const catalog = merged(formatTwo());
    expect(articlesOf('KZ-LAW-ASSEMBLIES-2020', catalog).map((a) => a.id)).toEqual(['KIBHR:ASSEMBLIES-2020-8']);
    expect(articlesOf('KZ-LAW-ASSEMBLIES-2020', loadCatalog())).toEqual([]);
    expect(searchCatalog('venues akimat', 'en', 5, catalog)[0]?.id).toBe('KIBHR:ASSEMBLIES-2020-8');
    expect(suggestArticles('KIBHR:ASSEMBLIES-2020-8', catalog).map((e) => e.id)).toEqual(['ICCPR-21']);
  });

  it('adds an instrument of its own with its articles, a recommendation about them and an opinion', () => {
    const catalog = merged(formatTwo());
    expect(catalog.entries.get('KIBHR:MONITORING-GUIDE')).toMatchObject({ kind: 'instrument', family: 'standard', origin: 'user' });
    expect(articlesOf('KIBHR:MONITORING-GUIDE', catalog).map((a) => [a.number, a.substantive])).toEqual([['3', false]]);
    expect(recommendationsFor('KIBHR:ASSEMBLIES-2020-8', catalog).map((r) => r.id)).toEqual(['KIBHR:REC-2021-4']);
    expect(recommendationsFor('ICCPR', catalog).map((r) => r.id)).toContain('KIBHR:REC-2021-4');
    expect(catalog.entries.get('KIBHR:OPINION-2021-07')).toMatchObject({ kind: 'instrument', family: 'document', symbol: 'KIBHR/OP/2021/07' });
    expect(searchCatalog('KIBHR/OP/2021/07', 'en', 3, catalog)[0]?.id).toBe('KIBHR:OPINION-2021-07');
    expect(findIntegrityProblems(catalog)).toEqual([]);
  });

  it('accepts the example in docs/vocabulary-format.md, every kind of entry in it', () => {
    const doc = readFileSync(new URL('../../../../docs/vocabulary-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## User vocabulary files')))![1]!;
    const catalog = merged(JSON.parse(example));
    expect(articlesOf('KIBHR:MONITORING-GUIDE', catalog).map((a) => a.id)).toEqual(['KIBHR:MONITORING-GUIDE-3']);
  });

  it('keeps a format 1 vocabulary loading as it always did', () => {
    const one = { ...formatTwo(), formatVersion: 1, entries: [{ id: 'KIBHR:VT-X', kind: 'violation-type', label: { en: 'x' }, engages: ['ICCPR-9'] }] };
    expect(merged(one).entries.get('KIBHR:VT-X')).toMatchObject({ kind: 'violation-type', engages: ['ICCPR-9'] });
  });

  it('refuses the new kinds in a file that says format 1, so an older reader is never handed them', () => {
    expect(issuesOf({ ...formatTwo(), formatVersion: 1 })).toContainEqual({
      path: ['entries', 0, 'kind'],
      key: 'vocabulary.kindNeedsNewerFormat',
      params: { kind: 'article', version: '2' },
    });
  });

  it.each([
    ['an article without its instrument', { id: 'KIBHR:A', kind: 'article', number: '3', label: { en: 'a' } }, ['entries', 0, 'instrument'], 'vocabulary.missingField'],
    ['an article without its number', { id: 'KIBHR:A', kind: 'article', instrument: 'ICCPR', label: { en: 'a' } }, ['entries', 0, 'number'], 'vocabulary.missingField'],
    ['a paragraph-style number', { id: 'KIBHR:A', kind: 'article', instrument: 'ICCPR', number: '3 (1)', label: { en: 'a' } }, ['entries', 0, 'number'], 'vocabulary.badFormat'],
    ['a number on a violation type', { id: 'KIBHR:A', kind: 'violation-type', number: '3', label: { en: 'a' } }, ['entries', 0, 'number'], 'vocabulary.fieldNotForKind'],
    ['engages on a place', { id: 'KIBHR:A', kind: 'place', engages: ['ICCPR-9'], label: { en: 'a' } }, ['entries', 0, 'engages'], 'vocabulary.fieldNotForKind'],
    ['a family on an opinion', { id: 'KIBHR:A', kind: 'opinion', family: 'treaty', label: { en: 'a' } }, ['entries', 0, 'family'], 'vocabulary.fieldNotForKind'],
    ['an article of a violation type', { id: 'KIBHR:A', kind: 'article', instrument: 'VT-KETTLING', number: '1', label: { en: 'a' } }, ['entries', 0, 'instrument'], 'vocabulary.notAnInstrument'],
    ['an article of nothing', { id: 'KIBHR:A', kind: 'article', instrument: 'KZ-LAW-NONE', number: '1', label: { en: 'a' } }, ['entries', 0, 'instrument'], 'vocabulary.unknownReference'],
    ['a recommendation about nothing', { id: 'KIBHR:A', kind: 'recommendation', concerns: ['ICCPR-99'], label: { en: 'a' } }, ['entries', 0, 'concerns', 0], 'vocabulary.unknownReference'],
  ])('reports %s where the author wrote it', (_name, entry, path, key) => {
    expect(issuesOf({ ...formatTwo(), entries: [entry] })).toContainEqual(expect.objectContaining({ path, key }));
  });

  it('takes a newer version’s articles off the shipped law when they are retired, and keeps the old ids resolvable', () => {
    const first = merged(formatTwo());
    const next = formatTwo();
    next.version = '2022-06';
    next.entries = next.entries.filter((e) => e.id !== 'KIBHR:ASSEMBLIES-2020-8' && e.id !== 'KIBHR:REC-2021-4');
    const second = merged({ ...next, retiredIds: { 'KIBHR:ASSEMBLIES-2020-8': { note: 'moved to the catalog' }, 'KIBHR:REC-2021-4': { note: 'done' } } }, first);
    expect(articlesOf('KZ-LAW-ASSEMBLIES-2020', second)).toEqual([]);
    expect(articlesOf('KIBHR:MONITORING-GUIDE', second).map((a) => a.id)).toEqual(['KIBHR:MONITORING-GUIDE-3']);
  });
});

// Entries of every kind, each with only the fields its kind uses, as an author might write them.
const label = fc.record({ en: fc.string({ minLength: 1, maxLength: 20 }) });
const articleNumber = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined })).map(([n, k]) => (k ? `${n}-${k}` : String(n)));
const entryOf = (i: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('violation-type'), label, engages: fc.subarray(['ICCPR-9', 'ICCPR-21', 'CAT-2']) }),
    fc.record({ kind: fc.constant('topic'), label, engages: fc.subarray(['SDG-16.10', 'ICESCR-8']) }),
    fc.record({ kind: fc.constant('place'), label, parent: fc.constantFrom('GEO-ALMATY', 'GEO-ATYRAU') }),
    fc.record({ kind: fc.constant('article'), label, instrument: fc.constantFrom('KZ-LAW-CHARITY-2015', 'KZ-APPC', 'ICCPR'), number: articleNumber }),
    fc.record({ kind: fc.constant('instrument'), label, family: fc.constantFrom('standard', 'domestic', 'document'), country: fc.constant('KZ') }),
    fc.record({ kind: fc.constant('opinion'), label, symbol: fc.string({ minLength: 1, maxLength: 20 }), adopted: fc.constantFrom('2021', '2021-07', '2021-07-06') }),
    fc.record({ kind: fc.constant('recommendation'), label, concerns: fc.subarray(['ICCPR-19', 'KZ-CC-174']), response: fc.constantFrom('supported', 'noted') }),
  ).map((entry) => ({ id: `ORG:E-${i}`, ...entry }));
const vocabulary = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryOf(i))))
  .map((entries) => ({ format: 'tamga-vocabulary', formatVersion: 2, namespace: 'ORG', version: '1', name: { en: 'Org' }, entries }));

describe('parseUserVocabulary over generated files', () => {
  it('accepts every well-formed entry, reads the same file back from its JSON, and merges it with no integrity problem', () => {
    fc.assert(
      fc.property(vocabulary, (json) => {
        const first = parseUserVocabulary(json);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseUserVocabulary(JSON.parse(JSON.stringify(first.value)) as unknown);
        expect(again).toEqual(first);
        const catalog = mergeVocabulary(loadCatalog(), first.value as UserVocabulary);
        expect(catalog.ok).toBe(true);
        if (catalog.ok) expect(findIntegrityProblems(catalog.value)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('names the field whenever an entry carries one its kind does not use', () => {
    const misplaced = fc.tuple(vocabulary, fc.constantFrom(['number', '7'], ['symbol', 'X/1'], ['concerns', ['ICCPR-19']], ['family', 'treaty'], ['parent', 'GEO-ALMATY']));
    fc.assert(
      fc.property(misplaced, ([json, [field, value]]) => {
        const entry = json.entries[0] as Record<string, unknown>;
        const allowed: Record<string, string[]> = {
          number: ['article'],
          symbol: ['instrument', 'opinion'],
          concerns: ['recommendation'],
          family: ['instrument'],
          parent: ['place', 'instrument', 'opinion'],
        };
        if (allowed[field as string]!.includes(entry.kind as string) || field in entry) return;
        const result = parseUserVocabulary({ ...json, entries: [{ ...entry, [field as string]: value }, ...json.entries.slice(1)] });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toContainEqual({ path: ['entries', 0, field], key: 'vocabulary.fieldNotForKind', params: { field, kind: entry.kind } });
      }),
      { numRuns: 80 },
    );
  });
});

describe('violation types suggest every article they engage', () => {
  it.each([
    ['VT-KETTLING', ['ICCPR-9', 'ICCPR-12', 'ICCPR-21']],
    ['VT-TORTURE', ['CAT-2', 'ICCPR-7']],
  ])('%s suggests %j', (id, articles) => {
    expect(suggestArticles(id).map((entry) => entry.id)).toEqual(expect.arrayContaining(articles));
  });
});
