// The text of one evidence item, page by page, as the search index reads it. One record per vault item, shared by
// every case the item is attached to, so a 300-page ruling is stored and indexed once. Sealed like every record.
import { z } from 'zod';
import { LongText, RecordId, recordBase, type Unsaved } from './record-base';

export const ItemTextPage = z.object({ page: z.number().int().positive(), text: LongText });

export const ItemText = z.object({
  ...recordBase,
  itemId: RecordId,
  pages: z.array(ItemTextPage).max(100_000),
  /** False for a scanned PDF: nothing to search until someone transcribes it. */
  hasTextLayer: z.boolean(),
});
export type ItemText = z.infer<typeof ItemText>;
export type ItemTextInput = Unsaved<z.input<typeof ItemText>>;
