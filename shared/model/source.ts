// Where a fact came from, with its perspective: a report commissioned by a ministry reads differently from an
// NGO's monitoring (domain-notes, seed 003).
import { z } from 'zod';
import { RecordId, recordBase, ShortText, type Unsaved } from './record-base';

export const SourceKind = z.enum(['ngo-monitoring', 'media', 'official-statement', 'witness', 'social-media', 'un-document', 'other']);
export const Perspective = z.enum(['independent', 'government', 'government-commissioned', 'party-to-case', 'unknown']);

export const Source = z.object({
  ...recordBase,
  kind: SourceKind,
  name: z.string().trim().min(1).max(500),
  /** Other names the same source goes by ("HRW" for Human Rights Watch), so an import finds it under either. */
  aliases: z.array(z.string().trim().min(1).max(500)).default([]),
  url: z.url().max(4_000).optional(),
  perspective: Perspective.default('unknown'),
  perspectiveNote: ShortText.optional(),
  /** Cases the source was recorded for. A source may serve many cases; this keeps one that nothing cites yet. */
  caseIds: z.array(RecordId).default([]),
});
export type Source = z.infer<typeof Source>;
export type SourceInput = Unsaved<z.input<typeof Source>>;
