// A case: the legal story that follows one or more events. Merging keeps the absorbed case as a tombstone
// (mergedInto) so links, exports and custody entries that name it still resolve.
import { z } from 'zod';
import { ApproximateDate } from './approximate-date';
import { LongText, RecordId, recordBase, Timestamp, type Unsaved } from './record-base';

export const CaseStatus = z.enum(['open', 'verified', 'closed']);
export const Sensitivity = z.enum(['normal', 'high', 'critical']);

/** A place from the gazetteer (so alternate names match), or free text when the gazetteer has no entry. */
export const Place = z.union([
  z.object({ gazetteerId: z.string().min(1).max(200), label: z.string().max(500).optional() }),
  z.object({ text: z.string().trim().min(1).max(500) }),
]);
export type Place = z.infer<typeof Place>;

/** A note per tag, keyed by catalog id; a tag without a note has no key. */
export const TagNotes = z.record(z.string().min(1).max(200), z.string().max(2_000)).default({});

export const Case = z.object({
  ...recordBase,
  title: z.string().trim().min(1, 'title is required').max(500),
  summary: LongText.default(''),
  status: CaseStatus.default('open'),
  sensitivity: Sensitivity.default('normal'),
  places: z.array(Place).default([]),
  /** Catalog ids (treaty articles, violation types, domestic provisions); the catalog owns their meaning. */
  tags: z.array(z.string().min(1).max(200)).default([]),
  /** Why each tagged article is engaged, by catalog id: a lawyer reads this before citing the article. */
  tagNotes: TagNotes,
  period: ApproximateDate.optional(),
  recordedAt: Timestamp.optional(),
  assignees: z.array(z.string().min(1).max(200)).default([]),
  /** Cases merged into this one, newest last. */
  mergedFrom: z.array(RecordId).default([]),
  /** Set only on a tombstone: the case that absorbed this one. */
  mergedInto: RecordId.optional(),
});
export type Case = z.infer<typeof Case>;
export type CaseInput = Unsaved<z.input<typeof Case>>;
