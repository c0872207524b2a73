/**
 * Unlock to first list: openRecords on a database holding 10k cases, 30k people and 50k events (plus their
 * case-person links), all written through importBatch, until the first cases.list() resolves. That covers reading
 * and decrypting every row; the search index is built afterwards in idle slices, so a second figure times a search
 * right after the first list, which has to finish the index itself.
 * Runs under Node with fake-indexeddb, which is slower than Chromium's IndexedDB: the figure is an upper bound.
 * Reference: the sqlite3 CLI reading every row of the same four tables (the same JSON per row, no decryption, no
 * search index) from a database file, process start included.
 * TAMGA_BENCH_SCALE (default 1) multiplies the row counts for quick runs.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gazetteerSynonyms } from '../shared/catalog';
import type { Bench } from './harness';
import { FULL_SIZES, generateBenchData, type BenchData } from './search-data';

const scale = Number(process.env.TAMGA_BENCH_SCALE ?? 1);

// The Node TS program has no DOM types (STYLE §2.1) and the records layer's signatures name CryptoKey, so the
// module is loaded by a path the compiler does not follow, behind the few signatures this bench calls.
type Place = { text: string };
type Batch = {
  cases: { id: string; title: string; summary: string; places: Place[] }[];
  people: { id: string; names: { text: string; script: 'cyrillic' | 'latin'; kind: 'primary' | 'transliteration' }[]; description: string; affiliation?: string }[];
  events: { id: string; caseId: string; description: string; place: Place }[];
  casePeople: { caseId: string; personId: string; role: 'victim' | 'witness'; id?: string }[];
};
type Keys = { records: unknown; index: unknown };
type RecordsModule = {
  openRecords(keys: Keys, options: { name: string; synonyms: string[][] }): Promise<{
    importBatch(batch: Batch): Promise<{ ok: true } | { ok: false; error: unknown }>;
    cases: { list(): Promise<unknown[]> };
    search(query: string): unknown[];
    dispose(): void;
  }>;
};
const RECORDS_MODULE = join(__dirname, '..', 'src-renderer', 'records', 'index.ts');

async function makeKeys(): Promise<Keys> {
  const [records, index] = await Promise.all([
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
  ]);
  return { records, index };
}

// Record ids are 32 hex digits; a per-table first digit keeps them unique and the mapping readable.
const recordId = (table: string, benchId: string) => `${table}${parseInt(benchId.slice(2), 16).toString(16).padStart(31, '0')}`;
const script = (text: string) => (/\p{Script=Cyrillic}/u.test(text) ? 'cyrillic' : 'latin') as 'cyrillic' | 'latin';

function toBatch(data: BenchData): Batch {
  return {
    cases: data.cases.map((c) => ({ id: recordId('c', c.id), title: c.title, summary: c.summary, places: [{ text: c.place }] })),
    people: data.people.map((p) => ({
      id: recordId('a', p.id),
      names: p.names.map((text, i) => ({ text, script: script(text), kind: i === 0 ? 'primary' as const : 'transliteration' as const })),
      description: p.description,
      ...(p.affiliation ? { affiliation: p.affiliation } : {}),
    })),
    events: data.events.map((e) => ({ id: recordId('e', e.id), caseId: recordId('c', e.caseId), description: e.description, place: { text: e.place } })),
    casePeople: data.cases.flatMap((c) => c.personIds.map((p, i) => ({ caseId: recordId('c', c.id), personId: recordId('a', p), role: i === 0 ? 'victim' as const : 'witness' as const }))),
  };
}

function sqliteReadSeconds(batch: Batch): number {
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

const bench: Bench = async (report) => {
  const { openRecords } = (await import(RECORDS_MODULE)) as RecordsModule;
  const sizes = { cases: FULL_SIZES.cases * scale, people: FULL_SIZES.people * scale, events: FULL_SIZES.events * scale };
  const batch = toBatch(generateBenchData(sizes));
  const label = `${sizes.cases / 1000}k cases + ${sizes.people / 1000}k people + ${sizes.events / 1000}k events + ${batch.casePeople.length / 1000}k links`;
  const keys = await makeKeys();
  const name = `tamga-bench-records-${Date.now()}`;
  const synonyms = gazetteerSynonyms();

  const importStart = performance.now();
  const writer = await openRecords(keys, { name, synonyms });
  const imported = await writer.importBatch(batch);
  if (!imported.ok) throw new Error(`importBatch failed: ${JSON.stringify(imported.error)}`);
  const importSeconds = (performance.now() - importStart) / 1000;
  writer.dispose();

  const start = performance.now();
  const records = await openRecords(keys, { name, synonyms });
  const opened = performance.now();
  const first = await records.cases.list();
  const firstListSeconds = (performance.now() - start) / 1000;
  if (first.length !== sizes.cases) throw new Error(`listed ${first.length} cases, expected ${sizes.cases}`);
  const searchStart = performance.now();
  records.search(batch.people[0]!.names[0]!.text);
  const searchSeconds = (performance.now() - searchStart) / 1000;
  records.dispose();

  const sqlite = sqliteReadSeconds(batch);
  report({
    metric: `unlock to first cases.list(), ${label} (fake-indexeddb: upper bound)`,
    value: firstListSeconds,
    unit: 's',
    reference: { tool: 'sqlite3 CLI reading the same rows from a file', value: sqlite },
  });
  report({ metric: 'of which openRecords (read and decrypt)', value: (opened - start) / 1000, unit: 's', reference: null });
  report({ metric: 'first search straight after the first list (finishes the index)', value: searchSeconds, unit: 's', reference: null });
  report({ metric: 'importBatch of the same rows (context)', value: importSeconds, unit: 's', reference: null });
};

export default bench;
