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
import { importBatch, type ImportBatch, type ImportSummary } from './import-batch';
import { MODEL_TABLES, type InputOf, type ModelTable, type RecordOf } from './record-model';
import { mergeCases, mergePeople } from './record-merge';
import { createRecordStore, type CaseScopedStore, type RecordsContext, type RecordStore } from './record-store';
import { WorkingSet, type RecordHit } from './working-set';

export type OpenRecordsOptions = {
  /** IndexedDB database name; tests and a second vault use their own. */
  name?: string;
  /** Groups of names for one place (from the gazetteer), so "Astana" finds a case in "Нур-Султан". */
  synonyms?: string[][];
  /** Clock for createdAt/updatedAt; injected in tests. */
  now?: () => Date;
};

/** A row that failed authentication at open: left out of lists and search, and reported here. */
export type DamagedRow = { table: ModelTable; id: string };

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
};

const isUnreadable = (error: unknown) => error instanceof TamgaError && error.code === 'records.unreadable';

// Fast path: one query per table. Only when a row is damaged do we fall back to row by row, so one altered row
// costs that row and not the whole vault.
async function loadTable<T extends ModelTable>(db: RecordsDatabase, table: T, damaged: DamagedRow[]): Promise<RecordOf<T>[]> {
  try {
    return (await db.table(table).toArray()) as RecordOf<T>[];
  } catch (error) {
    if (!isUnreadable(error)) throw error;
  }
  const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
  const rows: RecordOf<T>[] = [];
  for (const id of ids) {
    try {
      const row = (await db.table(table).get(id)) as RecordOf<T> | undefined;
      if (row) rows.push(row);
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      damaged.push({ table, id });
    }
  }
  return rows;
}

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
  try {
    const loaded: { [T in ModelTable]?: RecordOf<T>[] } = {};
    for (const table of MODEL_TABLES) (loaded as Record<ModelTable, unknown>)[table] = await loadTable(db, table, damaged);
    working.load(loaded);
  } catch (error) {
    db.close();
    throw error;
  }

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
    dispose() {
      if (disposed) return;
      disposed = true;
      working.clear();
      damaged.length = 0;
      db.close();
    },
  };
}
