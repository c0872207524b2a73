// Opening the records at unlock: the database, the decrypted working set and its search index, as one
// Disposable that lock disposes.
//
// With a snapshot that covers every table, the working set is served from it as soon as its row is read and opened,
// and then verified in the background exactly as an open without one would check it (raw rows, digests); tables
// whose rows changed since are opened row by row and put in its place, and onRefreshed listeners are told. Writes
// wait for that verification (`ready`), so none can be checked against stale records or overwritten by a refresh.
//
// With a journal (the app always has one), the working copy is first brought up to main's record journal
// (journal-sync.ts), and every write goes to the journal before IndexedDB (journal-writer.ts).
import type { Case, Person } from '../../shared/model';
import { toDisposable, type Disposable } from '../../shared/lifecycle';
import { TamgaError, type Result } from '../../shared/result';
import type { Kind } from '../../shared/search';
import type { RecordKeys } from '../platform/record-keys';
import { blindIndex, nameIndexValue } from './blind-index';
import { RecordsDatabase } from './database';
import { createDraftStore, type DraftStore } from './draft-store';
import { createCaseItemStore, createExcerptStore, createItemTextStore, type CaseItemStore, type ExcerptStore, type ItemTextStore } from './evidence-stores';
import { indexInBackground } from './background-indexing';
import type { RecordJournal } from './journal-client';
import { JournalSyncError, syncWorkingCopy, type SyncProgress } from './journal-sync';
import { importBatch, type ImportBatch, type ImportSummary } from './import-batch';
import { MODEL_TABLES, type InputOf, type ModelTable, type RecordOf } from './record-model';
import { mergeCases, mergePeople } from './record-merge';
import { createRecordStore, type CaseScopedStore, type RecordsContext, type RecordStore } from './record-store';
import { createSnapshotWriter, type SnapshotWriter, type SnapshotWriterOptions } from './snapshot-writer';
import { loadModelTables, readSnapshot, verifySnapshot, type DamagedRow, type LoadedTables } from './table-load';
import type { SnapshotBody } from './working-snapshot';
import { WorkingSet, type RecordHit } from './working-set';

export type { DamagedRow } from './table-load';

export type OpenRecordsOptions = {
  /** IndexedDB database name; tests and a second vault use their own. */
  name?: string;
  /** Groups of names for one place (from the gazetteer), so "Astana" finds a case in "Нур-Султан". */
  synonyms?: string[][];
  /** Clock for createdAt/updatedAt; injected in tests. */
  now?: () => Date;
  /** When the working-set snapshot is rewritten (snapshot-writer.ts); tests and benches tune it. */
  snapshot?: SnapshotWriterOptions;
  /**
   * Main's record journal: the source of truth the working copy is rebuilt from, and where every write goes first.
   * The app passes the one it reaches through main (records-store.ts); without one the working copy stands alone,
   * as tests and benches of the working copy itself want.
   */
  journal?: RecordJournal;
  /** Told how a rebuild from the journal is going, batch by batch, before the tables are read. */
  onProgress?: (progress: SyncProgress) => void;
  /** Called once if the database is deleted under the open records; they are disposed first. */
  onLost?: () => void;
};

