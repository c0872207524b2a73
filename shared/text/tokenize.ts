// Splits text into search terms, each already a searchKey. Used for both documents and queries so both sides
// agree on what a word is.
import { searchKey } from './search-key';

// A word may contain apostrophes (O'skemen, Il'yashev) and hyphens (Kassym-Jomart, Nur-Sultan) between letters.
// En and em dashes are not joiners: "2017–19" is a range, not one word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-‐‑'’ʼʻ`´‘ʹ′][\p{L}\p{N}\p{M}]+)*/gu;
const HYPHEN = /[-‐‑]/;

// Names and common words repeat across tens of thousands of records, and searchKey runs some thirty regular
// expressions per word, so keys of recent words are remembered. Cleared when full rather than LRU: simpler, and
// a refill costs one pass over the words that are actually in use.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

function cachedKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = searchKey(word);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

function pushKeys(out: string[], text: string): void {
  const key = cachedKey(text);
  if (key) out.push(...key.split(' '));
}

/**
 * Search terms of a text, in order. A hyphenated name yields the joined whole first and then each part, so
 * "Nur-Sultan" is found by "Nursultan", "Nur" and "Sultan" alike.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (HYPHEN.test(word)) {
      pushKeys(terms, word.split(HYPHEN).join(''));
      for (const part of word.split(HYPHEN)) pushKeys(terms, part);
    } else {
      pushKeys(terms, word);
    }
  }
  return terms;
}

/** Terms of a hyphenated word split into its parts only; queries use this so "Nur-Sultan" also finds "Nur Sultan". */
export function tokenizeQuery(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    for (const part of match[0].split(HYPHEN)) pushKeys(terms, part);
  }
  return terms;
}

/** A search term of a text and the characters it was read from (UTF-16 offsets, end exclusive). */
export type TermSpan = { term: string; start: number; end: number };

/**
 * Where each search term of a text stands, for showing matches to people (find in a document, snippets of search
 * hits): the same words and keys as tokenize(), with offsets. `parts` are the terms in reading order, a hyphenated
 * word split as tokenizeQuery() splits it; `joined` is such a word's whole term, spanning the word.
 */
export function termSpans(text: string): { parts: TermSpan[]; joined: TermSpan[] } {
  const parts: TermSpan[] = [];
  const joined: TermSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (!HYPHEN.test(word)) {
      for (const term of cachedKey(word).split(' ')) if (term) parts.push({ term, start, end });
      continue;
    }
    for (const term of cachedKey(word.split(HYPHEN).join('')).split(' ')) if (term) joined.push({ term, start, end });
    let at = start;
    for (const part of word.split(HYPHEN)) {
      for (const term of cachedKey(part).split(' ')) if (term) parts.push({ term, start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return { parts, joined };
}
