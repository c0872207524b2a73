// Reading every model table at unlock. The rows are read raw, straight from IndexedDB in one read-only
// transaction, and opened afterwards with plain promises: through Dexie, each of ~100k decryptions ran inside its
// transaction zone (Dexie.waitFor), and the zone switching cost more than the crypto. Rows are verified by the same
// openSealedRow the middleware uses, so this path refuses exactly what a Dexie read would. Tables whose rows are
// unchanged since the last snapshot (working-snapshot.ts) skip the per-row decryption altogether.
import { TamgaError } from '../../shared/result';
import type { RecordKeys } from '../platform/record-keys';
import type { RecordsDatabase, SnapshotRow } from './database';
import type { ModelTable, RecordOf } from './record-model';
import { TABLE_SPECS } from '../../shared/records/record-tables';
import { openSealedRow } from './sealed-row';
import { digestRows } from './table-digest';
import { openSnapshot, SNAPSHOT_ID, type SnapshotBody } from './working-snapshot';

/** A row that failed authentication at open: left out of lists and search, and reported here. */
export type DamagedRow = { table: ModelTable; id: string };
export type LoadedTables = { [T in ModelTable]?: RecordOf<T>[] };

// Bounds the decrypted-but-unreturned promises and plaintext buffers in flight, not the rows held: each table's
// sealed rows are in memory until that table is open, as they were with Dexie's toArray().
const CHUNK_ROWS = 2048;

const isUnreadable = (error: unknown) => error instanceof TamgaError && error.code === 'records.unreadable';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('records: read failed'));
  });
}

/** How one table was opened at unlock: what the snapshot writer needs to file it without decrypting it again. */
export type OpenedTable = { digest: string; damaged: string[]; fromSnapshot: boolean };
export type LoadResult = { tables: LoadedTables; opened: Map<ModelTable, OpenedTable> };

/** The raw rows of `tables` (and, if asked, the snapshot row), read in ONE read-only transaction. */
export function readRawTables(db: RecordsDatabase, tables: readonly ModelTable[], withSnapshot: boolean) {
  // All reads are queued at once on one transaction, so the tables form one consistent state; opening a table
  // needs nothing from the transaction, so it may commit while the first tables are still being decrypted.
  const stores: string[] = withSnapshot ? [...tables, 'snapshots'] : [...tables];
  const tx = db.backendDB().transaction(stores, 'readonly');
  const rows = tables.map((table) => settle(tx.objectStore(table).getAll() as IDBRequest<unknown[]>));
  const snapshot = withSnapshot ? settle(tx.objectStore('snapshots').get(SNAPSHOT_ID) as IDBRequest<SnapshotRow | undefined>) : Promise.resolve(undefined);
  // A rejected read is awaited later; until then, do not let it surface as an unhandled rejection.
  for (const read of [...rows, snapshot]) read.catch(() => undefined);
  return { rows, snapshot };
}

/**
 * Every row of `tables`, opened and verified; a row that fails is left out and appended to `damaged`. A table whose
 * raw rows hash to the digest filed in the snapshot is taken from the snapshot instead: same rows, same answer.
 */
export async function loadModelTables(
  db: RecordsDatabase,
  keys: RecordKeys,
  tables: readonly ModelTable[],
  damaged: DamagedRow[],
  // The snapshot, when the caller has already read and opened it (undefined: there is none); it is not read again.
  known?: { snapshot: SnapshotBody | undefined },
): Promise<LoadResult> {
  const reads = readRawTables(db, tables, !known);
  // Opened while the tables are still being read; a missing or unreadable snapshot just means none.
  const snapshot = known
    ? Promise.resolve(known.snapshot)
    : reads.snapshot.then((row) => (row ? openSnapshot(keys.records, row.sealed) : undefined)).catch(() => undefined);
  const loaded: Record<string, unknown[]> = {};
  const opened = new Map<ModelTable, OpenedTable>();
  for (const [i, table] of tables.entries()) {
    const rows = await reads.rows[i]!;
    const digest = await digestRows(rows);
    const filed = (await snapshot)?.tables[table];
    const fromSnapshot = filed?.digest === digest;
    const result = fromSnapshot ? { records: filed.records, damaged: filed.damaged } : await openTable(keys.records, table, rows);
    loaded[table] = result.records;
    for (const id of result.damaged) damaged.push({ table, id });
    opened.set(table, { digest, damaged: result.damaged, fromSnapshot });
  }
  return { tables: loaded as LoadedTables, opened };
}

/**
 * The snapshot row alone, read in its own transaction and opened: what the first list can be served from before
 * any table is read. Undefined when there is none or it does not open, as for loadModelTables.
 */
export async function readSnapshot(db: RecordsDatabase, keys: RecordKeys): Promise<SnapshotBody | undefined> {
  const row = await readRawTables(db, [], true).snapshot.catch(() => undefined);
  return row ? openSnapshot(keys.records, row.sealed) : undefined;
}

/**
 * Checks a snapshot already served against the rows: the same raw read and digests as loadModelTables, in one
 * read-only transaction. Tables whose rows still hash to their filed digest are left as served; every other table
 * is opened row by row and returned in `stale`, for the caller to put in place of what was served.
 */
export async function verifySnapshot(
  db: RecordsDatabase,
  keys: RecordKeys,
  tables: readonly ModelTable[],
  snapshot: SnapshotBody,
  isLive: () => boolean,
): Promise<{ opened: Map<ModelTable, OpenedTable>; stale: Map<ModelTable, { records: unknown[]; damaged: string[] }> }> {
  const reads = readRawTables(db, tables, false);
  const opened = new Map<ModelTable, OpenedTable>();
  const stale = new Map<ModelTable, { records: unknown[]; damaged: string[] }>();
  for (const [i, table] of tables.entries()) {
    const rows = await reads.rows[i]!;
    if (!isLive()) break;
    const digest = await digestRows(rows);
    const filed = snapshot.tables[table];
    if (filed?.digest === digest) {
      opened.set(table, { digest, damaged: filed.damaged, fromSnapshot: true });
      continue;
    }
    const result = await openTable(keys.records, table, rows);
    stale.set(table, result);
    opened.set(table, { digest, damaged: result.damaged, fromSnapshot: false });
  }
  return { opened, stale };
}

/** Opens one table's raw rows as a Dexie read would: the records that pass, and the ids of those that fail. */
export async function openTable(key: CryptoKey, table: ModelTable, rows: readonly unknown[]): Promise<{ records: unknown[]; damaged: string[] }> {
  const spec = TABLE_SPECS[table];
  const records: unknown[] = [];
  const damaged: string[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const opened = await Promise.all(
      chunk.map((row) =>
        openSealedRow(key, table, spec, row).catch((error: unknown) => {
          if (!isUnreadable(error)) throw error;
          return undefined;
        }),
      ),
    );
    // Reported in key order, as rows come from getAll(), so damaged() is the same from one unlock to the next.
    for (const [j, record] of opened.entries()) {
      if (record) records.push(record);
      else damaged.push(String((chunk[j] as { id?: unknown } | null)?.id));
    }
  }
  return { records, damaged };
}
