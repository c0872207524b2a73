// Reading every model table at unlock. The rows are read raw, straight from IndexedDB in one read-only
// transaction, and opened afterwards with plain promises: through Dexie, each of ~100k decryptions ran inside its
// transaction zone (Dexie.waitFor), and the zone switching cost more than the crypto. Rows are verified by the same
// openSealedRow the middleware uses, so this path refuses exactly what a Dexie read would.
import { TamgaError } from '../../shared/result';
import type { RecordKeys } from '../platform/record-keys';
import type { RecordsDatabase } from './database';
import type { ModelTable, RecordOf } from './record-model';
import { TABLE_SPECS } from './record-tables';
import { openSealedRow } from './sealed-row';

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

/** Every row of `tables`, opened and verified; a row that fails is left out and appended to `damaged`. */
export async function loadModelTables(db: RecordsDatabase, keys: RecordKeys, tables: readonly ModelTable[], damaged: DamagedRow[]): Promise<LoadedTables> {
  // All reads are queued at once on one transaction, so the tables form one consistent snapshot; opening a table
  // needs nothing from the transaction, so it may commit while the first tables are still being decrypted.
  const tx = db.backendDB().transaction([...tables], 'readonly');
  const reads = tables.map((table) => settle(tx.objectStore(table).getAll() as IDBRequest<unknown[]>));
  // A rejected read is awaited below; until then, do not let it surface as an unhandled rejection.
  for (const read of reads) read.catch(() => undefined);
  const loaded: Record<string, unknown[]> = {};
  for (const [i, table] of tables.entries()) loaded[table] = await openRows(keys.records, table, await reads[i]!, damaged);
  return loaded as LoadedTables;
}

async function openRows(key: CryptoKey, table: ModelTable, rows: unknown[], damaged: DamagedRow[]): Promise<unknown[]> {
  const spec = TABLE_SPECS[table];
  const out: unknown[] = [];
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
      if (record) out.push(record);
      else damaged.push({ table, id: String((chunk[j] as { id?: unknown } | null)?.id) });
    }
  }
  return out;
}
