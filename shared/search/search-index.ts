// Full-text search over cases, people, events, notes, excerpts and evidence, with our own folding so a name is
// found in any script or romanisation. This wrapper owns what a term is (shared/text), how a typed query becomes
// a query tree (query-plan.ts), the index (term-index.ts), BM25 ranking (scoring.ts) and the snapshot format.
import { tokenize } from '../text';
import { planQuery } from './query-plan';
import { cacheKey, ResultCache } from './result-cache';
import { Scorer, type Matches } from './scoring';
import { readSnapshot, SEARCH_SNAPSHOT_FORMAT, SearchSnapshotError } from './snapshot';
import { buildSynonymTable } from './synonyms';
import { TermIndex } from './term-index';

export const SEARCH_KINDS = ['case', 'person', 'event', 'note', 'excerpt', 'evidence'] as const;
export type Kind = (typeof SEARCH_KINDS)[number];

export type SearchDocument = {
  id: string;
  kind: Kind;
  /** Text by field name; every name must be one the index was created with (see DEFAULT_FIELD_WEIGHTS). */
  fields: Record<string, string>;
  /** Multiplies the document's score, e.g. to lift open cases. Defaults to 1. */
  boost?: number;
};

export type Hit = {
  id: string;
  kind: Kind;
  score: number;
  /** The heaviest field that matched; `fields` lists all that did, heaviest first. */
  field: string;
  fields: string[];
  /** Indexed terms that matched (search keys, not the original spelling). */
  terms: string[];
  /** True when nothing matched exactly and the hit comes from the typo-tolerant second pass. */
  approximate: boolean;
};

export type SearchOptions = { kinds?: readonly Kind[]; limit?: number };

export type SearchIndexOptions = {
  /** Groups of names for one thing (a place and its former names); a query word in a group matches them all. */
  synonyms?: readonly (readonly string[])[];
  /** Field names and their weights. Fields are fixed for the life of an index: its statistics are per field. */
  fields?: Readonly<Record<string, number>>;
};

export type SearchIndex = {
  add(doc: SearchDocument): void;
  addAll(docs: Iterable<SearchDocument>): void;
  /** Returns whether a document with that id was there. */
  remove(id: string): boolean;
  /** Adds the document, or replaces the one with the same id. */
  replace(doc: SearchDocument): void;
  has(id: string): boolean;
  readonly size: number;
  search(query: string, options?: SearchOptions): Hit[];
  /** Plain-text snapshot of the whole index, to be encrypted by the caller. */
  toJSON(): string;
  /** Replaces the contents with a snapshot from toJSON(); throws SearchSnapshotError if it does not fit. */
  fromJSON(json: string): void;
};

// A title or name match says more than a match deep in a note, so those fields weigh more.
export const DEFAULT_FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  title: 4, name: 4, aliases: 3, place: 2, tags: 2, summary: 1.5, body: 1, text: 1, note: 1, description: 1,
};

const DEFAULT_LIMIT = 50;
// Typo tolerance only for words long enough that one edit rarely lands on another real name; Masanchi and
// Makanchi are one edit apart, which is why fuzzy matching is a fallback and never mixed with exact hits.
const FUZZY_MIN_LENGTH = 6;

export class UnknownSearchFieldError extends Error {
  override readonly name = 'UnknownSearchFieldError';
}

export class DuplicateSearchDocumentError extends Error {
  override readonly name = 'DuplicateSearchDocumentError';
}

// Field and kind sets are bit masks in scoring.
const MAX_FIELDS = 31;
const EVERY_KIND = (1 << SEARCH_KINDS.length) - 1;

