// A few words of a page around a match, as a search hit shows them: enough to tell a file's pages apart without
// opening it. Built from FindMatch offsets (find-in-text.ts), so the words marked are the ones the viewer highlights.

import type { FindMatch } from './find-in-text';
import type { PdfPageText } from './pdf-text';

export type SnippetPart = { text: string; match: boolean };
/** `parts` read in order; `cutBefore`/`cutAfter` say the page goes on before or after them (shown as "…"). */
export type PageSnippet = { page: number; parts: SnippetPart[]; cutBefore: boolean; cutAfter: boolean };

export type SnippetOptions = {
  /** At most this many pages get a snippet (the first ones that match). */
  pages?: number;
  /** Characters of context on each side of the page's first match, before rounding to whole words. */
  context?: number;
};

const SPACES = /\s+/gu;
const tidy = (text: string) => text.replace(SPACES, ' ');

/** Moves `at` back (or forward) to the nearest space, so no word is cut; gives up after one long word's worth. */
function wordEdge(text: string, at: number, direction: -1 | 1, limit: number): number {
  let i = at;
  for (let steps = 0; steps < limit && i > 0 && i < text.length; steps++) {
    if (/\s/u.test(direction < 0 ? text[i - 1]! : text[i]!)) return i;
    i += direction;
  }
  return direction < 0 && i <= 0 ? 0 : direction > 0 && i >= text.length ? text.length : at;
}

function snippetOfPage(page: PdfPageText, matches: readonly FindMatch[], context: number): PageSnippet {
  const first = matches[0]!;
  const from = wordEdge(page.text, Math.max(0, first.start - context), -1, context);
  let to = wordEdge(page.text, Math.min(page.text.length, first.start + first.length + context), 1, context);
  const parts: SnippetPart[] = [];
  let at = from;
  for (const match of matches) {
    if (match.start < at || match.start >= to) continue;
    const end = match.start + match.length;
    if (match.start > at) parts.push({ text: page.text.slice(at, match.start), match: false });
    parts.push({ text: page.text.slice(match.start, end), match: true });
    at = end;
    // A match that runs past the edge is shown whole.
    to = Math.max(to, end);
  }
  if (at < to) parts.push({ text: page.text.slice(at, to), match: false });
  const tidied = parts.map((part) => ({ ...part, text: tidy(part.text) }));
  // Line breaks at the edges would become stray spaces next to the "…".
  if (tidied[0] && !tidied[0].match) tidied[0].text = tidied[0].text.trimStart();
  const last = tidied[tidied.length - 1];
  if (last && !last.match) last.text = last.text.trimEnd();
  return { page: page.page, parts: tidied.filter((part) => part.text), cutBefore: /\S/u.test(page.text.slice(0, from)), cutAfter: /\S/u.test(page.text.slice(to)) };
}

/**
 * One snippet for each page that has a match, in page order: the words around the page's first match, with every
 * match inside them marked. `matches` must be in page order, as findInPages and findTerms give them.
 */
export function pageSnippets(pages: readonly PdfPageText[], matches: readonly FindMatch[], options: SnippetOptions = {}): PageSnippet[] {
  const { pages: most = 3, context = 60 } = options;
  const byPage = new Map<number, FindMatch[]>();
  for (const match of matches) {
    const list = byPage.get(match.page);
    if (list) list.push(match);
    else if (byPage.size < most) byPage.set(match.page, [match]);
  }
  const snippets: PageSnippet[] = [];
  for (const page of pages) {
    const found = byPage.get(page.page);
    if (found) snippets.push(snippetOfPage(page, found, context));
  }
  return snippets;
}
