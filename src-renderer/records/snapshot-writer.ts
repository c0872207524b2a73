// Keeps the sealed working-set snapshot (working-snapshot.ts) current, so the next unlock can skip per-row
// decryption. The rows stay the source of truth: every table entry written is (digest of raw rows R, what opening R
// gives), so a snapshot can be old but never wrong, and a table whose rows changed since is simply opened row by row.
//
// A table the working set has not changed since it was last opened or re-read is filed from memory under the digest
// of the rows it came from. A changed table is read raw again and opened row by row, here in the background, rather
// than filed from the working set: a write whose row has committed but whose working-set update has not yet run
// would otherwise be filed under a digest that does not describe it. Its working-set update bumps the generation,
// so that table is re-read at the next write too.
import type { Disposable } from '../../shared/lifecycle';
import type { RecordKeys } from '../platform/record-keys';
import type { RecordsDatabase } from './database';
import type { ModelTable } from './record-model';
import { openTable, readRawTables, type OpenedTable } from './table-load';
import { digestRows } from './table-digest';
import { sealSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_ID, type SnapshotBody, type TableSnapshot } from './working-snapshot';
import type { WorkingSet } from './working-set';

export type SnapshotWriterOptions = {
  /** Write once this many records changed since the last write. */
  changesPerWrite?: number;
  /** Otherwise write after this long without a change. */
  idleMs?: number;
  /** After an open that decrypted rows, write this long after it, once the first list has had the thread. */
  firstWriteMs?: number;
};

export type SnapshotWriter = Disposable & {
  /** Writes now if anything changed since the last write; resolves when that and any earlier write are done. */
  flush(): Promise<void>;
};

type Verified = { digest: string; damaged: string[]; generation: number };
type Capture = { table: ModelTable; generation: number; filed?: TableSnapshot };

export function createSnapshotWriter(
  db: RecordsDatabase,
  keys: RecordKeys,
  working: WorkingSet,
  opened: ReadonlyMap<ModelTable, OpenedTable>,
  options: SnapshotWriterOptions = {},
): SnapshotWriter {
  const { changesPerWrite = 200, idleMs = 30_000, firstWriteMs = 2_000 } = options;
  const tables = [...opened.keys()];
  const verified = new Map<ModelTable, Verified>();
  // The generation each table had when last written; -1 for tables the snapshot on disk does not hold as they are.
  const written = new Map<ModelTable, number>();
  for (const [table, { digest, damaged, fromSnapshot }] of opened) {
    verified.set(table, { digest, damaged, generation: working.generation(table) });
    written.set(table, fromSnapshot ? working.generation(table) : -1);
  }
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  let changes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const isDirty = () => tables.some((t) => written.get(t) !== working.generation(t));
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  // Synchronous up to the first await, so dispose() can capture the working set before it is cleared.
  function flush(): Promise<void> {
    clearTimeout(timer);
    if (closed || !isDirty()) return chain;
    changes = 0;
    const captures: Capture[] = tables.map((table) => {
      const generation = working.generation(table);
      const known = verified.get(table)!;
      const filed = known.generation === generation ? { digest: known.digest, damaged: known.damaged, records: working.all(table) } : undefined;
      return { table, generation, filed };
    });
    // A failed write loses nothing (the rows are the truth); the next unlock just opens more tables row by row.
    chain = chain.then(() => write(captures)).catch(() => undefined);
    return chain;
  }

  async function write(captures: Capture[]): Promise<void> {
    const stale = captures.filter((c) => !c.filed).map((c) => c.table);
    if (stale.length > 0) {
      const reads = readRawTables(db, stale, false);
      for (const [i, table] of stale.entries()) {
        const rows = await reads.rows[i]!;
        const [digest, result] = await Promise.all([digestRows(rows), openTable(keys.records, table, rows)]);
        const capture = captures.find((c) => c.table === table)!;
        capture.filed = { digest, damaged: result.damaged, records: result.records as TableSnapshot['records'] };
        verified.set(table, { digest, damaged: result.damaged, generation: capture.generation });
      }
    }
    // Filed in key order, as getAll() returns rows, so records tied on updatedAt list in the same order either way.
    for (const c of captures) c.filed!.records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const body: SnapshotBody = { format: SNAPSHOT_FORMAT, tables: Object.fromEntries(captures.map((c) => [c.table, c.filed])) };
    const sealed = await sealSnapshot(keys.records, body);
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction(['snapshots'], 'readwrite');
      tx.objectStore('snapshots').put({ id: SNAPSHOT_ID, sealed });
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('records: snapshot write failed'));
    });
    for (const c of captures) written.set(c.table, c.generation);
  }

  working.onChange((_table, count) => {
    changes += count;
    schedule(changes >= changesPerWrite ? 0 : idleMs);
  });
  if (isDirty()) schedule(firstWriteMs);

  return {
    flush,
    dispose() {
      // Nothing new is written at lock: a write then would keep the key alive after the person asked for it to go
      // (and re-reading a changed table can take seconds). Changes since the last write cost only a row-by-row open
      // of their tables at the next unlock. A write already under way is let finish; flush() awaits it.
      closed = true;
      clearTimeout(timer);
    },
  };
}
