// Builds excerpts from what the viewer knows (page, quote, boxes in page units) and checks them against the schema
// before they leave the viewer, so a malformed excerpt fails here rather than in the records layer.
import { Excerpt, type ExcerptRect } from '../../../../shared/model/excerpt';
import { newRecordId } from '../../../../shared/model/record-base';
import { unionOf } from '../../../../shared/evidence/page-geometry';

export type ExcerptDraft = { itemId: string; page?: number; quote?: string; rects: ExcerptRect[] };

export function newExcerpt(draft: ExcerptDraft, now: Date = new Date()): Excerpt {
  const rect = unionOf(draft.rects);
  return Excerpt.parse({
    id: newRecordId(),
    itemId: draft.itemId,
    ...(draft.page !== undefined ? { page: draft.page } : {}),
    ...(draft.quote ? { quote: draft.quote } : {}),
    ...(rect ? { rect } : {}),
    ...(draft.rects.length > 1 ? { rects: draft.rects } : {}),
    tags: [],
    createdAt: now.toISOString(),
  });
}

/** The boxes to highlight: each selected line when known, else the overall rectangle. */
export const boxesOf = (excerpt: Excerpt): ExcerptRect[] => excerpt.rects ?? (excerpt.rect ? [excerpt.rect] : []);
