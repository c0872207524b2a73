// A quoted part of an evidence item: a passage of a PDF page, or a region of a scan or photo, that can be tagged on
// its own (ARCHITECTURE.md §3). Rectangles are in page units, never screen pixels, so zooming, rotating or
// re-rendering the page does not move them.
import { z } from 'zod';
import { RecordId, Timestamp } from './record-base';

/**
 * For PDFs: PDF user-space units of the unrotated page (1/72 inch, origin bottom-left, y up), x/y the lower-left
 * corner, as pdf.js's `convertToPdfPoint` gives them. For images: natural pixels, origin top-left, x/y the top-left.
 */
export const ExcerptRect = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});
export type ExcerptRect = z.infer<typeof ExcerptRect>;

export const Excerpt = z.object({
  id: RecordId,
  itemId: z.string().regex(/^[0-9a-f]{32}$/),
  caseId: RecordId.optional(),
  /** 1-based page number; absent for images. */
  page: z.number().int().positive().optional(),
  quote: z.string().max(100_000).optional(),
  /** The bounding box of the excerpt. */
  rect: ExcerptRect.optional(),
  /** One box per selected line, so a highlight follows the text instead of covering the whole block. */
  rects: z.array(ExcerptRect).max(1_000).optional(),
  tags: z.array(z.string().max(200)).max(200),
  note: z.string().max(100_000).optional(),
  createdAt: Timestamp,
});
export type Excerpt = z.infer<typeof Excerpt>;