export type Records = Disposable & {
  cases: RecordStore<Case, InputOf<'cases'>> & { merge(keepId: string, mergeId: string): Promise<Result<Case>> };
  events: CaseScopedStore<RecordOf<'events'>, InputOf<'events'>>;
  people: RecordStore<Person, InputOf<'people'>> & {
    merge(keepId: string, mergeId: string): Promise<Result<Person>>;
    /** Equality lookup through the blind name index: any spelling that folds to the same key matches. */
    findByName(name: string): Promise<Person[]>;
  };
  casePeople: CaseScopedStore<RecordOf<'casePeople'>, InputOf<'casePeople'>>;
  notes: CaseScopedStore<RecordOf<'notes'>, InputOf<'notes'>>;
  sources: RecordStore<RecordOf<'sources'>, InputOf<'sources'>>;
  claims: CaseScopedStore<RecordOf<'claims'>, InputOf<'claims'>>;
  proceedings: CaseScopedStore<RecordOf<'proceedings'>, InputOf<'proceedings'>>;
  caseItems: CaseItemStore;
  itemTexts: ItemTextStore;
  excerpts: ExcerptStore;
  reportProjects: RecordStore<RecordOf<'reportProjects'>, InputOf<'reportProjects'>>;
  drafts: DraftStore;
  search(query: string, options?: { kinds?: readonly Kind[]; limit?: number }): RecordHit[];
  importBatch(batch: ImportBatch): Promise<Result<ImportSummary>>;
  /** Rows refused at open, by table in model order; with a snapshot, as filed there until verification ends. */
  damaged(): readonly DamagedRow[];
  /**
   * Resolves once the working set is verified against the rows. An unlock with a snapshot lists and searches it at
   * once and verifies it in the background; writes wait for this (they start after it resolves). Rejects if the
   * rows could not be read; the records then stay as served and refuse writes.
   */
  ready: Promise<void>;
  /**
   * Called when verification replaced tables served from the snapshot (their rows changed since it was written),
   * so a screen that listed them can list again. Not called when the snapshot was fresh.
   */
  onRefreshed(listener: (tables: readonly ModelTable[]) => void): Disposable;
  /**
   * Writes the sealed working-set snapshot now if anything changed since the last write, and resolves when every
   * write started so far is done. dispose() starts the last write itself; flush() after dispose() awaits it.
   */
  flush(): Promise<void>;
};

