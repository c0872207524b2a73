/**
 * Search over a vault-sized working set (10k cases, 30k people, 50k events; bench/search-data.ts): index build
 * time and heap, then per-keystroke latency while typing each of TYPED_QUERIES letter by letter. The reference is
 * SQLite FTS5 (`sqlite3` CLI, one in-memory process) holding the same rows and answering the same prefixes as
 * `MATCH '"w1" "w2"*'` ranked by bm25 with the same field weights. FTS5 does less: no Cyrillic/Latin folding, no
 * synonyms, no typo pass, so "Тоқаев" and "Tokayev" are different words to it.
 * TAMGA_BENCH_SCALE (default 1) multiplies the row counts for quick runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { gazetteerSynonyms } from '../shared/catalog';
import { createSearchIndex, DEFAULT_FIELD_WEIGHTS, type SearchDocument } from '../shared/search';
import type { Bench } from './harness';
import { FULL_SIZES, generateBenchData, TYPED_QUERIES, type BenchData } from './search-data';

// The same fields and weights as src-renderer/records/working-set.ts, so the index is the one the app builds.
const FIELDS = { ...DEFAULT_FIELD_WEIGHTS, people: 3 };
const scale = Number(process.env.TAMGA_BENCH_SCALE ?? 1);

// The harness runs without --expose-gc; heap figures need a full collection before each reading.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function benchDocuments(data: BenchData): SearchDocument[] {
  const names = new Map(data.people.map((p) => [p.id, p.names.join(' ')]));
  return [
    ...data.cases.map((c): SearchDocument => ({
      id: c.id, kind: 'case', fields: { title: c.title, summary: c.summary, place: c.place, people: c.personIds.map((id) => names.get(id)).join(' ') },
    })),
    ...data.people.map((p): SearchDocument => ({ id: p.id, kind: 'person', fields: { name: p.names.join(' '), text: `${p.description} ${p.affiliation}` } })),
    ...data.events.map((e): SearchDocument => ({ id: e.id, kind: 'event', fields: { description: e.description, place: e.place } })),
  ];
}

/** Every prefix of every query, in typing order. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const isCyrillic = (q: string) => /\p{Script=Cyrillic}/u.test(q);

// FTS5 columns in the order of the bm25() weights below; summary, description and text all go to body.
const FTS_COLUMNS = ['title', 'name', 'people', 'place', 'body'] as const;
const FTS_WEIGHTS = [4, 4, 3, 2, 1];

function ftsQuery(typed: string): string | null {
  const words = typed.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const typing = /[\p{L}\p{N}]$/u.test(typed);
  return words.map((w, i) => `"${w}"${typing && i === words.length - 1 ? '*' : ''}`).join(' ');
}

// The shell times statements in whole milliseconds of CPU; each query runs this many times and the mean is used.
const SQLITE_REPEAT = 10;
// One typing pass gives one sample per keystroke, so on a busy machine a moment the scheduler gives to another
// process can decide a percentile, while each sqlite3 figure is a mean of SQLITE_REPEAT runs. Typing everything
// this many more times, from an empty result cache each round, gives each keystroke a median as well.
const ROUNDS = 5;

type SqliteFigures = { loadSeconds: number; dbMB: number; queryMs: number[] };

function runSqlite(docs: SearchDocument[], typed: string[]): SqliteFigures {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-search-bench-'));
  try {
    const clean = (s: string | undefined) => (s ?? '').replace(/[\t\n\r"]/g, ' ');
    const rows = docs.map((d) => {
      const f = d.fields;
      const body = [f.summary, f.description, f.text].filter(Boolean).join(' ');
      return [d.id, d.kind, f.title, f.name, f.people, f.place, body].map(clean).join('\t');
    });
    writeFileSync(join(dir, 'docs.tsv'), `${rows.join('\n')}\n`);
    const weights = FTS_WEIGHTS.join(', ');
    const queries = typed.map((t) => ftsQuery(t)).flatMap((q) => Array<string>(SQLITE_REPEAT).fill(
      q ? `SELECT count(*) FROM (SELECT id FROM docs WHERE docs MATCH '${q}' ORDER BY bm25(docs, 0, 0, ${weights}) LIMIT 50);` : 'SELECT 0;'));
    const script = [
      `CREATE TABLE staging(id, kind, ${FTS_COLUMNS.join(', ')});`,
      '.mode tabs',
      `.import ${join(dir, 'docs.tsv')} staging`,
      `CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, ${FTS_COLUMNS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2');`,
      '.timer on',
      'INSERT INTO docs SELECT * FROM staging;',
      '.timer off',
      'DROP TABLE staging;',
      'VACUUM;',
      'SELECT page_count * page_size FROM pragma_page_count, pragma_page_size;',
      '.timer on',
      ...queries,
    ].join('\n');
    writeFileSync(join(dir, 'script.sql'), script);
    const out = execFileSync('sqlite3', [':memory:', `.read ${join(dir, 'script.sql')}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    // real has millisecond resolution only; user+sys has microseconds, and the shell is one thread.
    const times = [...out.matchAll(/Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)/g)].map((m) =>
      Math.max(Number(m[1]), Number(m[2]) + Number(m[3])));
    const lines = out.split('\n').filter((l) => l && !l.startsWith('Run Time'));
    const expected = typed.length * SQLITE_REPEAT + 1;
    if (times.length !== expected) throw new Error(`sqlite3 printed ${times.length} timings, expected ${expected}`);
    const queryMs = typed.map((_, i) => (times.slice(1 + i * SQLITE_REPEAT, 1 + (i + 1) * SQLITE_REPEAT).reduce((a, b) => a + b, 0) * 1000) / SQLITE_REPEAT);
    return { loadSeconds: times[0]!, dbMB: Number(lines[0]) / 2 ** 20, queryMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Bench = async (report) => {
  const sizes = { cases: FULL_SIZES.cases * scale, people: FULL_SIZES.people * scale, events: FULL_SIZES.events * scale };
  const docs = benchDocuments(generateBenchData(sizes));
  const synonyms = gazetteerSynonyms();
  const label = `${sizes.cases / 1000}k cases + ${sizes.people / 1000}k people + ${sizes.events / 1000}k events`;

  const heapBefore = heapMB();
  const buildStart = performance.now();
  const index = createSearchIndex({ synonyms, fields: FIELDS });
  index.addAll(docs);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const heapDelta = heapMB() - heapBefore;

  // Warm the JIT on words that are not in the measured set, so the first measured keystrokes are not cold.
  for (const typed of keystrokes(['Shymkent', 'Абишев', 'Kettling Almaty', 'Бахром'])) index.search(typed);

  const typed = keystrokes(TYPED_QUERIES);
  const timed = (text: string) => {
    const start = performance.now();
    index.search(text);
    return performance.now() - start;
  };
  const samples = typed.map((text) => ({ text, ms: timed(text) }));
  // A pasted query has no previous keystroke to narrow: replacing a document empties the index's result cache.
  const sentinel: SearchDocument = { id: 'bench-sentinel', kind: 'note', fields: { text: 'sentinel' } };
  const pasted = TYPED_QUERIES.map((text) => {
    index.replace(sentinel);
    return timed(text);
  });
  const rounds = Array.from({ length: ROUNDS }, () => {
    index.replace(sentinel);
    const keystrokeMs = typed.map(timed);
    const pastedMs = TYPED_QUERIES.map((text) => {
      index.replace(sentinel);
      return timed(text);
    });
    return { keystrokeMs, pastedMs };
  });
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  const typedMedians = typed.map((_, i) => median(rounds.map((r) => r.keystrokeMs[i]!)));
  const pastedMedians = TYPED_QUERIES.map((_, i) => median(rounds.map((r) => r.pastedMs[i]!)));
  const sqlite = runSqlite(docs, typed);
  const sqlitePasted = typed.flatMap((t, i) => (TYPED_QUERIES.includes(t) ? [sqlite.queryMs[i]!] : []));

  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const ours = sorted(samples.map((s) => s.ms));
  const theirs = sorted(sqlite.queryMs);
  const ref = (value: number) => ({ tool: 'sqlite3 FTS5', value });
  report({ metric: `index build, ${label}`, value: buildSeconds, unit: 's', reference: ref(sqlite.loadSeconds) });
  report({ metric: 'index heap', value: heapDelta, unit: 'MB', reference: { tool: 'sqlite3 FTS5 db size', value: sqlite.dbMB } });
  report({ metric: `keystroke p50 (${typed.length} prefixes)`, value: percentile(ours, 50), unit: 'ms', reference: ref(percentile(theirs, 50)) });
  report({ metric: 'keystroke p95', value: percentile(ours, 95), unit: 'ms', reference: ref(percentile(theirs, 95)) });
  report({ metric: 'keystroke max', value: ours[ours.length - 1]!, unit: 'ms', reference: ref(theirs[theirs.length - 1]!) });
  for (const [script, pick] of [['Cyrillic', true], ['Latin', false]] as const) {
    const mine = sorted(samples.filter((s) => isCyrillic(s.text) === pick).map((s) => s.ms));
    const base = sorted(sqlite.queryMs.filter((_, i) => isCyrillic(typed[i]!) === pick));
    report({ metric: `keystroke p95, ${script} queries`, value: percentile(mine, 95), unit: 'ms', reference: ref(percentile(base, 95)) });
  }
  report({ metric: `pasted whole query p95 (${pasted.length}, no cache)`, value: percentile(sorted(pasted), 95), unit: 'ms', reference: ref(percentile(sorted(sqlitePasted), 95)) });
  report({ metric: `keystroke p95, median of ${ROUNDS} rounds each`, value: percentile(sorted(typedMedians), 95), unit: 'ms', reference: ref(percentile(theirs, 95)) });
  for (const [script, pick] of [['Cyrillic', true], ['Latin', false]] as const) {
    const mine = sorted(typedMedians.filter((_, i) => isCyrillic(typed[i]!) === pick));
    const base = sorted(sqlite.queryMs.filter((_, i) => isCyrillic(typed[i]!) === pick));
    report({ metric: `keystroke p95, ${script}, median of ${ROUNDS} rounds`, value: percentile(mine, 95), unit: 'ms', reference: ref(percentile(base, 95)) });
  }
  report({ metric: `pasted whole query p95, median of ${ROUNDS} each`, value: percentile(sorted(pastedMedians), 95), unit: 'ms', reference: ref(percentile(sorted(sqlitePasted), 95)) });
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
  process.stderr.write(`slowest keystrokes: ${slowest.map((s) => `"${s.text}" ${s.ms.toFixed(1)} ms`).join(', ')}\n`);
};

export default bench;
