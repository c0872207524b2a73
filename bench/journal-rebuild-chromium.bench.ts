/**
 * Rebuilding the working copy from main's record journal, in a real browser: the records layer bundled into a page
 * (bench/chromium/journal-page.ts) and run in Debian's Chromium, its journal a real vault's RecordJournal on disk in
 * this Node process, reached through the same dispatch() and JSON frames as the browser host's WebSocket
 * (chromium/journal-bridge.ts). Setup, untimed: a vault with a test KDF; the page imports 10k cases, 30k people and
 * 50k events (plus their case-person links) through importBatch, so every row reaches the journal sealed and
 * appended by the renderer's own code. A copy of that vault's data directory then gets two more versions of every
 * case (title edited, sealed as the renderer seals), so its journal holds three.
 * Then, each round, each step in a fresh browser process on the same profile (main's vault unlocked before it):
 *   rebuild: openRecords into an empty IndexedDB, which reads each record's latest entry (2000 a page), stores them,
 *     then decrypts every row into the working set; to the first cases.list() and a first search; the snapshot the
 *     app writes after such an unlock is then flushed;
 *   resume: the same unlock with that copy current, which reads one entry to check the position, then serves the
 *     first list from the snapshot and verifies it behind it; afterwards the database is deleted for the next round;
 *   rebuild of the three-version journal, which must read the same number of entries as the first.
 * JS heap: with the records still open after the first list and search and the unlock's call returned, CDP
 * HeapProfiler.collectGarbage, then Runtime.getHeapUsage: what the open records hold. Beside it, the heap measured
 * as records-chromium.bench.ts does, inside the unlock's call (window.gc(), performance.memory), which also counts
 * what its pending continuations still reach; a task later that is garbage. main's unlock (journal and custody log scanned; the KDF is at test cost) is timed in Node
 * before each process. Reference: sqlite3 building a new database from a `.dump` of the same rows (the journal's
 * latest rows as the page receives them), `sqlite3 new.db < dump.sql`, on the same disk in the same run.
 * TAMGA_BENCH_SCALE (default 1) multiplies the row counts; TAMGA_BENCH_ROUNDS (default 3) sets the rounds.
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { JournalWrite } from '../shared/ipc/channels/records';
import type { RendererKeys } from '../shared/ipc/channels/vault';
import { openRecordPayload } from '../src-main/records/record-payload';
import { createVaultService, type VaultService } from '../src-main/vault';
import { vaultPaths } from '../src-main/vault/vault-paths';
import { sealLikeTheRenderer } from '../tests/unit/main/records/journal-fixture';
import playwrightConfig from '../playwright.config';
import { journalBridge, type BridgeTraffic } from './chromium/journal-bridge';
import type { OpenResult } from './chromium/journal-page';
import { serveBenchPage } from './chromium/page-server';
import { benchSizes, recordsBatch } from './chromium/records-batch';
import { sqliteDumpReplaySeconds } from './sqlite-reference';
import type { Bench } from './harness';

const scale = Number(process.env.TAMGA_BENCH_SCALE ?? 1);
const rounds = Math.max(1, Number(process.env.TAMGA_BENCH_ROUNDS ?? 3));
const PASSPHRASE = 'journal rebuild bench passphrase';
const KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;
/** One IndexedDB database per journal, so a copy of one is never taken for a copy of the other. */
const DATABASE = { single: 'tamga-bench-journal-single', edited: 'tamga-bench-journal-edited' } as const;
// Edits are appended as the renderer would send many autosaves: in groups, each one durable.
const EDIT_GROUP = 500;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

type Measured = OpenResult & { heapMB: number; traffic: BridgeTraffic; mainUnlockSeconds: number; flushSeconds: number };

