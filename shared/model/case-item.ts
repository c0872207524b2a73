// A piece of evidence attached to a case: which vault item, where it came from, and what the file said about itself
// when it was attached. The vault item (bytes, SHA-256, custody) lives in main; this record is the case's view of
// it, sealed like every record (I6), so a URL, a witness's name or a GPS fix never sits in the clear.
import { z } from 'zod';
import { ApproximateDate } from './approximate-date';
import { LongText, RecordId, recordBase, ShortText, type Unsaved } from './record-base';

/** How the monitor came to hold the file: it changes how much weight the file carries as proof. */
export const HowObtained = z.enum(['captured-by-monitor', 'given-by-witness', 'downloaded', 'official-copy', 'other']);
export type HowObtained = z.infer<typeof HowObtained>;

/** Where the item came from; every field is optional because monitors often learn the provenance later. */
export const ItemProvenance = z.object({
  url: z.url().max(4_000).optional(),
  /** The person who gave it, when they are in the people registry. */
  personId: RecordId.optional(),
  /** Who or where it came from, in the monitor's words, when there is no person record. */
  fromText: ShortText.optional(),
  /** The device it was captured or copied on ("monitor's phone", "court clerk's scanner"). */
  device: ShortText.optional(),
  how: HowObtained.optional(),
  obtainedOn: ApproximateDate.optional(),
  note: LongText.optional(),
});
export type ItemProvenance = z.infer<typeof ItemProvenance>;

export const PdfFacts = z.object({
  pages: z.number().int().nonnegative(),
  producer: ShortText.optional(),
  creator: ShortText.optional(),
  title: ShortText.optional(),
  creationDate: z.iso.datetime().optional(),
});

/** Exif as read at intake; capture time stays in the camera's own clock (see shared/evidence/image-metadata.ts). */
export const ExifFacts = z.object({
  capturedAt: ShortText.optional(),
  make: ShortText.optional(),
  model: ShortText.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

/**
 * What the file said about itself when attached. A snapshot, not a cache: it is what the monitor saw, so it is kept
 * even if a later reader parses the file differently.
 */
export const ItemSnapshot = z.object({
  originalName: z.string().max(4_000).optional(),
  mediaType: z.string().max(200).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  size: z.number().int().nonnegative().optional(),
  pdf: PdfFacts.optional(),
  /** False for a scan: the case then says "scanned — no text" instead of silently missing from search. */
  hasTextLayer: z.boolean().optional(),
  exif: ExifFacts.optional(),
  /** The Exif block exists but could not be read; distinct from a photo that has none. */
  exifUnreadable: z.boolean().optional(),
});
export type ItemSnapshot = z.infer<typeof ItemSnapshot>;

export const CaseItem = z.object({
  ...recordBase,
  caseId: RecordId,
  /** The vault's item id: random, so it may sit in the clear like any foreign id. */
  itemId: RecordId,
  source: ItemProvenance.default({}),
  snapshot: ItemSnapshot.default({}),
});
export type CaseItem = z.infer<typeof CaseItem>;
export type CaseItemInput = Unsaved<z.input<typeof CaseItem>>;
