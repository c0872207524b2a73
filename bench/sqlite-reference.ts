/**
 * References for the unlock and rebuild figures, from the sqlite3 CLI, process start included, page cache warm.
 * sqliteReadSeconds: reading every row of the same tables (the same JSON per row, no decryption, no search index)
 * from a database file; shared by the Node and the Chromium records benches, so their ratios compare.
 * sqliteDumpReplaySeconds: building a new database from a `.dump` of those rows (`sqlite3 new.db < dump.sql`), the
 * counterpart of rebuilding a working copy from a journal.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Rows = Readonly<Record<string, readonly { id?: string }[]>>;

/** One table per entry of `batch`, (id, json), loaded with .import; a row without an id gets a positional one. */
function loadTables(dir: string, batch: Rows): { db: string; tables: string[] } {
  const db = join(dir, 'records.sqlite');
  const tables = Object.entries(batch);
  for (const [table, rows] of tables) {
    writeFileSync(join(dir, `${table}.tsv`), `${rows.map((r, i) => `${r.id ?? `b${i}`}\t${JSON.stringify(r).replace(/"/g, "'")}`).join('\n')}\n`);
  }
  const load = tables.flatMap(([t]) => [`CREATE TABLE ${t}(id TEXT PRIMARY KEY, json TEXT);`, `.import ${join(dir, `${t}.tsv`)} ${t}`]);
  execFileSync('sqlite3', [db], { input: ['.mode tabs', ...load].join('\n') });
  return { db, tables: tables.map(([t]) => t) };
}

export function sqliteReadSeconds(batch: Rows): number {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-records-bench-'));
  try {
    const { db, tables } = loadTables(dir, batch);
    const read = ['.output /dev/null', ...tables.map((t) => `SELECT * FROM ${t};`)].join('\n');
    execFileSync('sqlite3', [db], { input: read }); // warm the page cache, as IndexedDB's files would be
    const start = performance.now();
    execFileSync('sqlite3', [db], { input: read });
    return (performance.now() - start) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Seconds for each of `rounds` replays of a dump of these rows into a new database file, with sqlite3's defaults
 * (rollback journal, synchronous=FULL; the dump is one transaction). One untimed replay first warms the page cache.
 */
export function sqliteDumpReplaySeconds(batch: Rows, rounds: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-records-bench-'));
  try {
    const { db } = loadTables(dir, batch);
    const dump = join(dir, 'dump.sql');
    const out = openSync(dump, 'w');
    try {
      execFileSync('sqlite3', [db, '.dump'], { stdio: ['ignore', out, 'inherit'] });
    } finally {
      closeSync(out);
    }
    const replay = (target: string) => {
      const input = openSync(dump, 'r');
      try {
        execFileSync('sqlite3', [target], { stdio: [input, 'ignore', 'inherit'] });
      } finally {
        closeSync(input);
      }
    };
    replay(join(dir, 'warm.sqlite'));
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const target = join(dir, `new-${round}.sqlite`);
      const start = performance.now();
      replay(target);
      times.push((performance.now() - start) / 1000);
      rmSync(target);
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
