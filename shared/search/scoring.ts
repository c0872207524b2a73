// Scores a query tree against a TermIndex with BM25, as MiniSearch did before the index was our own: each
// matching term adds weight × field weight × BM25 per field it occurs in, a term found only as a longer word's
// prefix or one edit away weighs less, every word of an AND must match, and the sum is multiplied by how many
// distinct query terms matched and by the document's boost.
// Work per keystroke is one pass over the postings of the terms that match, into arrays reused between searches;
// objects are made only for the hits returned. A search limited to candidates (see result-cache.ts) looks them up
// in long postings by binary search instead of walking the postings.
import { lowerBound, type Posting, type TermIndex, type TermPostings } from './term-index';
import type { QueryNode } from './query-plan';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// Binary search per candidate beats walking a posting list once the list is this many times longer.
const LOOKUP_RATIO = 8;
// An AND passes what its first words matched on as candidates only when they are under 1/NARROW_RATIO of the index.
const NARROW_RATIO = 16;

/** Documents a search may match, as ascending numbers: posting lists are walked alongside or searched. */
export type Candidates = Int32Array;

export type ScoreOptions = {
  /** Bit per document group (kind) that may match. */
  groups: number;
  candidates: Candidates | null;
  /** Also match terms one edit away from query terms at least this long. */
  fuzzyFrom?: number;
};

/** Matches of a query tree, one entry per document, in no particular order. */
export type Matches = {
  docs: number[];
  scores: number[];
  /** Bit per field the document matched in. */
  fields: number[];
  /** Bit per distinct query term it matched, `words` 32-bit words per document. */
  queryTerms: number[];
  words: number;
  /** Only when details were asked for: the indexed terms each document matched, in the order first met. */
  indexed?: string[][];
};

export type Ranked = { doc: number; score: number; fields: number };

type Derived = { term: string; weight: number; postings: TermPostings };

export class Scorer {
  // Per document number: the search that last touched it, and its position in that search's matches.
  private stamp = new Int32Array(0);
  private slot = new Int32Array(0);
  private epoch = 0;
  // Per document number, cleared after each use: for sorting many document numbers in one pass.
  private seen = new Uint8Array(0);

  constructor(private readonly index: TermIndex, private readonly fieldWeights: readonly number[]) {}

  /** Every document matching `query`, with its score before the per-document multipliers. */
  match(query: QueryNode, options: ScoreOptions, details = false): Matches {
    if (this.stamp.length < this.index.capacity) {
      this.stamp = new Int32Array(this.index.capacity * 2);
      this.slot = new Int32Array(this.index.capacity * 2);
      this.epoch = 0;
    }
    const bits = new Map<string, number>();
    collectTerms(query, bits);
    const words = Math.max(1, Math.ceil(bits.size / 32));
    return this.evaluate(query, { ...options, details, bits, words }, options.candidates);
  }

  /** Distinct document numbers as Candidates. */
  candidates(docs: readonly number[]): Candidates {
    const { capacity } = this.index;
    // A few sort quickly; many are read back off marks in one pass over every number, faster than sorting.
    if (docs.length * 32 < capacity) return Int32Array.from(docs).sort();
    if (this.seen.length < capacity) this.seen = new Uint8Array(capacity * 2);
    const { seen } = this;
    for (const doc of docs) seen[doc] = 1;
    const sorted = new Int32Array(docs.length);
    let n = 0;
    for (let doc = 0; doc < capacity; doc++) {
      if (seen[doc]) {
        seen[doc] = 0;
        sorted[n++] = doc;
      }
    }
    return sorted;
  }