/** Every record's latest entry, as a rebuild receives it: the stored row (columns and sealed payload) by table. */
async function latestRows(vault: VaultService): Promise<Record<string, { id: string; columns: unknown; sealed: string }[]>> {
  const tables: Record<string, { id: string; columns: unknown; sealed: string }[]> = {};
  for (let after = 0; ; ) {
    const page = await vault.readRecords(after, 5000, true);
    for (const entry of page.entries) {
      if (entry.op === 'put') (tables[entry.table] ??= []).push({ id: entry.id, ...entry.row });
    }
    if (page.next >= page.head.count) return tables;
    after = page.next;
  }
}

/** Appends `versions` more versions of every case: the title edited, sealed under the vault's records key. */
async function editEveryCase(vault: VaultService, recordsKey: Uint8Array, versions: number): Promise<void> {
  const cases: Extract<JournalWrite, { op: 'put' }>[] = [];
  for (let after = 0; ; ) {
    const page = await vault.readRecords(after, 5000, true);
    for (const entry of page.entries) if (entry.op === 'put' && entry.table === 'cases') cases.push({ op: 'put', table: entry.table, id: entry.id, row: entry.row });
    if (page.next >= page.head.count) break;
    after = page.next;
  }
  for (let version = 2; version < versions + 2; version++) {
    const updatedAt = new Date(Date.UTC(2025, 5, version)).toISOString();
    const writes = cases.map((write): JournalWrite => {
      const record = openRecordPayload(recordsKey, 'cases', write.id, write.row.sealed);
      const edited = { ...record, title: `${String(record.title)} (edit ${version})`, updatedAt };
      return { ...write, row: { columns: { ...write.row.columns, updatedAt }, sealed: sealLikeTheRenderer(recordsKey, 'cases', write.id, edited) } };
    });
    for (let at = 0; at < writes.length; at += EDIT_GROUP) await vault.appendRecords(writes.slice(at, at + EDIT_GROUP));
  }
}