export async function openRecords(keys: RecordKeys, options: OpenRecordsOptions = {}): Promise<Records> {
  const db = new RecordsDatabase(keys, { name: options.name, journal: options.journal });
  await db.open();
  try {
    await syncWorkingCopy(db, keys, options.onProgress);
  } catch (error) {
    db.close();
    throw new JournalSyncError(error);
  }
  const working = new WorkingSet(options.synonyms ?? []);
  // Per table, so verification can replace one table's report; damaged() lists them in model order, as an open
  // row by row reports them.
  const damaged = new Map<ModelTable, string[]>();
  const listeners = new Set<(tables: readonly ModelTable[]) => void>();
  let disposed = false;
  let writer: SnapshotWriter | undefined;
  let indexing: Disposable | undefined;
  let ready: Promise<void> = Promise.resolve();
  const ctx: RecordsContext = {
    db,
    working,
    now: options.now ?? (() => new Date()),
    live() {
      if (disposed) throw new TamgaError('vault.locked');
    },
    settled: () => ready,
  };

  // Runs in the background after a snapshot was served: the same raw read and digests as an open without one, so
  // what the working set ends up holding is exactly what loadModelTables would have given. Nothing writes to the
  // working set meanwhile (every write awaits `ready`), so replacing a stale table cannot lose a write, and each
  // table holds exactly the rows just digested when the snapshot writer is created, as it requires.
  async function verify(snapshot: SnapshotBody): Promise<void> {
    const served = new Map(MODEL_TABLES.map((t) => [t, working.generation(t)]));
    const { opened, stale } = await verifySnapshot(db, keys, MODEL_TABLES, snapshot, () => !disposed);
    if (disposed) return;
    // Unreachable while writes wait for `ready`; checked because replacing a table that changed meanwhile would
    // drop that change, and filing it would seal a snapshot that does not describe its rows.
    const moved = MODEL_TABLES.filter((t) => working.generation(t) !== served.get(t));
    if (moved.length > 0) throw new Error(`records: ${moved.join(', ')} changed during verification`);
    if (stale.size > 0) {
      working.replaceTables(Object.fromEntries([...stale].map(([t, r]) => [t, r.records])) as LoadedTables);
      for (const [table, result] of stale) damaged.set(table, result.damaged);
      // The index was queued again from the maps; the idle indexer that finished or was under way restarts on it.
      indexing?.dispose();
      indexing = indexInBackground(working);
    }
    writer = createSnapshotWriter(db, keys, working, opened, options.snapshot);
    if (stale.size > 0) {
      const tables = [...stale.keys()];
      // After `ready` settles, so a listener that throws surfaces on its own and cannot fail verification.
      void Promise.resolve().then(() => {
        for (const listener of [...listeners]) listener(tables);
      });
    }
  }

  try {
    // The snapshot row alone first: served as soon as it opens, before any table is read.
    const snapshot = await readSnapshot(db, keys);
    if (snapshot && MODEL_TABLES.every((t) => snapshot.tables[t])) {
      working.load(Object.fromEntries(MODEL_TABLES.map((t) => [t, snapshot.tables[t]!.records])) as LoadedTables);
      for (const table of MODEL_TABLES) damaged.set(table, snapshot.tables[table]!.damaged);
      ready = verify(snapshot);
      // Seen by whoever awaits it (every write does); not an unhandled rejection when nobody does.
      ready.catch(() => undefined);
    } else {
      // No snapshot, or one that does not cover every table: opened as before, with what was read passed on.
      const found: DamagedRow[] = [];
      const loaded = await loadModelTables(db, keys, MODEL_TABLES, found, { snapshot });
      working.load(loaded.tables);
      for (const { table, id } of found) damaged.set(table, [...(damaged.get(table) ?? []), id]);
      writer = createSnapshotWriter(db, keys, working, loaded.opened, options.snapshot);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  indexing = indexInBackground(working);

  const people = createRecordStore(ctx, 'people');
  const records: Records = {
    cases: { ...createRecordStore(ctx, 'cases'), merge: (keepId, mergeId) => mergeCases(ctx, keepId, mergeId) },
    events: createRecordStore(ctx, 'events'),
    people: {
      ...people,
      merge: (keepId, mergeId) => mergePeople(ctx, keepId, mergeId),
      async findByName(name) {
        ctx.live();
        const key = nameIndexValue(name);
        if (!key) return [];
        const found = await db.people.where('nameIndex').equals(await blindIndex(keys.index, 'person.name', key)).toArray();
        // The index column sits in the clear and could be edited; trust only what the sealed names say.
        return found.filter((p) => !p.mergedInto && p.names.some((n) => nameIndexValue(n.text) === key));
      },
    },
    casePeople: createRecordStore(ctx, 'casePeople'),
    notes: createRecordStore(ctx, 'notes'),
    sources: createRecordStore(ctx, 'sources'),
    claims: createRecordStore(ctx, 'claims'),
    proceedings: createRecordStore(ctx, 'proceedings'),
    caseItems: createCaseItemStore(ctx),
    itemTexts: createItemTextStore(ctx),
    excerpts: createExcerptStore(ctx),
    reportProjects: createRecordStore(ctx, 'reportProjects'),
    drafts: createDraftStore(ctx, keys),
    search(query, searchOptions) {
      ctx.live();
      return working.search(query, searchOptions);
    },
    importBatch: (batch) => importBatch(ctx, batch),
    damaged: () => MODEL_TABLES.flatMap((table) => (damaged.get(table) ?? []).map((id) => ({ table, id }))),
    ready,
    onRefreshed(listener) {
      listeners.add(listener);
      return toDisposable(() => listeners.delete(listener));
    },
    // Until verification ends there is no writer: nothing is written, and a flush waits for it.
    flush: () => ready.then(() => writer?.flush(), () => undefined).then(() => db.journal?.settled()),
    dispose() {
      if (disposed) return;
      disposed = true;
      indexing?.dispose();
      listeners.clear();
      // Captures what the last snapshot write needs before the working set is cleared; the keys and the database
      // are released when that write ends (a verification under way stops at its next step and creates no writer).
      writer?.dispose();
      working.clear();
      damaged.clear();
      void ready
        .then(() => writer?.flush(), () => undefined)
        // The journal position reached so far is stored too, so the next unlock replays no more than it must.
        .then(() => db.journal?.settled())
        .finally(() => db.close());
    },
  };
  // Someone deleted the database (site data cleared, another tab): what is listed can no longer be read through or
  // written, so the records go and the caller says so, rather than showing an empty or stale list.
  db.on('versionchange', (event) => {
    if (disposed || event.newVersion) return;
    records.dispose();
    options.onLost?.();
  });
  return records;
}
