// Turns what the user typed into a query tree: every word must match (AND); the word still being typed is a
// prefix; a phrase from a synonym group may match any of the group's spellings instead.
// The plan also keeps each word's matcher as data (positions), so the index can tell when one query can only
// narrow another (see result-cache.ts).
import { searchKey, tokenizeQuery } from '../text';
import type { SynonymTable, TermSequence } from './synonyms';

/** A query tree: all of, any of, or one search key, whole or as the start of a longer one. */
export type QueryNode =
  | { op: 'all'; of: readonly QueryNode[] }
  | { op: 'any'; of: readonly QueryNode[] }
  | { op: 'term'; term: string; prefix: boolean };

const RAW_WORD = /[\p{L}\p{N}\p{M}'’ʼʻ`´‘ʹ′]+/gu;
// Half-typed romanisation digraphs fold differently once finished: "Tokay" keys to "tokai" but "Tokayev" to
// "tokaev", "Zhana" to "jana" but "Z" to "z", "Kh" to "h" but "K" to "k". When the typed word ends in a letter
// that may be the first half of such a digraph, the key of the finished digraph is tried as a prefix as well
// (kh → h, zh and dzh → j, dj → j, ts → c, ye after a vowel → e). Completing the digraph, rather than dropping
// its first letter, keeps the prefix as narrow as what was typed: "Ak" must find "Akh…" (key "ah…"), but the
// prefix "a" would score every word in the vault that starts with a, hundreds of milliseconds on 90k records.
const DIGRAPH_ENDINGS: Readonly<Record<string, readonly string[]>> = { k: ['h'], z: ['h'], d: ['zh', 'j'], t: ['s'], y: ['e'] };

/** One AND-ed word of the query: a finished word, the word being typed, or a phrase with synonym spellings. */
export type Position =
  | { kind: 'exact'; term: string }
  | { kind: 'prefix'; prefixes: readonly string[] }
  | { kind: 'phrase'; signature: string };

export type QueryPlan = { query: QueryNode; terms: readonly string[]; positions: readonly Position[] };

function exact(term: string): QueryNode {
  return { op: 'term', term, prefix: false };
}

function allOf(sequence: TermSequence): QueryNode {
  return { op: 'all', of: sequence.map(exact) };
}

function typedWordPrefixes(term: string, rawWord: string | undefined): string[] {
  const prefixes = new Set([term]);
  const endings = rawWord && rawWord.length >= 2 ? DIGRAPH_ENDINGS[rawWord.slice(-1).toLowerCase()] : undefined;
  for (const ending of endings ?? []) {
    const finished = searchKey(rawWord + ending).split(' ').pop();
    if (finished) prefixes.add(finished);
  }
  return [...prefixes];
}

function prefixQuery(prefixes: readonly string[]): QueryNode {
  return { op: 'any', of: prefixes.map((term) => ({ op: 'term', term, prefix: true })) };
}

/** Returns null when the text has no searchable word (only punctuation or spaces). */
export function planQuery(text: string, synonyms: SynonymTable): QueryPlan | null {
  let terms = tokenizeQuery(text);
  if (terms.length === 0) return null;
  // A trailing space or punctuation means the last word is finished, so it must match whole.
  let isTyping = /[\p{L}\p{N}\p{M}]$/u.test(text);
  const rawWords = text.match(RAW_WORD) ?? [];
  const lastRaw = rawWords[rawWords.length - 1]?.split(/[-‐‑]/).pop();
  // A single typed letter as a prefix matches a large share of the vault and says almost nothing, so it is not
  // expanded: alone it matches only itself (an initial, "K. Tokaev"); after other words it waits for the second
  // letter, and the results stay those of the words before it.
  if (isTyping && lastRaw && [...lastRaw].length === 1 && searchKey(lastRaw)) {
    isTyping = false;
    if (terms.length > 1) terms = terms.slice(0, -1);
  }

  const positions: Position[] = [];
  const queries: QueryNode[] = [];
  let i = 0;
  while (i < terms.length) {
    let matched = false;
    for (let n = Math.min(synonyms.longestPhrase, terms.length - i); n >= 1 && !matched; n--) {
      const phrase = terms.slice(i, i + n);
      const alternatives = synonyms.alternatives.get(phrase.join(' '));
      if (!alternatives) continue;
      const options: QueryNode[] = alternatives.map(allOf);
      let signature = phrase.join(' ');
      // The phrase may also be the start of a longer word still being typed ("Astana" → "Astanalyq").
      if (isTyping && i + n === terms.length) {
        const head = phrase.slice(0, -1).map(exact);
        const prefixes = typedWordPrefixes(phrase[n - 1] as string, lastRaw);
        options.push({ op: 'all', of: [...head, prefixQuery(prefixes)] });
        signature += `*${prefixes.join('|')}`;
      }
      queries.push({ op: 'any', of: options });
      positions.push({ kind: 'phrase', signature });
      i += n;
      matched = true;
    }
    if (matched) continue;
    const term = terms[i] as string;
    if (i === terms.length - 1 && isTyping) {
      const prefixes = typedWordPrefixes(term, lastRaw);
      queries.push(prefixQuery(prefixes));
      positions.push({ kind: 'prefix', prefixes });
    } else {
      queries.push(exact(term));
      positions.push({ kind: 'exact', term });
    }
    i++;
  }
  return { query: { op: 'all', of: queries }, terms, positions };
}

function covers(wide: Position, narrow: Position): boolean {
  switch (wide.kind) {
    case 'exact':
      return narrow.kind === 'exact' && narrow.term === wide.term;
    case 'phrase':
      return narrow.kind === 'phrase' && narrow.signature === wide.signature;
    case 'prefix': {
      const within = (term: string) => wide.prefixes.some((p) => term.startsWith(p));
      if (narrow.kind === 'exact') return within(narrow.term);
      return narrow.kind === 'prefix' && narrow.prefixes.every(within);
    }
  }
}

/**
 * True when every document `narrow` matches is also matched by `wide`: each of wide's words is matched by the
 * same or a narrower word in the same place, and narrow may add words (AND only removes documents).
 */
export function narrows(wide: readonly Position[], narrow: readonly Position[]): boolean {
  return narrow.length >= wide.length && wide.every((position, i) => covers(position, narrow[i] as Position));
}
