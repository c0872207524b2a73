// A report section's narrative: the subset of ProseMirror's JSON document that the report editor writes and the
// DOCX and Markdown writers read. Stored as data, not as HTML, so no markup from a paste can reach an export, and
// a citation is a node pointing at a record rather than text that could drift from what it cites.
import { z } from 'zod';
import { RecordId } from './record-base';

/** What a citation points at: a case (its attached evidence) or an excerpt (the item it quotes). */
export const CitationKind = z.enum(['case', 'excerpt']);
export type CitationKind = z.infer<typeof CitationKind>;

const Mark = z.object({ type: z.enum(['bold', 'italic']) });
/** A run of text. Editors may split a long paste into many runs; one run still holds a very long paragraph. */
const TextRun = z.object({ type: z.literal('text'), text: z.string().min(1).max(1_000_000), marks: z.array(Mark).max(4).optional() });
const HardBreak = z.object({ type: z.literal('hardBreak') });
export const Citation = z.object({ type: z.literal('citation'), attrs: z.object({ kind: CitationKind, id: RecordId }) });
export type Citation = z.infer<typeof Citation>;

const Inline = z.discriminatedUnion('type', [TextRun, HardBreak, Citation]);
export type NarrativeInline = z.infer<typeof Inline>;
const inlineContent = z.array(Inline).max(20_000).optional();

const Paragraph = z.object({ type: z.literal('paragraph'), content: inlineContent });
export type NarrativeParagraph = z.infer<typeof Paragraph>;
/** Levels below the section's own heading, which the report writes from the article or theme. */
const Heading = z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(3), z.literal(4)]) }), content: inlineContent });
export type NarrativeHeading = z.infer<typeof Heading>;

export type NarrativeListItem = { type: 'listItem'; content: (NarrativeParagraph | NarrativeList)[] };
export type NarrativeList = { type: 'bulletList' | 'orderedList'; content: NarrativeListItem[] };

// Lists nest (an item holds paragraphs and further lists), so the schemas refer to each other lazily.
const List: z.ZodType<NarrativeList> = z.lazy(() => z.object({ type: z.enum(['bulletList', 'orderedList']), content: z.array(ListItem).min(1).max(5_000) }));
const ListItem: z.ZodType<NarrativeListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(z.union([Paragraph, List])).min(1).max(1_000) }),
);

export type NarrativeBlock = NarrativeParagraph | NarrativeHeading | NarrativeList;
const Block: z.ZodType<NarrativeBlock> = z.union([Paragraph, Heading, List]);

export const Narrative = z.object({ type: z.literal('doc'), content: z.array(Block).max(50_000) });
export type Narrative = z.infer<typeof Narrative>;

export const emptyNarrative = (): Narrative => ({ type: 'doc', content: [{ type: 'paragraph' }] });