  /** The `limit` best of `matches`: score × distinct query terms × boost, ties in the order documents arrived. */
  rank(matches: Matches, limit: number): Ranked[] {
    const { boosts } = this.index;
    const heap: Ranked[] = [];
    // A min-heap of the best so far: the root is the one the next better match evicts.
    const worse = (a: Ranked, b: Ranked) => a.score < b.score || (a.score === b.score && a.doc > b.doc);
    for (let i = 0; i < matches.docs.length; i++) {
      const doc = matches.docs[i] as number;
      let quality = 0;
      for (let w = 0; w < matches.words; w++) quality += bitCount(matches.queryTerms[i * matches.words + w] as number);
      const score = (matches.scores[i] as number) * quality * (boosts[doc] as number);
      if (heap.length < limit) {
        heap.push({ doc, score, fields: matches.fields[i] as number });
        siftUp(heap, heap.length - 1, worse);
      } else if (limit > 0) {
        const least = heap[0] as Ranked;
        if (least.score > score || (least.score === score && least.doc < doc)) continue;
        heap[0] = { doc, score, fields: matches.fields[i] as number };
        siftDown(heap, 0, worse);
      }
    }
    return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  private evaluate(node: QueryNode, context: Context, candidates: Candidates | null): Matches {
    if (node.op === 'term') return this.term(node, context, candidates);
    let result: Matches | null = null;
    let within = candidates;
    node.of.forEach((child, i) => {
      if (node.op === 'all' && result?.docs.length === 0) return;
      const matches = this.evaluate(child, context, within);
      result = !result ? matches : node.op === 'all' ? this.intersect(result, matches) : this.unite(result, matches);
      // Later words of an AND need only look at documents the earlier ones matched, when those are few enough
      // that marking them costs less than scoring every posting of the later words.
      if (node.op === 'all' && i < node.of.length - 1 && result.docs.length * NARROW_RATIO < this.index.capacity) {
        within = this.candidates(result.docs);
      }
    });
    return result ?? empty(context);
  }

  private derive(node: { term: string; prefix: boolean }, context: Context): Derived[] {
    const { terms } = this.index;
    const exact = terms.get(node.term);
    const longer: Derived[] = [];
    if (node.prefix) {
      for (const [term, postings] of terms.atPrefix(node.term)) {
        const distance = term.length - node.term.length;
        if (distance > 0) longer.push({ term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), postings });
      }
    }
    const near: Derived[] = [];
    if (context.fuzzyFrom !== undefined && node.term.length >= context.fuzzyFrom) {
      for (const [term, [postings, distance]] of terms.fuzzyGet(node.term, 1)) {
        if (distance === 0 || (node.prefix && term.startsWith(node.term))) continue;
        near.push({ term, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance), postings });
      }
    }
    // The tree's order depends on the order terms arrived in; sums must not, or a rebuilt index would rank ties
    // differently from the one it was rebuilt from.
    const alphabetical = (a: Derived, b: Derived) => (a.term < b.term ? -1 : 1);
    return [...(exact ? [{ term: node.term, weight: 1, postings: exact }] : []), ...longer.sort(alphabetical), ...near.sort(alphabetical)];
  }

  private term(node: { term: string; prefix: boolean }, context: Context, candidates: Candidates | null): Matches {
    const { index, fieldWeights } = this;
    const { groups, boosts, fieldLengths } = index;
    const documents = index.size;
    const epoch = this.nextEpoch();
    const { stamp, slot } = this;
    const docs: number[] = [];
    const scores: number[] = [];
    const fields: number[] = [];
    const indexed: string[][] | undefined = context.details ? [] : undefined;
    for (const { term, weight, postings } of this.derive(node, context)) {
      for (let field = 0; field < postings.length; field++) {
        const posting = postings[field];
        if (!posting || posting.docs.length === 0) continue;
        const matching = posting.docs.length;
        const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
        const average = index.averages[field] as number;
        const lengths = fieldLengths[field] as number[];
        const factor = weight * (fieldWeights[field] as number) * idf;
        const bit = 1 << field;
        const visit = (doc: number, count: number) => {
          if (boosts[doc] === 0 || (context.groups & (1 << (groups[doc] as number))) === 0) return;
          const score = factor * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * (lengths[doc] as number)) / average)));
          let at: number;
          if (stamp[doc] !== epoch) {
            stamp[doc] = epoch;
            at = docs.length;
            slot[doc] = at;
            docs.push(doc);
            scores.push(score);
            fields.push(bit);
            indexed?.push([]);
          } else {
            at = slot[doc] as number;
            scores[at]! += score;
            fields[at]! |= bit;
          }
          const seen = indexed?.[at];
          if (seen && !seen.includes(term)) seen.push(term);
        };
        walk(posting, candidates, visit);
      }
    }
    const bit = context.bits.get(node.term) as number;
    const queryTerms = new Array<number>(docs.length * context.words).fill(0);
    for (let i = 0; i < docs.length; i++) queryTerms[i * context.words + (bit >>> 5)] = 1 << (bit & 31);
    return { docs, scores, fields, queryTerms, words: context.words, indexed };
  }

  // Both sides' scores, fields and terms, for documents in both; `a`'s terms come first, as in MiniSearch.
  private intersect(a: Matches, b: Matches): Matches {
    this.positions(a);
    const out = emptyLike(a);
    for (let j = 0; j < b.docs.length; j++) {
      const doc = b.docs[j] as number;
      if (this.stamp[doc] !== this.epoch) continue;
      const i = this.slot[doc] as number;
      out.docs.push(doc);
      out.scores.push((a.scores[i] as number) + (b.scores[j] as number));
      out.fields.push((a.fields[i] as number) | (b.fields[j] as number));
      for (let w = 0; w < a.words; w++) out.queryTerms.push((a.queryTerms[i * a.words + w] as number) | (b.queryTerms[j * a.words + w] as number));
      out.indexed?.push(merged(a.indexed?.[i], b.indexed?.[j]));
    }
    return out;
  }

  // Every document of either side; one on both sides adds the two. Grows `a`, which no one else holds.
  private unite(a: Matches, b: Matches): Matches {
    this.positions(a);
    const { docs, scores, fields, indexed, queryTerms: terms } = a;
    for (let j = 0; j < b.docs.length; j++) {
      const doc = b.docs[j] as number;
      if (this.stamp[doc] === this.epoch) {
        const i = this.slot[doc] as number;
        scores[i]! += b.scores[j] as number;
        fields[i]! |= b.fields[j] as number;
        for (let w = 0; w < a.words; w++) terms[i * a.words + w]! |= b.queryTerms[j * a.words + w] as number;
        if (indexed) indexed[i] = merged(indexed[i], b.indexed?.[j]);
      } else {
        docs.push(doc);
        scores.push(b.scores[j] as number);
        fields.push(b.fields[j] as number);
        for (let w = 0; w < a.words; w++) terms.push(b.queryTerms[j * a.words + w] as number);
        indexed?.push(b.indexed?.[j] ?? []);
      }
    }
    return a;
  }

  /** Stamps `matches`' documents with a new epoch and their positions, for lookups until the next epoch. */
  private positions(matches: Matches): void {
    const epoch = this.nextEpoch();
    for (let i = 0; i < matches.docs.length; i++) {
      const doc = matches.docs[i] as number;
      this.stamp[doc] = epoch;
      this.slot[doc] = i;
    }
  }
}

