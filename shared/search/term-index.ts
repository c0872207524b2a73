// The inverted index behind search: for each search key, per field, the documents that contain it and how often.
// Documents are numbered in the order they arrive and never renumbered, so every posting list stays sorted by
// number and a narrowed search can look documents up in it by binary search. Posting lists are plain arrays
// of small integers rather than a map per term and field: scoring walks tens of thousands of postings per
// keystroke, and nothing is allocated per posting.
import SearchableMap from 'minisearch/SearchableMap';

/** The documents (by number, ascending) holding one term in one field, and how often each holds it. */
export type Posting = { docs: number[]; counts: number[] };

/** A term's postings, by field number; a field the term never occurred in has none. */
export type TermPostings = (Posting | undefined)[];

export type IndexedDocument = {
  id: string;
  /** A small number the caller filters on (the document's kind). */
  group: number;
  boost: number;
  /** The search keys of each field, by field number, as the tokenizer returned them; null for a field it lacks. */
  terms: readonly (readonly string[] | null)[];
};

export type TermIndexData = {
  fieldCount: number;
  /** Per document: id, group, boost and the length of each field (-1 where it lacks the field). */
  documents: [string, number, number, number[]][];
  averages: number[];
  terms: string[];
  /** Per term: [field number, document positions in `documents`, counts] triples. */
  postings: [number, number[], number[]][][];
};

export class TermIndex {
  /** Terms in a radix tree, for prefix and one-edit lookups. */
  readonly terms = new SearchableMap<TermPostings>();
  readonly ids: (string | undefined)[] = [];
  readonly groups: number[] = [];
  readonly boosts: number[] = [];
  /**
   * Distinct terms of each field of each document (BM25's field length), by field number then document number;
   * -1 where the document lacks the field.
   */
  readonly fieldLengths: number[][];
  /**
   * Average length of each field, kept as the running mean MiniSearch kept (each document with the field moves it
   * as if all documents so far had counted), so rankings stayed as they were when this index replaced MiniSearch.
   */
  readonly averages: number[];
  private readonly numbers = new Map<string, number>();
  // What each document added, so removing it touches only its own postings.
  private readonly postingsOf: (Posting[] | undefined)[] = [];

  constructor(readonly fieldCount: number) {
    this.fieldLengths = Array.from({ length: fieldCount }, () => []);
    this.averages = new Array<number>(fieldCount).fill(0);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** One more than the highest document number ever given: the length a per-document array needs. */
  get capacity(): number {
    return this.ids.length;
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** Adds a document under a new number; the caller removes any document with the same id first. */
  add(doc: IndexedDocument): void {
    const number = this.ids.length;
    const before = this.numbers.size;
    this.ids.push(doc.id);
    this.groups.push(doc.group);
    this.boosts.push(doc.boost);
    this.numbers.set(doc.id, number);
    const postings: Posting[] = [];
    for (let field = 0; field < this.fieldCount; field++) {
      const terms = doc.terms[field];
      if (!terms) {
        (this.fieldLengths[field] as number[]).push(-1);
        continue;
      }
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      (this.fieldLengths[field] as number[]).push(counts.size);
      this.averages[field] = ((this.averages[field] as number) * before + counts.size) / (before + 1);
      for (const [term, count] of counts) {
        const entry = this.terms.fetch(term, () => []);
        const posting = (entry[field] ??= { docs: [], counts: [] });
        posting.docs.push(number);
        posting.counts.push(count);
        postings.push(posting);
      }
    }
    this.postingsOf.push(postings);
  }

  /** Returns whether a document with that id was there. */
  remove(id: string): boolean {
    const number = this.numbers.get(id);
    if (number === undefined) return false;
    const before = this.numbers.size;
    this.numbers.delete(id);
    for (const posting of this.postingsOf[number] ?? []) {
      const at = lowerBound(posting.docs, number, 0);
      posting.docs.splice(at, 1);
      posting.counts.splice(at, 1);
    }
    for (let field = 0; field < this.fieldCount; field++) {
      const length = (this.fieldLengths[field] as number[])[number] as number;
      if (length < 0) continue;
      this.averages[field] = before === 1 ? 0 : ((this.averages[field] as number) * before - length) / (before - 1);
    }
    // Emptied postings stay in the tree: a term that comes back reuses them, and lookups skip empty lists.
    this.ids[number] = undefined;
    this.postingsOf[number] = undefined;
    return true;
  }

  /** Live documents with their postings, renumbered from 0: what a snapshot stores. */
  toData(): TermIndexData {
    const position = new Map<number, number>();
    const documents: TermIndexData['documents'] = [];
    this.ids.forEach((id, number) => {
      if (id === undefined) return;
      position.set(number, documents.length);
      const lengths = this.fieldLengths.map((lengths) => lengths[number] as number);
      documents.push([id, this.groups[number] as number, this.boosts[number] as number, lengths]);
    });
    const terms: string[] = [];
    const postings: TermIndexData['postings'] = [];
    for (const [term, entry] of this.terms) {
      const fields: [number, number[], number[]][] = [];
      entry.forEach((posting, field) => {
        if (posting && posting.docs.length > 0) fields.push([field, posting.docs.map((d) => position.get(d) as number), [...posting.counts]]);
      });
      if (fields.length === 0) continue;
      terms.push(term);
      postings.push(fields);
    }
    return { fieldCount: this.fieldCount, documents, averages: [...this.averages], terms, postings };
  }

  /** An index holding what toData() returned; throws RangeError when the parts do not fit together. */
  static fromData(data: TermIndexData): TermIndex {
    const index = new TermIndex(data.fieldCount);
    const perDocument: Posting[][] = data.documents.map(() => []);
    for (const [id, group, boost, lengths] of data.documents) {
      if (lengths.length !== data.fieldCount || index.numbers.has(id)) throw new RangeError('malformed document');
      index.numbers.set(id, index.ids.length);
      index.ids.push(id);
      index.groups.push(group);
      index.boosts.push(boost);
      lengths.forEach((length, field) => (index.fieldLengths[field] as number[]).push(length));
    }
    if (data.averages.length !== data.fieldCount) throw new RangeError('malformed field averages');
    index.averages.splice(0, data.fieldCount, ...data.averages);
    if (data.terms.length !== data.postings.length) throw new RangeError('malformed term list');
    data.terms.forEach((term, t) => {
      const entry: TermPostings = [];
      for (const [field, docs, counts] of data.postings[t] as [number, number[], number[]][]) {
        const sorted = docs.every((d, i) => Number.isInteger(d) && d >= 0 && d < data.documents.length && (i === 0 || d > (docs[i - 1] as number)));
        if (!sorted || docs.length !== counts.length || !(field >= 0 && field < data.fieldCount) || entry[field]) throw new RangeError('malformed posting');
        const posting = { docs: [...docs], counts: [...counts] };
        entry[field] = posting;
        for (const d of docs) (perDocument[d] as Posting[]).push(posting);
      }
      index.terms.set(term, entry);
    });
    index.postingsOf.push(...perDocument);
    return index;
  }
}

/** First position in ascending `list`, at or after `from`, whose value is at least `value`. */
export function lowerBound(list: readonly number[], value: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
