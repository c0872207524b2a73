import fc from 'fast-check';
import MiniSearch, { type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, SEARCH_KINDS, type Hit, type Kind, type SearchDocument } from '../../../../shared/search';
import { planQuery, type QueryNode } from '../../../../shared/search/query-plan';
import { buildSynonymTable } from '../../../../shared/search/synonyms';
import { tokenize } from '../../../../shared/text';

// The index scores with its own postings since MiniSearch became too slow to rank per keystroke. The reference
// here is MiniSearch itself, set up as the index used it before: same terms, field weights, query trees, document
// boosts and typo-tolerant fallback. Random histories of adds, replacements and removals must rank alike.
const FIELDS = { title: 4, name: 4, place: 2, text: 1 };
const WORDS = ['Ильяшев', 'Ilyashev', 'Алнур', 'Alnur', 'Тоқаев', 'Tokayev', 'Akhmetov', 'Ақтөбе', 'Aktobe', 'Astana', 'Нұр-Сұлтан', 'Akmola', 'Kharkova', 'Масанчи', 'Makanchi', 'detained', 'in', 'court'];
const SYNONYMS = [['Astana', 'Nur-Sultan', 'Akmola', 'Астана', 'Нұр-Сұлтан'], ['Aktobe', 'Ақтөбе', 'Aktyubinsk']];

type Op = { op: 'put'; doc: SearchDocument } | { op: 'remove'; id: string };

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const doc = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  kind: fc.constantFrom<Kind>('case', 'person', 'event'),
  fields: fc.record({ title: text, name: text, place: text, text: fc.oneof(text, fc.constant('')) }, { requiredKeys: [] }),
  boost: fc.option(fc.constantFrom(0.5, 2), { nil: undefined }),
});
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: doc.map((d) => ({ op: 'put' as const, doc: d })) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'c', 'd').map((id) => ({ op: 'remove' as const, id })) },
);
// Whole words, prefixes of one or two words, misspellings for the fuzzy pass, with or without a trailing space.
const query = fc
  .tuple(fc.array(fc.constantFrom(...WORDS, 'Ilyashov', 'Kharkowa', 'Nur Sultan'), { minLength: 1, maxLength: 2 }), fc.nat(6), fc.boolean())
  .map(([words, cut, space]) => {
    const whole = words.join(' ');
    return `${whole.slice(0, Math.max(2, whole.length - cut))}${space ? ' ' : ''}`;
  });

function toMiniSearch(node: QueryNode): Query {
  if (node.op === 'term') return { queries: [node.term], prefix: node.prefix };
  return { combineWith: node.op === 'all' ? 'AND' : 'OR', queries: node.of.map(toMiniSearch) };
}

function reference() {
  const mini = new MiniSearch<SearchDocument>({
    fields: Object.keys(FIELDS),
    storeFields: ['kind', 'boost'],
    extractField: (d, name) => (name === 'id' || name === 'kind' || name === 'boost' ? d[name] : d.fields[name]),
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: FIELDS },
  });
  const docs = new Map<string, SearchDocument>();
  const synonyms = buildSynonymTable(SYNONYMS);
  return {
    apply(step: Op) {
      const id = step.op === 'put' ? step.doc.id : step.id;
      const before = docs.get(id);
      if (before) mini.remove(before);
      docs.delete(id);
      if (step.op === 'put') {
        mini.add(step.doc);
        docs.set(id, step.doc);
      }
    },
    search(text: string, kinds?: readonly Kind[]): { scores: Map<string, number>; approximate: boolean } {
      const plan = planQuery(text, synonyms);
      if (!plan) return { scores: new Map(), approximate: false };
      const boostDocument = (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
        kinds && !kinds.includes(stored?.kind as Kind) ? 0 : ((stored?.boost as number | undefined) ?? 1);
      let results = mini.search(toMiniSearch(plan.query), { boostDocument });
      let approximate = false;
      if (results.length === 0) {
        results = mini.search(toMiniSearch(plan.query), { boostDocument, fuzzy: (term: string) => (term.length >= 6 ? 1 : false) });
        approximate = true;
      }
      return { scores: new Map(results.map((r) => [r.id as string, r.score])), approximate };
    },
  };
}

function expectSameRanking(hits: Hit[], expected: { scores: Map<string, number>; approximate: boolean }, label: string): void {
  expect(hits.map((h) => h.id).sort(), label).toEqual([...expected.scores.keys()].sort());
  for (const hit of hits) {
    expect(hit.score, `${label} ${hit.id}`).toBeCloseTo(expected.scores.get(hit.id) as number, 9);
    expect(hit.approximate, label).toBe(expected.approximate);
  }
  for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score, label).toBeGreaterThanOrEqual(hits[i]!.score - 1e-9);
}

describe('ranking', () => {
  it('scores as MiniSearch did, after any history of adds, replacements and removals', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(query, { minLength: 1, maxLength: 6 }), fc.option(fc.subarray([...SEARCH_KINDS], { minLength: 1 }), { nil: undefined }), (ops, queries, kinds) => {
        const index = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
        const expected = reference();
        for (const step of ops) {
          if (step.op === 'put') index.replace(step.doc);
          else index.remove(step.id);
          expected.apply(step);
        }
        for (const q of queries) expectSameRanking(index.search(q, { kinds, limit: 100 }), expected.search(q, kinds), `${q} ${kinds}`);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the best of the matches at a limit, ties in the order the documents arrived', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 20 }), query, fc.integer({ min: 1, max: 6 }), (docs, q, limit) => {
        const index = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
        for (const d of docs) index.replace(d);
        const all = index.search(q, { limit: 100 });
        expect(index.search(q, { limit })).toEqual(all.slice(0, limit));
        const arrival = new Map<string, number>();
        docs.forEach((d, i) => arrival.set(d.id, i));
        for (let i = 1; i < all.length; i++) {
          if (all[i - 1]!.score === all[i]!.score) expect(arrival.get(all[i - 1]!.id)!).toBeLessThan(arrival.get(all[i]!.id)!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives at every keystroke, typed or deleted, what a copy of the index with nothing cached gives', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 30 }), fc.array(query, { minLength: 1, maxLength: 3 }), (docs, queries) => {
        const typing = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
        for (const d of docs) typing.replace(d);
        const snapshot = typing.toJSON();
        for (const q of queries) {
          const steps = Array.from(q, (_, i) => q.slice(0, i + 1));
          for (const typed of [...steps, ...steps.reverse()]) {
            const scratch = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
            scratch.fromJSON(snapshot);
            expect(typing.search(typed), typed).toEqual(scratch.search(typed));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('survives a snapshot round trip with the same hits, whatever the history', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(query, { minLength: 1, maxLength: 4 }), (ops, queries) => {
        const index = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
        for (const step of ops) {
          if (step.op === 'put') index.replace(step.doc);
          else index.remove(step.id);
        }
        const copy = createSearchIndex({ synonyms: SYNONYMS, fields: FIELDS });
        copy.fromJSON(index.toJSON());
        expect(copy.size).toBe(index.size);
        for (const q of queries) expect(copy.search(q), q).toEqual(index.search(q));
      }),
      { numRuns: 200 },
    );
  });
});