type Context = ScoreOptions & { details: boolean; bits: Map<string, number>; words: number };

function collectTerms(node: QueryNode, bits: Map<string, number>): void {
  if (node.op === 'term') {
    if (!bits.has(node.term)) bits.set(node.term, bits.size);
  } else {
    for (const child of node.of) collectTerms(child, bits);
  }
}

function walk(posting: Posting, candidates: Candidates | null, visit: (doc: number, count: number) => void): void {
  const { docs, counts } = posting;
  if (!candidates) {
    for (let i = 0; i < docs.length; i++) visit(docs[i] as number, counts[i] as number);
  } else if (candidates.length * LOOKUP_RATIO < docs.length) {
    let at = 0;
    for (const doc of candidates) {
      at = lowerBound(docs, doc, at);
      if (at === docs.length) return;
      if (docs[at] === doc) visit(doc, counts[at] as number);
    }
  } else {
    // Both ascending: step through them side by side.
    let i = 0;
    let j = 0;
    while (i < docs.length && j < candidates.length) {
      const doc = docs[i] as number;
      const candidate = candidates[j] as number;
      if (doc < candidate) i++;
      else if (doc > candidate) j++;
      else {
        visit(doc, counts[i] as number);
        i++;
        j++;
      }
    }
  }
}

function merged(first: string[] | undefined, second: string[] | undefined): string[] {
  const out = [...(first ?? [])];
  for (const term of second ?? []) if (!out.includes(term)) out.push(term);
  return out;
}

function empty(context: Context): Matches {
  return { docs: [], scores: [], fields: [], queryTerms: [], words: context.words, indexed: context.details ? [] : undefined };
}

function emptyLike(a: Matches): Matches {
  return { docs: [], scores: [], fields: [], queryTerms: [], words: a.words, indexed: a.indexed ? [] : undefined };
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function siftUp<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(heap[at] as T, heap[parent] as T)) return;
    [heap[at], heap[parent]] = [heap[parent] as T, heap[at] as T];
    at = parent;
  }
}

function siftDown<T>(heap: T[], at: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let least = at;
    if (left < heap.length && worse(heap[left] as T, heap[least] as T)) least = left;
    if (right < heap.length && worse(heap[right] as T, heap[least] as T)) least = right;
    if (least === at) return;
    [heap[at], heap[least]] = [heap[least] as T, heap[at] as T];
    at = least;
  }
}