export function createSearchIndex(options: SearchIndexOptions = {}): SearchIndex {
  const weights = { ...(options.fields ?? DEFAULT_FIELD_WEIGHTS) };
  const fieldNames = Object.keys(weights);
  if (fieldNames.length > MAX_FIELDS) throw new RangeError(`a search index takes at most ${MAX_FIELDS} fields`);
  const fieldWeights = fieldNames.map((name) => weights[name] as number);
  const fieldNumbers = new Map(fieldNames.map((name, i) => [name, i]));
  // Field numbers of a match, heaviest first; a field's place in the declaration breaks ties.
  const byWeight = fieldNames.map((_, i) => i).sort((a, b) => (fieldWeights[b] as number) - (fieldWeights[a] as number));
  const synonyms = buildSynonymTable(options.synonyms ?? []);
  let terms = new TermIndex(fieldNames.length);
  let scorer = new Scorer(terms, fieldWeights);
  const cache = new ResultCache();

  function checkFields(doc: SearchDocument): void {
    for (const name of Object.keys(doc.fields)) {
      if (!fieldNumbers.has(name)) throw new UnknownSearchFieldError(`search field "${name}" is not declared for this index`);
    }
  }

  function insert(doc: SearchDocument): void {
    cache.clear();
    terms.add({
      id: doc.id,
      group: SEARCH_KINDS.indexOf(doc.kind),
      boost: doc.boost ?? 1,
      terms: fieldNames.map((name) => {
        const text = doc.fields[name];
        return text === undefined ? null : tokenize(text);
      }),
    });
  }

  function fieldsOf(mask: number): string[] {
    return byWeight.filter((field) => mask & (1 << field)).map((field) => fieldNames[field] as string);
  }

  const index: SearchIndex = {
    add(doc) {
      checkFields(doc);
      if (index.has(doc.id)) throw new DuplicateSearchDocumentError(`search document "${doc.id}" is already in the index`);
      insert(doc);
    },
    addAll(docs) {
      for (const doc of docs) index.add(doc);
    },
    remove(id) {
      if (!terms.remove(id)) return false;
      cache.clear();
      return true;
    },
    replace(doc) {
      checkFields(doc);
      index.remove(doc.id);
      insert(doc);
    },
    has: (id) => terms.numberOf(id) !== undefined,
    get size() {
      return terms.size;
    },
    search(text, searchOptions = {}) {
      const plan = planQuery(text, synonyms);
      if (!plan) return [];
      const kinds = searchOptions.kinds ? [...new Set(searchOptions.kinds)].sort() : null;
      const kindsKey = kinds ? kinds.join(',') : '*';
      const groups = kinds ? kinds.reduce((mask, kind) => mask | (1 << SEARCH_KINDS.indexOf(kind)), 0) : EVERY_KIND;
      const limit = searchOptions.limit ?? DEFAULT_LIMIT;
      const key = cacheKey(plan.positions, kindsKey, limit);
      const cached = cache.get(key);
      if (cached) return cached;

      const candidates = cache.candidates(plan.positions, kindsKey, (docs) => scorer.candidates(docs));
      let matches: Matches | null = candidates?.length === 0 ? null : scorer.match(plan.query, { groups, candidates });
      const matched = matches?.docs ?? [];
      let approximate = false;
      if (matched.length === 0) {
        matches = scorer.match(plan.query, { groups, candidates: null, fuzzyFrom: FUZZY_MIN_LENGTH });
        approximate = true;
      }
      const ranked = scorer.rank(matches as Matches, limit);
      // Which indexed terms each returned hit matched: worked out again for those hits only.
      const indexedTerms = new Map<number, string[]>();
      if (ranked.length > 0) {
        const winners = scorer.candidates(ranked.map((r) => r.doc));
        const details = scorer.match(plan.query, { groups, candidates: winners, fuzzyFrom: approximate ? FUZZY_MIN_LENGTH : undefined }, true);
        details.docs.forEach((doc, i) => indexedTerms.set(doc, details.indexed?.[i] ?? []));
      }
      const hits = ranked.map(({ doc, score, fields: mask }): Hit => {
        const fields = fieldsOf(mask);
        return {
          id: terms.ids[doc] as string,
          kind: SEARCH_KINDS[terms.groups[doc] as number] as Kind,
          score,
          field: fields[0] ?? '',
          fields,
          terms: indexedTerms.get(doc) ?? [],
          approximate,
        };
      });
      cache.remember({ key, positions: plan.positions, kinds: kindsKey, matched: approximate ? [] : matched, hits });
      return [...hits];
    },
    toJSON() {
      return JSON.stringify({ format: SEARCH_SNAPSHOT_FORMAT, fields: weights, index: terms.toData() });
    },
    fromJSON(json) {
      const snapshot = readSnapshot(json);
      const sameFields =
        Object.keys(snapshot.fields).length === fieldNames.length &&
        fieldNames.every((name) => snapshot.fields[name] === weights[name]);
      if (!sameFields || snapshot.index.fieldCount !== fieldNames.length) {
        throw new SearchSnapshotError('search snapshot was built with different fields');
      }
      if (snapshot.index.documents.some(([, group]) => group >= SEARCH_KINDS.length)) throw new SearchSnapshotError('search snapshot has an unknown kind');
      try {
        terms = TermIndex.fromData(snapshot.index);
      } catch (error) {
        if (error instanceof RangeError) throw new SearchSnapshotError(`search snapshot is damaged: ${error.message}`);
        throw error;
      }
      scorer = new Scorer(terms, fieldWeights);
      cache.clear();
    },
  };
  return index;
}
