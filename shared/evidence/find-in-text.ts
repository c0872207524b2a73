// Find-in-document over page texts. Case is folded one character at a time so every match's offsets still point
// into the original text (whole-string lowercasing can change length, e.g. "İ" → "i̇", and shift every offset).

import type { PdfPageText } from './pdf-text';

export type FindMatch = { page: number; start: number; length: number };

function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Every occurrence of `query` (case-insensitive), in page order; an empty query finds nothing. */
export function findInPages(pages: readonly PdfPageText[], query: string, limit = 10_000): FindMatch[] {
  const needle = foldCase(query.trim());
  if (!needle) return [];
  const matches: FindMatch[] = [];
  for (const { page, text } of pages) {
    const hay = foldCase(text);
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) {
      matches.push({ page, start: at, length: needle.length });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}

/** Which runs (text spans) a match touches, given where each run starts in the page text. */
export function runsOfMatch(match: FindMatch, runStarts: readonly number[]): number[] {
  const end = match.start + match.length;
  const runs: number[] = [];
  runStarts.forEach((start, i) => {
    const next = runStarts[i + 1] ?? Number.POSITIVE_INFINITY;
    if (start < end && next > match.start) runs.push(i);
  });
  return runs;
}
