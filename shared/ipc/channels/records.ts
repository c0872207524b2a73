import { z } from 'zod';
import { channel } from '../define';

/** The tables whose rows the journal keeps: the model. Drafts and the unlock snapshot are local and derived. */
export const JournalTable = z.enum(['cases', 'events', 'people', 'casePeople', 'notes', 'sources', 'claims', 'proceedings', 'custodyRefs', 'caseItems', 'itemTexts', 'excerpts', 'reportProjects']);
export type JournalTable = z.infer<typeof JournalTable>;

/** Record ids go on the journal's lines in the clear (as in IndexedDB), so they may not hold spaces or newlines. */
const RecordId = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/);
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(16 * 1024 * 1024);

/**
 * A row exactly as the renderer stores it in IndexedDB: its clear columns (kind, timestamps, foreign ids, blind
 * indexes) and its payload sealed under the `records` key (record-seal.ts), base64. Main seals the whole entry
 * again in the journal; it opens the payload only to name the fields an edit changed.
 */
export const JournalRow = z
  .object({
    columns: z.record(z.string().max(64), z.union([z.string().max(10_000), z.array(z.string().max(200)).max(1000)])),
    sealed: Base64,
  })
  .strict();
export type JournalRow = z.infer<typeof JournalRow>;

export const JournalWrite = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), table: JournalTable, id: RecordId, row: JournalRow }).strict(),
  z.object({ op: z.literal('delete'), table: JournalTable, id: RecordId }).strict(),
]);
export type JournalWrite = z.infer<typeof JournalWrite>;

/** One durable journal entry: a write with its sequence number, the record's version and who wrote it when. */
export const JournalEntry = z.intersection(
  JournalWrite,
  z.object({ seq: z.number().int().nonnegative(), version: z.number().int().positive(), device: z.string(), at: z.iso.datetime() }),
);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** The journal's state: how many entries it holds and the hash of the last, as its signed head says. */
export const JournalHead = z.object({ count: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type JournalHead = z.infer<typeof JournalHead>;

/** One version of a record, as a case's history shows it: who (device), when, and which fields it changed. */
export const CaseChange = z.object({
  seq: z.number().int().nonnegative(),
  table: JournalTable,
  id: RecordId,
  version: z.number().int().positive(),
  at: z.iso.datetime(),
  device: z.string(),
  op: z.enum(['put', 'delete']),
  fields: z.array(z.string().max(200)),
});
export type CaseChange = z.infer<typeof CaseChange>;

/** A window's (or tab's) random id while it edits: only the one that claimed the journal last may append. */
export const WriterId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const recordsChannels = {
  /**
   * Appends writes as one durable group (fsync) and answers only then: an edit is saved once this resolves.
   * Refused with `records.otherWriter` unless `writer` holds the journal (records.claimWriter).
   */
  'records.append': channel(
    z
      .object({
        writes: z.array(JournalWrite).min(1).max(5000),
        writer: WriterId,
        /**
         * Parts of one group too large for one message (a spreadsheet import): main holds the parts of `id` until
         * the one marked `last`, then appends them all with one fsync, so a crash leaves all of it or none.
         */
        batch: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/), last: z.boolean() }).strict().optional(),
      })
      .strict(),
    // For a part that is not the last of its batch, nothing is written yet: the head as it was, and no versions.
    z.object({ head: JournalHead, versions: z.array(z.number().int().positive()) }),
  ),
  /**
   * Makes this window the one that edits. The window that held it before is told (event records.writerChanged)
   * and its appends are refused from then on: two working copies never write past each other unseen.
   */
  'records.claimWriter': channel(z.object({ writer: WriterId }).strict(), z.object({})),
  /**
   * Entries after `after` (a count: 0 reads from the start), at most `limit`, for rebuilding the working copy;
   * with `latest`, only each record's latest entry (a copy built from nothing). `next` is where to read on from;
   * `generation` changes when a purge rewrote the journal, so a copy built from an earlier one is rebuilt.
   */
  'records.read': channel(
    z.object({ after: z.number().int().nonnegative(), limit: z.number().int().min(1).max(5000), latest: z.boolean().optional() }).strict(),
    z.object({ head: JournalHead, entries: z.array(JournalEntry), next: z.number().int().nonnegative(), generation: z.string().max(64) }),
  ),
  /**
   * Forgets a case (with every record that belongs to it) or a person (with their links to cases, notes and
   * proceedings about them): the journal is rewritten without any version of them, and custody says a purge
   * happened, with counts only. Evidence files are not records and stay, with their custody.
   */
  'records.purge': channel(
    z.object({ table: z.enum(['cases', 'people']), id: RecordId }).strict(),
    z.object({ records: z.number().int().nonnegative(), entries: z.number().int().nonnegative() }),
  ),
  /** A case's edit history, from the journal, oldest first. */
  'records.caseHistory': channel(z.object({ caseId: RecordId }).strict(), z.array(CaseChange)),
};
