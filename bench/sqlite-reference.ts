/**
 * Reference for the unlock figures: the sqlite3 CLI reading every row of the same tables (the same JSON per row, no
 * decryption, no search index) from a database file, process start included, page cache warm. Shared by the Node
 * and the Chromium records benches, so their ratios compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows by table name; a row without an id gets a positional one. */
export function sqliteReadSeconds(batch: Readonly<Record<string, readonly { id?: string }[]>>): number {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-records-bench-'));
  try {
    const db = join(dir, 'records.sqlite');
    const tables = Object.entries(batch);
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
