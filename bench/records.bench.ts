/**
 * Unlock to first list: openRecords on a database holding 10k cases, 30k people and 50k events (plus their
 * case-person links), all written through importBatch, until the first cases.list() resolves. That covers reading
 * and decrypting every row; the search index is built afterwards in idle slices, so a second figure times a search
 * right after the first list, which has to finish the index itself.
 * Runs under Node with fake-indexeddb; records-chromium.bench.ts measures the same unlock in real Chromium, which is
 * not faster here (IndexedDB reads dominate there), so read both.
 * Reference: the sqlite3 CLI reading every row of the same four tables (the same JSON per row, no decryption, no
 * search index) from a database file, process start included.
 * Three unlocks are timed: with no working-set snapshot (every row decrypted), with a fresh one (one decryption, the
 * snapshot), and with one whose events table is stale (the events decrypted row by row, the rest from the
 * snapshot). Heap and RSS after each first list are reported too (no forced GC: indicative, not exact).
 * TAMGA_BENCH_SCALE (default 1) multiplies the row counts for quick runs.
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gazetteerSynonyms } from '../shared/catalog';
import type { Bench } from './harness';
import { FULL_SIZES, generateBenchData, type BenchData } from './search-data';
import { sqliteReadSeconds } from './sqlite-reference';

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
    events: { save(input: Batch['events'][number] & { type: 'charge' }): Promise<{ ok: boolean }> };
    search(query: string): unknown[];
    flush(): Promise<void>;
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

// The snapshots table, read and written raw (no keys needed: the row is already sealed). fake-indexeddb installs
// the global; the Node program has no DOM types, hence the narrow shape.
type RawRequest<T> = { result: T; onsuccess: (() => void) | null; onerror: (() => void) | null };
type RawDatabase = {
  transaction(stores: string[], mode: string): { objectStore(name: string): { get(id: string): RawRequest<unknown>; put(value: unknown): RawRequest<unknown>; clear(): RawRequest<unknown> } };
  close(): void;
};
const settle = <T>(request: RawRequest<T>) => new Promise<T>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = reject)));
async function withSnapshots<T>(name: string, work: (store: ReturnType<ReturnType<RawDatabase['transaction']>['objectStore']>) => RawRequest<T>): Promise<T> {
  const db = await settle((globalThis as unknown as { indexedDB: { open(name: string): RawRequest<RawDatabase> } }).indexedDB.open(name));
  try {
    return await settle(work(db.transaction(['snapshots'], 'readwrite').objectStore('snapshots')));
  } finally {
    db.close();
  }
}

const MB = 2 ** 20;
// A forced GC before each reading makes heap figures comparable across scenarios (the harness runs without --expose-gc).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

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

  // Clear any snapshot a write scheduled during the import left behind: the first unlock is the one without it.
  await writer.flush();
  await withSnapshots(name, (store) => store.clear());

  const unlock = async (scenario: string) => {
    collect();
    const before = process.memoryUsage();
    const start = performance.now();
    const records = await openRecords(keys, { name, synonyms });
    const opened = performance.now();
    const first = await records.cases.list();
    const seconds = (performance.now() - start) / 1000;
    if (first.length !== sizes.cases) throw new Error(`${scenario}: listed ${first.length} cases, expected ${sizes.cases}`);
    const peakRss = process.memoryUsage().rss;
    collect();
    const after = process.memoryUsage();
    report({ metric: `unlock to first cases.list(), ${scenario}`, value: seconds, unit: 's', reference: null });
    report({ metric: `  of which openRecords (${scenario})`, value: (opened - start) / 1000, unit: 's', reference: null });
    report({ metric: `  heap held after the first list, after GC (${scenario})`, value: after.heapUsed / MB, unit: 'MB', reference: null });
    report({ metric: `  RSS growth to the first list, before GC (${scenario})`, value: (peakRss - before.rss) / MB, unit: 'MB', reference: null });
    return { records, seconds };
  };

  const cold = await unlock('no snapshot');
  const firstListSeconds = cold.seconds;
  const searchStart = performance.now();
  cold.records.search(batch.people[0]!.names[0]!.text);
  const searchSeconds = (performance.now() - searchStart) / 1000;
  const writeStart = performance.now();
  await cold.records.flush(); // the write an unlock without a snapshot schedules
  report({ metric: 'first snapshot write after a cold unlock (serialise, seal, put)', value: (performance.now() - writeStart) / 1000, unit: 's', reference: null });
  cold.records.dispose();
  await cold.records.flush();
  const sealed = (await withSnapshots(name, (store) => store.get('working-set'))) as { sealed: Uint8Array };
  report({ metric: 'sealed snapshot size', value: sealed.sealed.length / MB, unit: 'MB', reference: null });

  const fresh = await unlock('fresh snapshot');
  // One event changed: the snapshot written at dispose is fresh again, so put the old one back to make events stale.
  const event = batch.events[0]!;
  const saved = await fresh.records.events.save({ ...event, type: 'charge', description: `${event.description} (edited)` });
  if (!saved.ok) throw new Error('event save failed');
  fresh.records.dispose();
  await fresh.records.flush();
  await withSnapshots(name, (store) => store.put(sealed));

  const stale = await unlock('snapshot with the events table stale');
  stale.records.dispose();
  await stale.records.flush();

  const sqlite = sqliteReadSeconds(batch);
  report({
    metric: `unlock to first cases.list() without a snapshot, ${label} (fake-indexeddb; see records-chromium for real IndexedDB)`,
    value: firstListSeconds,
    unit: 's',
    reference: { tool: 'sqlite3 CLI reading the same rows from a file', value: sqlite },
  });
  report({ metric: 'first search straight after the first list (finishes the index)', value: searchSeconds, unit: 's', reference: null });
  report({ metric: 'importBatch of the same rows (context)', value: importSeconds, unit: 's', reference: null });
};

export default bench;
