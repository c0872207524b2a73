// Opening the records at unlock: the database, the decrypted working set and its search index, as one
// Disposable that lock disposes.
import type { Case, Person } from '../../shared/model';
import type { Disposable } from '../../shared/lifecycle';
import { TamgaError, type Result } from '../../shared/result';
import type { Kind } from '../../shared/search';
import type { RecordKeys } from '../platform/record-keys';
import { blindIndex, nameIndexValue } from './blind-index';
import { RecordsDatabase } from './database';
import { createDraftStore, type DraftStore } from './draft-store';
import { createCaseItemStore, createExcerptStore, createItemTextStore, type CaseItemStore, type ExcerptStore, type ItemTextStore } from './evidence-stores';
import { indexInBackground } from './background-indexing';
import { importBatch, type ImportBatch, type ImportSummary } from './import-batch';
import { MODEL_TABLES, type InputOf, type RecordOf } from './record-model';
import { mergeCases, mergePeople } from './record-merge';
import { createRecordStore, type CaseScopedStore, type RecordsContext, type RecordStore } from './record-store';
import { createSnapshotWriter, type SnapshotWriter, type SnapshotWriterOptions } from './snapshot-writer';
import { loadModelTables, type DamagedRow } from './table-load';
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
  drafts: DraftStore;
  search(query: string, options?: { kinds?: readonly Kind[]; limit?: number }): RecordHit[];
  importBatch(batch: ImportBatch): Promise<Result<ImportSummary>>;
  damaged(): readonly DamagedRow[];
  /**
   * Writes the sealed working-set snapshot now if anything changed since the last write, and resolves when every
   * write started so far is done. dispose() starts the last write itself; flush() after dispose() awaits it.
   */
  flush(): Promise<void>;
};

export async function openRecords(keys: RecordKeys, options: OpenRecordsOptions = {}): Promise<Records> {
  const db = new RecordsDatabase(keys, { name: options.name });
  await db.open();
  const working = new WorkingSet(options.synonyms ?? []);
  const damaged: DamagedRow[] = [];
  let disposed = false;
  const ctx: RecordsContext = {
    db,
    working,
    now: options.now ?? (() => new Date()),
    live() {
      if (disposed) throw new TamgaError('vault.locked');
    },
  };
  let writer: SnapshotWriter;
  try {
    const loaded = await loadModelTables(db, keys, MODEL_TABLES, damaged);
    working.load(loaded.tables);
    writer = createSnapshotWriter(db, keys, working, loaded.opened, options.snapshot);
  } catch (error) {
    db.close();
    throw error;
  }
  const indexing = indexInBackground(working);

  const people = createRecordStore(ctx, 'people');
  return {
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
    drafts: createDraftStore(ctx, keys),
    search(query, searchOptions) {
      ctx.live();
      return working.search(query, searchOptions);
    },
    importBatch: (batch) => importBatch(ctx, batch),
    damaged: () => [...damaged],
    flush: () => writer.flush(),
    dispose() {
      if (disposed) return;
      disposed = true;
      indexing.dispose();
      // Captures what the last snapshot write needs before the working set is cleared; the keys and the database
      // are released when that write ends.
      writer.dispose();
      working.clear();
      damaged.length = 0;
      void writer.flush().finally(() => db.close());
    },
  };
}
