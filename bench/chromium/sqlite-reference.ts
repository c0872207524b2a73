/**
 * Reference for the unlock figures: the sqlite3 CLI reading every row of the same tables (the same JSON per row, no
 * decryption, no search index) from a database file, process start included, page cache warm. The same
 * measurement as bench/records.bench.ts, so the two benches' ratios compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordsBatch } from './records-batch';

export function sqliteReadSeconds(batch: RecordsBatch): number {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-records-bench-'));
  try {
    const db = join(dir, 'records.sqlite');
    const tables = Object.entries(batch) as [string, { id?: string }[]][];
    for (const [table, rows] of tables) {
      writeFileSync(join(dir, `${table}.tsv`), `${rows.map((r, i) => `${r.id ?? `b${i}`}\t${JSON.stringify(r).replace(/"/g, "'")}`).join('\n')}\n`);
    }
    const load = tables.flatMap(([t]) => [`CREATE TABLE ${t}(id TEXT PRIMARY KEY, json TEXT);`, `.import ${join(dir, `${t}.tsv`)} ${t}`]);
    execFileSync('sqlite3', [db], { input: ['.mode tabs', ...load].join('\n') });
    const read = ['.output /dev/null', ...tables.map(([t]) => `SELECT * FROM ${t};`)].join('\n');
    execFileSync('sqlite3', [db], { input: read }); // warm the page cache, as IndexedDB's files would be
    const start = performance.now();
    execFileSync('sqlite3', [db], { input: read });
    return (performance.now() - start) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
