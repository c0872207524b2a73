// The records database: one Dexie table per noun, every row sealed by the encryption middleware. Schema changes
// are new versions with upgrade functions; tests/component/records/database-upgrade.test.ts opens a v1 database.
import Dexie, { type Table } from 'dexie';
import type { Case, CaseEvent, CaseItem, CasePerson, Claim, ItemText, Note, Person, Proceeding, ReportProject, Source } from '../../shared/model';
import type { RecordKeys } from '../platform/record-keys';
import { createEncryptionMiddleware, keepAlive } from './encryption-middleware';
import type { RecordJournal } from './journal-client';
import { JournalWriter } from './journal-writer';
import type { StoredExcerpt } from './record-model';

export const DEFAULT_DATABASE_NAME = 'tamga-records';

/** Removes the whole working copy; the records database must already be closed, or the delete waits for it. */
export const deleteRecordsDatabase = (name = DEFAULT_DATABASE_NAME): Promise<void> => Dexie.delete(name);

/** An autosave draft: `id` is the blind index of the caller's key, so draft keys are not stored in the clear. */
export type Draft = { id: string; updatedAt: string; value: unknown };
/** Points a case at an entry of the custody log kept in main (entries themselves never live here). */
export type CustodyRef = { id: string; caseId: string; createdAt: string; updatedAt: string; entryHash: string; action: string };

// Version 1 indexes only what lookups need. Every indexed column except blind ones is an id or a timestamp.
const V1 = {
  cases: 'id, updatedAt, *tagIndex',
  events: 'id, caseId',
  people: 'id, *nameIndex',
  casePeople: 'id, caseId, personId',
  notes: 'id, caseId, eventId, personId',
  sources: 'id',
  claims: 'id, caseId, eventId, sourceId',
  proceedings: 'id, caseId, personId',
  drafts: 'id',
  custodyRefs: 'id, caseId',
};
// Version 2 brings merge tombstones: `kind` (case / case-tombstone) and `mergedInto` become indexed columns so a
// list can skip tombstones and a merged id can be followed without decrypting every case.
const V2 = {
  cases: 'id, kind, updatedAt, mergedInto, *tagIndex',
  people: 'id, kind, mergedInto, *nameIndex',
};
// Version 3 brings evidence into the case: attachments, extracted text and excerpts. itemId is the vault's random
// item id, a foreign id like caseId, so it may be indexed in the clear; filenames, text and quotes stay sealed.
const V3 = {
  caseItems: 'id, caseId, itemId',
  itemTexts: 'id, itemId',
  excerpts: 'id, itemId, caseId',
};
// Version 4 adds one table for the sealed working-set snapshot (working-snapshot.ts). Its own table rather than a
// reserved draft id: drafts are sealed per row by the middleware with the records AAD, while the snapshot carries its
// own AAD and format version, is tens of MB, and is written raw; mixing it into drafts would also make any future
// "list drafts" read it. Nothing existing changes shape, so there is nothing to rewrite.
export const SNAPSHOTS_TABLE = 'snapshots';
const V4 = { [SNAPSHOTS_TABLE]: 'id' };
// Version 5 adds `meta`, where the working copy keeps its position in main's record journal (journal-writer.ts):
// one sealed row, written raw. New table only, so nothing is rewritten.
const V5 = { meta: 'id' };
// Version 6 adds report projects (shadow reports, UPR submissions). They belong to no one case, so only the id and
// the time of the last change are indexed; target, country and narrative stay sealed. New table only.
const V6 = { reportProjects: 'id, updatedAt' };
export const LATEST_VERSION = 6;

/** A sealed snapshot row: the only columns are a fixed id and the sealed bytes (nothing in the clear). */
export type SnapshotRow = { id: string; sealed: Uint8Array };

export class RecordsDatabase extends Dexie {
  cases!: Table<Case, string>;
  events!: Table<CaseEvent, string>;
  people!: Table<Person, string>;
  casePeople!: Table<CasePerson, string>;
  notes!: Table<Note, string>;
  sources!: Table<Source, string>;
  claims!: Table<Claim, string>;
  proceedings!: Table<Proceeding, string>;
  drafts!: Table<Draft, string>;
  custodyRefs!: Table<CustodyRef, string>;
  caseItems!: Table<CaseItem, string>;
  itemTexts!: Table<ItemText, string>;
  excerpts!: Table<StoredExcerpt, string>;
  reportProjects!: Table<ReportProject, string>;
  snapshots!: Table<SnapshotRow, string>;
  /** Appends every journaled write to main before IndexedDB commits it; absent, the working copy stands alone. */
  readonly journal: JournalWriter | undefined;

  constructor(keys: RecordKeys, options: { name?: string; version?: 1 | 2 | 3 | 4 | 5 | 6; journal?: RecordJournal } = {}) {
    super(options.name ?? DEFAULT_DATABASE_NAME);
    const version = options.version ?? LATEST_VERSION;
    this.journal = options.journal && new JournalWriter(options.journal, keys, () => this.backendDB());
    this.use(createEncryptionMiddleware(keys, this.journal));
    this.version(1).stores(V1);
    if (version >= 2) {
      this.version(2)
        .stores(V2)
        .upgrade(async (tx) => {
          // Rewriting each row through the middleware derives the new clear columns from the sealed payload.
          for (const table of ['cases', 'people'] as const) {
            const rows = await tx.table(table).toArray();
            await tx.table(table).bulkPut(rows);
          }
        });
    }
    // New tables only: nothing existing changes shape, so there is nothing to rewrite.
    if (version >= 3) this.version(3).stores(V3);
    if (version >= 4) this.version(4).stores(V4);
    if (version >= 5) this.version(5).stores(V5);
    if (version >= 6) this.version(6).stores(V6);
  }

  /**
   * A read-write transaction whose writes reach the journal as ONE group, appended at its end: a merge, a case
   * deletion or an import is in the journal whole or not at all. A refused append aborts the transaction, so
   * IndexedDB keeps nothing the journal lacks.
   */
  journaled<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
    const writer = this.journal;
    if (!writer) return this.transaction('rw', tables, work);
    return this.transaction('rw', tables, async () => {
      const trans = Dexie.currentTransaction.idbtrans;
      // Nested in another journaled transaction: that one appends.
      if (writer.hasGroup(trans)) return work();
      writer.openGroup(trans);
      const value = await work();
      await keepAlive(writer.closeGroup(trans));
      return value;
    });
  }
}
