// Reading a narrative the way a report reads it: numbered paragraphs, their citations in document order, and their
// words. The builder's live count, its warnings and the DOCX and Markdown writers all walk the document here, so
// what the builder says about a paragraph is what the file will hold.
import type { Citation, Narrative, NarrativeBlock, NarrativeInline, NarrativeList } from '../model';

/**
 * A block as the report lays it out. Top-level paragraphs are the numbered paragraphs UN submissions require; a
 * list belongs to the paragraph before it and is not numbered on its own; headings are not numbered.
 */
export type ReportBlock =
  | { kind: 'paragraph'; inlines: NarrativeInline[] }
  | { kind: 'heading'; level: 3 | 4; inlines: NarrativeInline[] }
  | { kind: 'list'; ordered: boolean; items: ListEntry[] };
export type ListEntry = { depth: number; inlines: NarrativeInline[] };

function listEntries(list: NarrativeList, depth: number): ListEntry[] {
  return list.content.flatMap((item) =>
    item.content.flatMap((child) => (child.type === 'paragraph' ? [{ depth, inlines: child.content ?? [] }] : listEntries(child, depth + 1))),
  );
}

function toBlock(block: NarrativeBlock): ReportBlock {
  switch (block.type) {
    case 'paragraph':
      return { kind: 'paragraph', inlines: block.content ?? [] };
    case 'heading':
      return { kind: 'heading', level: block.attrs.level, inlines: block.content ?? [] };
    default:
      return { kind: 'list', ordered: block.type === 'orderedList', items: listEntries(block, 0) };
  }
}

/** The blocks of a narrative, empty paragraphs left out (an editor always keeps one, even in an empty section). */
export function reportBlocks(narrative: Narrative | undefined): ReportBlock[] {
  return (narrative?.content ?? []).map(toBlock).filter((block) => block.kind !== 'paragraph' || plainText(block.inlines).trim() !== '' || citationsIn(block.inlines).length > 0);
}

export const citationsIn = (inlines: readonly NarrativeInline[]): Citation[] => inlines.filter((inline): inline is Citation => inline.type === 'citation');

/** The text of a run of inlines, with line breaks as spaces and citations left out (they become footnotes). */
export function plainText(inlines: readonly NarrativeInline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'hardBreak' ? ' ' : '')).join('');
}

/** Every inline run of a block, list items included, in reading order. */
export const blockInlines = (block: ReportBlock): NarrativeInline[][] => (block.kind === 'list' ? block.items.map((item) => item.inlines) : [block.inlines]);

/** Every citation of a narrative, in the order a reader meets them. */
export const citationsOf = (narrative: Narrative | undefined): Citation[] => reportBlocks(narrative).flatMap((block) => blockInlines(block).flatMap(citationsIn));

/**
 * Words as LibreOffice counts them: runs of characters between white space, with the en and em dash also parting
 * words. "2,815", "art. 19(2)", "E-1" and a lone "·" are one word each; "2020–2024" is two; "—" alone is none.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/[\s\u2013\u2014]+/u)) if (token !== '') count++;
  return count;
}

/** The words a narrative holds: headings, paragraphs and list items, citations left out. */
export const narrativeWords = (narrative: Narrative | undefined): number =>
  reportBlocks(narrative).reduce((sum, block) => sum + blockInlines(block).reduce((words, inlines) => words + countWords(plainText(inlines)), 0), 0);
