// The last few searches, for search-as-you-type. Each keystroke usually repeats a query (backspace, a trailing
// space) or narrows the one before it (one more letter, one more word): an AND query can then only match
// documents the earlier one matched, so the index scores those and skips the rest of each posting list. Results
// stay exactly what a full search returns, because a document's score depends only on its own postings.
import type { Hit } from './search-index';
import { narrows, type Position } from './query-plan';
import type { Candidates } from './scoring';

type Entry = {
  key: string;
  positions: readonly Position[];
  kinds: string;
  /** Numbers of every exact match (before the limit); none when only the typo-tolerant pass found anything. */
  matched: readonly number[];
  /** The same sorted, the first time a narrower query uses it: most queries never need it. */
  candidates?: Candidates;
  hits: readonly Hit[];
};

// A handful covers typing, backspacing and retyping one query; each entry holds at most one number per document.
const CACHE_SIZE = 8;

export function cacheKey(positions: readonly Position[], kinds: string, limit: number): string {
  return `${kinds}\u0000${limit}\u0000${JSON.stringify(positions)}`;
}

export class ResultCache {
  private entries: Entry[] = [];

  /** Hits of an identical earlier query, as a new array. */
  get(key: string): Hit[] | undefined {
    const at = this.entries.findIndex((e) => e.key === key);
    if (at < 0) return undefined;
    const [entry] = this.entries.splice(at, 1);
    this.entries.push(entry as Entry);
    return [...(entry as Entry).hits];
  }

  /** The smallest set of documents every exact match of `positions` must be in, or null to search everything. */
  candidates(positions: readonly Position[], kinds: string, sort: (docs: readonly number[]) => Candidates): Candidates | null {
    let best: Entry | null = null;
    for (const entry of this.entries) {
      if (entry.kinds !== kinds || !narrows(entry.positions, positions)) continue;
      if (!best || entry.matched.length < best.matched.length) best = entry;
    }
    if (!best) return null;
    best.candidates ??= sort(best.matched);
    return best.candidates;
  }

  remember(entry: Entry): void {
    this.entries = this.entries.filter((e) => e.key !== entry.key);
    this.entries.push(entry);
    if (this.entries.length > CACHE_SIZE) this.entries.shift();
  }

  /** Any change to the index makes every entry stale. */
  clear(): void {
    if (this.entries.length) this.entries = [];
  }
}