const bench: Bench = async (report) => {
  const sizes = benchSizes(scale);
  const batch = recordsBatch(scale);
  const records = sizes.cases + sizes.people + sizes.events + batch.casePeople.length;
  const label = `${sizes.cases / 1000}k cases + ${sizes.people / 1000}k people + ${sizes.events / 1000}k events + ${batch.casePeople.length / 1000}k links`;
  const query = batch.people[0]?.names?.[0]?.text;
  if (!query) throw new Error('the bench data has no person to search for');

  const root = mkdtempSync(join(tmpdir(), 'tamga-bench-journal-'));
  const dataDirs = { single: join(root, 'single'), edited: join(root, 'edited') };
  const profile = join(root, 'profile');
  const single = createVaultService({ dataDir: dataDirs.single, kdf: KDF });
  let edited: VaultService | undefined;
  const served = await serveBenchPage(join(__dirname, 'chromium', 'journal-page.ts'));
  const bridge = journalBridge(single);
  const launch = playwrightConfig.use?.launchOptions ?? {};
  let browserVersion = 'unknown';
  // One browser process per call on the same profile, as in records-chromium.bench.ts: closing the context ends
  // the process, so each unlock starts with nothing of the database in Chromium's memory.
  const inBrowser = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: launch.executablePath ?? '/usr/bin/chromium',
      headless: true,
      // As in records-chromium.bench.ts: they only make the in-page heap figure readable, not the timed path.
      args: [...(launch.args ?? []), '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    try {
      await bridge.attach(context);
      const page = context.pages()[0] ?? (await context.newPage());
      browserVersion = context.browser()?.version() ?? browserVersion;
      await page.goto(served.url);
      await page.waitForFunction(() => window.tamgaJournalBench !== undefined);
      return await work(page);
    } finally {
      await context.close();
    }
  };

  try {
    const { keys } = await single.create(PASSPHRASE);
    const filled = await inBrowser(async (page) => {
      const result = await page.evaluate((options) => window.tamgaJournalBench!.fill(options), { scale, name: DATABASE.single, keys });
      await page.evaluate((name) => window.tamgaJournalBench!.drop(name), DATABASE.single);
      return result;
    });
    if (filled.rows.cases !== sizes.cases) throw new Error(`imported ${filled.rows.cases} cases, expected ${sizes.cases}`);
    const reference = sqliteDumpReplaySeconds(await latestRows(single), rounds);
    single.lock('user');

    // The three-version journal: the same vault's files copied while it is locked, then every case edited twice.
    cpSync(dataDirs.single, dataDirs.edited, { recursive: true });
    const threeVersions = createVaultService({ dataDir: dataDirs.edited, kdf: KDF });
    edited = threeVersions;
    await threeVersions.unlock(PASSPHRASE);
    await editEveryCase(threeVersions, Buffer.from(keys.records, 'base64'), 2);
    const editedEntries = (await threeVersions.readRecords(0, 1)).head.count;
    threeVersions.lock('user');

    // `after`: keep the working copy for the next process, or delete it so the next one starts from nothing.
    const unlockAndOpen = async (vault: VaultService, name: string, expect: 'empty' | 'current', after: 'keep' | 'drop'): Promise<Measured> => {
      bridge.use(vault);
      const unlockStart = performance.now();
      const unlocked: { keys: RendererKeys } = await vault.unlock(PASSPHRASE);
      const mainUnlockSeconds = (performance.now() - unlockStart) / 1000;
      try {
        return await inBrowser(async (page) => {
          const exists = await page.evaluate((n) => window.tamgaJournalBench!.hasDatabase(n), name);
          if (exists !== (expect === 'current')) throw new Error(`${name}: expected the working copy ${expect}, it ${exists ? 'exists' : 'does not'}`);
          bridge.takeTraffic();
          const opened = await page.evaluate((options) => window.tamgaJournalBench!.open(options), { name, keys: unlocked.keys, query });
          const traffic = bridge.takeTraffic();
          // The records are still open: this is what the page holds after the first list and a search.
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          await cdp.detach();
          const flushSeconds = await page.evaluate(() => window.tamgaJournalBench!.release());
          if (after === 'drop') await page.evaluate((n) => window.tamgaJournalBench!.drop(n), name);
          return { ...opened, heapMB: usedSize / 2 ** 20, traffic, mainUnlockSeconds, flushSeconds };
        });
      } finally {
        vault.lock('user');
      }
    };

    const rebuilt: Measured[] = [];
    const resumed: Measured[] = [];
    const rebuiltEdited: Measured[] = [];
    for (let round = 0; round < rounds; round++) {
      rebuilt.push(await unlockAndOpen(single, DATABASE.single, 'empty', 'keep'));
      resumed.push(await unlockAndOpen(single, DATABASE.single, 'current', 'drop'));
      rebuiltEdited.push(await unlockAndOpen(threeVersions, DATABASE.edited, 'empty', 'drop'));
    }
    for (const result of [...rebuilt, ...resumed, ...rebuiltEdited]) {
      if (result.listed !== sizes.cases) throw new Error(`listed ${result.listed} cases, expected ${sizes.cases}`);
      if (result.hits === 0) throw new Error(`the first search for ${query} found nothing`);
    }
    for (const result of [...rebuilt, ...rebuiltEdited]) {
      if (result.traffic.entries !== records) throw new Error(`a rebuild read ${result.traffic.entries} entries for ${records} records`);
    }
    for (const result of resumed) {
      if (result.traffic.entries > 1 || result.rebuiltSeconds !== null) throw new Error(`a resume replayed: ${JSON.stringify(result.traffic)}`);
    }

    const dump = { tool: `sqlite3 new.db < dump.sql (${records / 1000}k rows, median of ${rounds}, ${range(reference, 2)} s)`, value: median(reference) };
    const of = `median of ${rounds}`;
    const journalMB = (dir: string) => statSync(vaultPaths(dir).journal).size / 2 ** 20;
    const scenarios = [
      ['rebuild into an empty IndexedDB', rebuilt, dump, `journal ${records / 1000}k entries, ${journalMB(dataDirs.single).toFixed(0)} MB`],
      ['rebuild, every case in 3 versions', rebuiltEdited, dump, `journal ${editedEntries / 1000}k entries, ${journalMB(dataDirs.edited).toFixed(0)} MB`],
      ['resume, working copy current', resumed, null, 'position check only'],
    ] as const;
    for (const [scenario, results, ref, context] of scenarios) {
      const pick = (f: (r: Measured) => number) => results.map(f);
      const firstList = pick((r) => r.firstListSeconds);
      report({ metric: `Chromium ${browserVersion} unlock to first cases.list(), ${scenario}, ${label}, ${context} (${of}, ${range(firstList, 2)} s)`, value: median(firstList), unit: 's', reference: ref });
      const rebuiltAt = results.flatMap((r) => (r.rebuiltSeconds === null ? [] : [r.rebuiltSeconds]));
      if (rebuiltAt.length) {
        report({ metric: `  unlock to rebuild done, every latest entry stored (${scenario}, ${range(rebuiltAt, 2)} s)`, value: median(rebuiltAt), unit: 's', reference: ref });
      }
      const traffic = results[0]!.traffic;
      report({ metric: `  journal entries read (${scenario}; ${traffic.reads} reads, ${(traffic.readChars / 2 ** 20).toFixed(0)} MB of JSON)`, value: traffic.entries, unit: 'entries', reference: null });
      const readSeconds = pick((r) => r.traffic.readSeconds);
      report({ metric: `  of which main answering records.read, dispatch included, summed (${scenario}, ${range(readSeconds, 2)} s)`, value: median(readSeconds), unit: 's', reference: null });
      const waited = pick((r) => r.readWaitSeconds);
      report({ metric: `  of which the page waiting for records.read answers, transfer included, summed (${scenario}, ${range(waited, 2)} s)`, value: median(waited), unit: 's', reference: null });
      const verified = pick((r) => r.verifiedSeconds);
      report({ metric: `  unlock to records.ready (${scenario}, ${range(verified, 2)} s)`, value: median(verified), unit: 's', reference: null });
      const search = pick((r) => r.firstSearchSeconds);
      report({ metric: `  first search straight after the first list (${scenario}, ${range(search, 2)} s)`, value: median(search), unit: 's', reference: null });
      const heap = pick((r) => r.heapMB);
      report({ metric: `  JS heap held after the first list and search, CDP GC once the unlock returned (${scenario}, ${range(heap, 0)} MB)`, value: median(heap), unit: 'MB', reference: null });
      const reachable = results.flatMap((r) => (r.reachableMB === null ? [] : [r.reachableMB]));
      if (reachable.length) {
        report({ metric: `  JS heap still reachable inside the unlock's call, window.gc() as records-chromium (${scenario}, ${range(reachable, 0)} MB)`, value: median(reachable), unit: 'MB', reference: null });
      }
      const main = pick((r) => r.mainUnlockSeconds);
      report({ metric: `  main's vault unlock before it, journal opened, test KDF (${scenario}, ${range(main, 2)} s)`, value: median(main), unit: 's', reference: null });
      const total = pick((r) => r.mainUnlockSeconds + r.firstListSeconds);
      report({ metric: `  main's unlock + unlock to first list (${scenario}, ${range(total, 2)} s)`, value: median(total), unit: 's', reference: null });
    }
    report({ metric: 'snapshot write after a rebuild (flush, context)', value: median(rebuilt.map((r) => r.flushSeconds)), unit: 's', reference: null });
    report({ metric: 'importBatch of the same rows through the journal (setup, context)', value: filled.importSeconds, unit: 's', reference: null });
  } finally {
    single.dispose();
    edited?.dispose();
    served.dispose();
    rmSync(root, { recursive: true, force: true });
  }
};

export default bench;
