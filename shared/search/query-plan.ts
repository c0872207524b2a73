// Turns what the user typed into a MiniSearch query tree: every word must match (AND); the word still being typed
// is a prefix; a phrase from a synonym group may match any of the group's spellings instead.
import type { Query, QueryCombination } from 'minisearch';
import { searchKey, tokenizeQuery } from '../text';
import type { SynonymTable, TermSequence } from './synonyms';

const RAW_WORD = /[\p{L}\p{N}\p{M}'’ʼʻ`´‘ʹ′]+/gu;
// Half-typed romanisation digraphs fold differently once finished: "Tokay" keys to "tokai" but "Tokayev" to
// "tokaev", "Zhana" to "jana" but "Z" to "z", "Kh" to "h" but "K" to "k". When the typed word ends in a letter
// that may be the first half of such a digraph, the prefix without that letter is tried as well.
const DIGRAPH_START = /[kzdtyKZDTY]$/;

function exact(term: string): QueryCombination {
  return { queries: [term], prefix: false };
}

function allOf(sequence: TermSequence): QueryCombination {
  return { combineWith: 'AND', queries: sequence.map(exact) };
}

function typedWordAlternatives(term: string, rawWord: string | undefined): Query {
  const prefixes = new Set([term]);
  if (rawWord && rawWord.length >= 2 && DIGRAPH_START.test(rawWord)) {
    const shorter = searchKey(rawWord.slice(0, -1)).split(' ').pop();
    if (shorter) prefixes.add(shorter);
  }
  return { combineWith: 'OR', queries: [...prefixes].map((p) => ({ queries: [p], prefix: true })) };
}

export type QueryPlan = { query: Query; terms: readonly string[] };

/** Returns null when the text has no searchable word (only punctuation or spaces). */
export function planQuery(text: string, synonyms: SynonymTable): QueryPlan | null {
  const terms = tokenizeQuery(text);
  if (terms.length === 0) return null;
  // A trailing space or punctuation means the last word is finished, so it must match whole.
  const isTyping = /[\p{L}\p{N}\p{M}]$/u.test(text);
  const rawWords = text.match(RAW_WORD) ?? [];
  const lastRaw = rawWords[rawWords.length - 1]?.split(/[-‐‑]/).pop();

  const positions: Query[] = [];
  let i = 0;
  while (i < terms.length) {
    let matched = false;
    for (let n = Math.min(synonyms.longestPhrase, terms.length - i); n >= 1 && !matched; n--) {
      const phrase = terms.slice(i, i + n);
      const alternatives = synonyms.alternatives.get(phrase.join(' '));
      if (!alternatives) continue;
      const queries: Query[] = alternatives.map(allOf);
      // The phrase may also be the start of a longer word still being typed ("Astana" → "Astanalyq").
      if (isTyping && i + n === terms.length) {
        const head = phrase.slice(0, -1).map(exact);
        queries.push({ combineWith: 'AND', queries: [...head, typedWordAlternatives(phrase[n - 1] as string, lastRaw)] });
      }
      positions.push({ combineWith: 'OR', queries });
      i += n;
      matched = true;
    }
    if (matched) continue;
    const term = terms[i] as string;
    const isLast = i === terms.length - 1;
    positions.push(isLast && isTyping ? typedWordAlternatives(term, lastRaw) : exact(term));
    i++;
  }
  return { query: { combineWith: 'AND', queries: positions }, terms };
}
