// Full-text search over cases, people, events, notes, excerpts and evidence, with our own folding so a name is
// found in any script or romanisation. MiniSearch does the ranking (BM25); this wrapper owns what a term is,
// how a typed query becomes a query tree, and the snapshot format.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { tokenize } from '../text';
import { planQuery } from './query-plan';
import { cacheKey, ResultCache } from './result-cache';
import { readSnapshot, SEARCH_SNAPSHOT_FORMAT, SearchSnapshotError } from './snapshot';
import { buildSynonymTable } from './synonyms';

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
  /** Field names and their weights. Fields are fixed for the life of an index, as MiniSearch requires. */
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

type Stored = { kind: Kind; boost?: number };

export function createSearchIndex(options: SearchIndexOptions = {}): SearchIndex {
  const weights = { ...(options.fields ?? DEFAULT_FIELD_WEIGHTS) };
  const fieldNames = Object.keys(weights);
  const synonyms = buildSynonymTable(options.synonyms ?? []);
  const miniOptions: Options<SearchDocument> = {
    fields: fieldNames,
    storeFields: ['kind', 'boost'],
    extractField: (doc, name) => (name === 'id' || name === 'kind' || name === 'boost' ? doc[name] : doc.fields[name]),
    tokenize,
    // Terms are already search keys; MiniSearch's default would lowercase them again.
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term, boost: weights },
  };
  let mini = new MiniSearch<SearchDocument>(miniOptions);
  const cache = new ResultCache();
  // Documents with a boost other than 1. While there are none, and no kind filter or candidate set applies,
  // MiniSearch gets no boostDocument callback at all: it would be called once per posting of every matched term.
  let boosted = 0;
  const isBoosted = (boost: unknown) => typeof boost === 'number' && boost !== 1;

  function forget(id: string): void {
    if (isBoosted((mini.getStoredFields(id) as Stored | undefined)?.boost)) boosted--;
    mini.discard(id);
  }

  function insert(doc: SearchDocument): void {
    cache.clear();
    mini.add(doc);
    if (isBoosted(doc.boost)) boosted++;
  }

  // Returning 0 makes MiniSearch skip the posting before scoring it, which is what makes kind filters and
  // narrowing cheap: a filter on results would only run after every match had been scored.
  function documentBoost(kinds: ReadonlySet<Kind> | null, candidates: ReadonlySet<string> | null) {
    if (!kinds && !candidates && boosted === 0) return undefined;
    return (id: unknown, _term: string, stored?: Record<string, unknown>): number => {
      if (candidates && !candidates.has(id as string)) return 0;
      const { kind, boost } = (stored ?? {}) as Stored;
      if (kinds && !kinds.has(kind)) return 0;
      return boost ?? 1;
    };
  }

  function checkFields(doc: SearchDocument): void {
    for (const name of Object.keys(doc.fields)) {
      if (!(name in weights)) throw new UnknownSearchFieldError(`search field "${name}" is not declared for this index`);
    }
  }

  function toHit(result: SearchResult, approximate: boolean): Hit {
    const matched = new Set<string>();
    for (const fields of Object.values(result.match)) for (const f of fields) matched.add(f);
    const fields = [...matched].sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
    return {
      id: result.id as string,
      kind: result.kind as Kind,
      score: result.score,
      field: fields[0] ?? '',
      fields,
      terms: result.terms,
      approximate,
    };
  }

  const index: SearchIndex = {
    add(doc) {
      checkFields(doc);
      insert(doc);
    },
    addAll(docs) {
      for (const doc of docs) index.add(doc);
    },
    remove(id) {
      if (!mini.has(id)) return false;
      cache.clear();
      forget(id);
      return true;
    },
    replace(doc) {
      checkFields(doc);
      if (mini.has(doc.id)) forget(doc.id);
      insert(doc);
    },
    has: (id) => mini.has(id),
    get size() {
      return mini.documentCount;
    },
    search(text, searchOptions = {}) {
      const plan = planQuery(text, synonyms);
      if (!plan) return [];
      const kinds = searchOptions.kinds ? new Set<Kind>(searchOptions.kinds) : null;
      const kindsKey = kinds ? [...kinds].sort().join(',') : '*';
      const limit = searchOptions.limit ?? DEFAULT_LIMIT;
      const key = cacheKey(plan.positions, kindsKey, limit);
      const cached = cache.get(key);
      if (cached) return cached;

      const candidates = cache.candidates(plan.positions, kindsKey);
      let results = candidates?.size === 0 ? [] : mini.search(plan.query, { boostDocument: documentBoost(kinds, candidates) });
      const matched = results.map((r) => r.id as string);
      let approximate = false;
      if (results.length === 0) {
        results = mini.search(plan.query, {
          boostDocument: documentBoost(kinds, null),
          fuzzy: (term: string) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
        });
        approximate = true;
      }
      const hits = results.slice(0, limit).map((r) => toHit(r, approximate));
      cache.remember({ key, positions: plan.positions, kinds: kindsKey, matched, hits });
      return [...hits];
    },
    toJSON() {
      return JSON.stringify({ format: SEARCH_SNAPSHOT_FORMAT, fields: weights, index: mini.toJSON() });
    },
    fromJSON(json) {
      const snapshot = readSnapshot(json);
      const sameFields =
        Object.keys(snapshot.fields).length === fieldNames.length &&
        fieldNames.every((name) => snapshot.fields[name] === weights[name]);
      if (!sameFields) throw new SearchSnapshotError('search snapshot was built with different fields');
      mini = MiniSearch.loadJS(snapshot.index as unknown as Parameters<typeof MiniSearch.loadJS>[0], miniOptions);
      cache.clear();
      const stored = (snapshot.index as { storedFields?: Record<string, Stored> }).storedFields ?? {};
      boosted = Object.values(stored).filter((s) => isBoosted(s?.boost)).length;
    },
  };
  return index;
}
