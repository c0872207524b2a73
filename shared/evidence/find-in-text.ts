// Find-in-document over page texts, folding scripts and romanisations as the main search does: "Tulkibas" finds
// «Түлкібас», "Tokayev" finds «Тоқаев». Words are compared by their search keys (shared/text) and the query is read
// by the main search's own rules (shared/search/query-plan.ts): each word whole, the word being typed as a prefix.
// The typed characters are also found as they are, case aside, so part of a word or a sign ("2-117/") is still
// found. Every match's offsets point into the original text, which is what the viewer highlights.

import { planQuery } from '../search/query-plan';
import { buildSynonymTable } from '../search/synonyms';
import { termSpans, type TermSpan } from '../text';
import type { PdfPageText } from './pdf-text';

export type FindMatch = { page: number; start: number; length: number };

const NO_SYNONYMS = buildSynonymTable([]);

function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/**
 * A page's terms read two ways: hyphenated words split into parts ("Nur-Sultan" as nur, sultan) and kept whole
 * (nursultan), so either way of typing the name finds it; and the page lowercased for finding characters as typed.
 * Kept per page object: find runs on every keystroke.
 */
type PageTerms = { parts: readonly TermSpan[]; words: readonly TermSpan[]; all: readonly TermSpan[]; folded: string };
const termsOfPage = new WeakMap<PdfPageText, PageTerms>();

function pageTerms(page: PdfPageText): PageTerms {
  let terms = termsOfPage.get(page);
  if (!terms) {
    const { parts, joined } = termSpans(page.text);
    const insideJoined = (span: TermSpan) => joined.some((j) => span.start >= j.start && span.end <= j.end);
    const byStart = (a: TermSpan, b: TermSpan) => a.start - b.start;
    const words = joined.length ? [...joined, ...parts.filter((p) => !insideJoined(p))].sort(byStart) : parts;
    terms = { parts, words, all: joined.length ? [...parts, ...joined] : parts, folded: foldCase(page.text) };
    termsOfPage.set(page, terms);
  }
  return terms;
}

type TermTest = (term: string) => boolean;

/** One test per query word, as the main search reads the query; none when it has no searchable word. */
function queryTests(query: string): TermTest[] {
  const plan = planQuery(query, NO_SYNONYMS);
  if (!plan) return [];
  return plan.positions.map((position): TermTest => {
    if (position.kind === 'exact') return (term) => term === position.term;
    if (position.kind === 'prefix') return (term) => position.prefixes.some((prefix) => term.startsWith(prefix));
    // Phrases come from synonym groups, and find has none.
    return () => false;
  });
}

/** Runs of consecutive terms that pass the tests in order. */
function runsIn(stream: readonly TermSpan[], tests: readonly TermTest[], page: number, out: FindMatch[]): void {
  for (let i = 0; i + tests.length <= stream.length; i++) {
    if (!tests.every((test, j) => test(stream[i + j]!.term))) continue;
    const end = stream[i + tests.length - 1]!.end;
    out.push({ page, start: stream[i]!.start, length: end - stream[i]!.start });
  }
}

function foldedMatches(pages: readonly PdfPageText[], query: string): FindMatch[] {
  const tests = queryTests(query);
  if (tests.length === 0) return [];
  const out: FindMatch[] = [];
  for (const page of pages) {
    const terms = pageTerms(page);
    if (tests.length === 1) runsIn(terms.all, tests, page.page, out);
    else for (const stream of [terms.parts, terms.words]) runsIn(stream, tests, page.page, out);
  }
  // Several words are a phrase. The main search asks only that each word be somewhere in the file, so where the
  // phrase is nowhere, each word is shown on its own rather than nothing at all.
  if (out.length === 0 && tests.length > 1) {
    for (const page of pages) for (const test of tests) runsIn(pageTerms(page).all, [test], page.page, out);
  }
  return out;
}

function literalMatches(pages: readonly PdfPageText[], query: string, limit: number): FindMatch[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const matches: FindMatch[] = [];
  for (const page of pages) {
    const hay = pageTerms(page).folded;
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
      matches.push({ page: page.page, start: at, length: needle.length });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}

/** In page order, each stretch of text once: a match inside or across an earlier (or longer, same-start) one is dropped. */
function inReadingOrder(matches: FindMatch[], limit: number): FindMatch[] {
  matches.sort((a, b) => a.page - b.page || a.start - b.start || b.length - a.length);
  const out: FindMatch[] = [];
  for (const match of matches) {
    const last = out[out.length - 1];
    if (last && last.page === match.page && match.start < last.start + last.length) continue;
    out.push(match);
    if (out.length >= limit) break;
  }
  return out;
}

/** Every occurrence of `query` in any script or spelling, and of its characters as typed; in page order. */
export function findInPages(pages: readonly PdfPageText[], query: string, limit = 10_000): FindMatch[] {
  if (!query.trim()) return [];
  return inReadingOrder([...foldedMatches(pages, query), ...literalMatches(pages, query, limit)], limit);
}

/**
 * Where words with one of these search keys (a search hit's matched terms) stand in the pages, in page order.
 * With `pageLimit`, stops after that many pages with a match: reading a page's words is what costs, and a hit
 * shows only its first pages.
 */
export function findTerms(pages: readonly PdfPageText[], terms: readonly string[], pageLimit = Number.POSITIVE_INFINITY): FindMatch[] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  const out: FindMatch[] = [];
  let found = 0;
  for (const page of pages) {
    if (found >= pageLimit) break;
    const before = out.length;
    runsIn(pageTerms(page).all, [(term) => wanted.has(term)], page.page, out);
    if (out.length > before) found++;
  }
  return inReadingOrder(out, Number.POSITIVE_INFINITY);
}

/** Reads a page's words ahead of the first find, so typing in the find bar does not wait for it. */
export function prepareFind(page: PdfPageText): void {
  pageTerms(page);
}

/** The characters of one text run (a pdf.js text span) that a match covers, as offsets into the run's text. */
export type RunRange = { run: number; start: number; end: number };

/**
 * The part of each run (text span) a match covers, given where each run starts in the page text, so the viewer
 * can mark the matched words rather than whole lines. A run's range may end on the line break the page text adds.
 */
export function rangesOfMatch(match: FindMatch, runStarts: readonly number[]): RunRange[] {
  const end = match.start + match.length;
  const ranges: RunRange[] = [];
  runStarts.forEach((start, i) => {
    const next = runStarts[i + 1] ?? Number.POSITIVE_INFINITY;
    if (start < end && next > match.start) ranges.push({ run: i, start: Math.max(match.start, start) - start, end: Math.min(end, next) - start });
  });
  return ranges;
}
