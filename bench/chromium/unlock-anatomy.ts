/**
 * Where a snapshot unlock's time goes: the steps loadModelTables overlaps (open the database, read every raw row
 * and the snapshot row, hash the rows, open the snapshot) plus filing the records into the working set, run one
 * after another so each can be timed. Uses records-layer internals on purpose: this is a diagnosis, and the
 * overlapped sum the app sees is the unlock figure itself.
 */
import type { RecordKeys } from '../../src-renderer/platform/record-keys';
import { RecordsDatabase } from '../../src-renderer/records/database';
import { MODEL_TABLES, type ModelTable } from '../../src-renderer/records/record-model';
import { readRawTables } from '../../src-renderer/records/table-load';
import { digestRows } from '../../src-renderer/records/table-digest';
import { openSnapshot } from '../../src-renderer/records/working-snapshot';
import { WorkingSet } from '../../src-renderer/records/working-set';

export type UnlockAnatomy = { openDatabase: number; readRows: number; rows: number; digestRows: number; openSnapshot: number; loadWorkingSet: number };

export async function timeUnlockSteps(keys: RecordKeys, name: string, synonyms: string[][]): Promise<UnlockAnatomy> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return seconds;
  };
  const db = new RecordsDatabase(keys, { name });
  try {
    await db.open();
    const openDatabase = lap();
    const reads = readRawTables(db, MODEL_TABLES, true);
    const tables = await Promise.all(reads.rows);
    const row = await reads.snapshot;
    const readRows = lap();
    for (const rows of tables) await digestRows(rows);
    const digested = lap();
    const body = row ? await openSnapshot(keys.records, row.sealed) : undefined;
    if (!body) throw new Error('unlock anatomy: no readable snapshot');
    const opened = lap();
    const working = new WorkingSet(synonyms);
    working.load(Object.fromEntries(Object.entries(body.tables).map(([table, filed]) => [table as ModelTable, filed.records])));
    return { openDatabase, readRows, rows: tables.reduce((n, t) => n + t.length, 0), digestRows: digested, openSnapshot: opened, loadWorkingSet: lap() };
  } finally {
    db.close();
  }
}
