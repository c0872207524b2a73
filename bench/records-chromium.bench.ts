/**
 * Unlock to first list in a real browser: the records layer bundled by Vite into a page (bench/chromium/), served
 * from loopback and run in Debian's Chromium with a persistent profile, so rows live in Chromium's own IndexedDB
 * (LevelDB on disk) and are sealed by its WebCrypto. bench/records.bench.ts times the same code under Node and
 * fake-indexeddb; this is the figure ARCHITECTURE §6 means.
 *
 * Phase 1 writes 10k cases, 30k people and 50k events (plus their case-person links) through importBatch, then
 * flush() writes the working-set snapshot (dispose() writes nothing new). Then, each round, in a fresh browser
 * process each time (cold-ish: a new renderer and IndexedDB backend, but the OS page cache is warm):
 *   phase 2: unlock with that snapshot (one decryption), then delete the snapshot row;
 *   phase 3: unlock without it (every row decrypted), whose flush() writes the snapshot the next round finds.
 * A last process times a snapshot unlock's steps one by one (chromium/unlock-anatomy.ts), to show where it goes.
 * Each unlock is openRecords → first cases.list() timed in the page, then a first search, which finishes the
 * index built in idle slices after the list. Figures are medians over the rounds, with the range alongside.
 * Keys: derived in the page from a fixed seed (see records-page.ts), so each process imports the same
 * non-extractable keys and nothing secret is stored. Reference: the sqlite3 CLI reading the same rows from a file.
 * TAMGA_BENCH_SCALE (default 1) multiplies the row counts; TAMGA_BENCH_ROUNDS (default 3) sets the rounds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { serveBenchPage } from './chromium/page-server';
import { benchSizes, recordsBatch } from './chromium/records-batch';
import type { UnlockResult } from './chromium/records-page';
import { sqliteReadSeconds } from './sqlite-reference';
import type { Bench } from './harness';

const scale = Number(process.env.TAMGA_BENCH_SCALE ?? 1);
const rounds = Math.max(1, Number(process.env.TAMGA_BENCH_ROUNDS ?? 3));
const DATABASE = 'tamga-bench-records';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

const bench: Bench = async (report) => {
  const sizes = benchSizes(scale);
  const batch = recordsBatch(scale);
  const label = `${sizes.cases / 1000}k cases + ${sizes.people / 1000}k people + ${sizes.events / 1000}k events + ${batch.casePeople.length / 1000}k links`;
  // The first person's first name, as bench/records.bench.ts searches for.
  const query = batch.people[0]?.names?.[0]?.text;
  if (!query) throw new Error('the bench data has no person to search for');

  const launch = playwrightConfig.use?.launchOptions ?? {};
  const profile = mkdtempSync(join(tmpdir(), 'tamga-bench-chromium-'));
  const served = await serveBenchPage(join(__dirname, 'chromium', 'records-page.ts'));
  // Each call is one browser process on the same profile: closing the context ends the process, so the next unlock
  // starts with nothing of the database in Chromium's memory.
  const inBrowser = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: launch.executablePath ?? '/usr/bin/chromium',
      headless: true,
      // expose-gc and precise memory info only make the heap figure readable; they do not change the timed path.
      args: [...(launch.args ?? []), '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(served.url);
      await page.waitForFunction(() => window.tamgaRecordsBench !== undefined);
      return await work(page);
    } finally {
      await context.close();
    }
  };

  try {
    const snapshotOnDisk = (page: Page, drop = false) => page.evaluate((options) => window.tamgaRecordsBench!.snapshotBytes(options.name, { drop: options.drop }), { name: DATABASE, drop });
    // Checked in the process before each snapshot unlock, after its last write: checking in the timed process
    // could not tell a snapshot that was there from one the unlock itself wrote.
    const mustLeaveSnapshot = async (page: Page, when: string) => {
      const bytes = await snapshotOnDisk(page);
      if (bytes === null) throw new Error(`no working-set snapshot on disk after ${when}`);
      return bytes;
    };
    const { written, browser } = await inBrowser(async (page) => {
      const result = {
        browser: page.context().browser()?.version() ?? 'unknown',
        written: await page.evaluate((options) => window.tamgaRecordsBench!.write(options), { scale, name: DATABASE }),
      };
      await mustLeaveSnapshot(page, 'the import');
      return result;
    });
    if (written.rows.cases !== sizes.cases) throw new Error(`wrote ${written.rows.cases} cases, expected ${sizes.cases}`);

    const unlock = (page: Page) => page.evaluate((options) => window.tamgaRecordsBench!.unlock(options), { name: DATABASE, query });
    const withSnapshot: UnlockResult[] = [];
    const withoutSnapshot: UnlockResult[] = [];
    const snapshotBytes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      withSnapshot.push(
        await inBrowser(async (page) => {
          const unlocked = await unlock(page);
          if ((await snapshotOnDisk(page, true)) === null) throw new Error('the snapshot vanished during a snapshot unlock');
          return unlocked;
        }),
      );
      withoutSnapshot.push(
        await inBrowser(async (page) => {
          const unlocked = await unlock(page);
          // The unlock's flush() rewrote the snapshot from every decrypted row: the next round starts from it.
          snapshotBytes.push(await mustLeaveSnapshot(page, 'an unlock without one'));
          return unlocked;
        }),
      );
    }
    // The last round's phase 3 left a fresh snapshot: one more cold process takes a snapshot unlock apart.
    const anatomy = await inBrowser((page) => page.evaluate((name) => window.tamgaRecordsBench!.anatomy(name), DATABASE));
    for (const result of [...withSnapshot, ...withoutSnapshot]) {
      if (result.listed !== sizes.cases) throw new Error(`listed ${result.listed} cases, expected ${sizes.cases}`);
      if (result.hits === 0) throw new Error(`the first search for ${query} found nothing`);
    }

    const sqlite = sqliteReadSeconds(batch);
    const reference = { tool: 'sqlite3 CLI reading the same rows from a file', value: sqlite };
    const of = `median of ${rounds}`;
    const scenarios = [
      ['fresh snapshot', withSnapshot],
      ['no snapshot, every row decrypted', withoutSnapshot],
    ] as const;
    for (const [scenario, results] of scenarios) {
      const pick = (f: (r: UnlockResult) => number) => results.map(f);
      const firstList = pick((r) => r.firstListSeconds);
      report({
        metric: `Chromium ${browser} unlock to first cases.list(), ${scenario}, ${label} (${of}, ${range(firstList, 2)} s)`,
        value: median(firstList),
        unit: 's',
        reference,
      });
      report({ metric: `  of which openRecords (${scenario})`, value: median(pick((r) => r.openSeconds)), unit: 's', reference: null });
      const verified = pick((r) => r.verifiedSeconds);
      report({ metric: `  unlock to the working set verified against the rows, records.ready (${scenario}, ${range(verified, 2)} s)`, value: median(verified), unit: 's', reference: null });
      const search = pick((r) => r.firstSearchSeconds);
      report({ metric: `  first search straight after the first list (${scenario}, ${range(search, 2)} s)`, value: median(search), unit: 's', reference: null });
      const heap = results.flatMap((r) => (r.heapMB === null ? [] : [r.heapMB]));
      if (heap.length) report({ metric: `  JS heap after the first list and search, after GC (${scenario})`, value: median(heap), unit: 'MB', reference: null });
    }
    const step = (what: string, value: number) => report({ metric: `  ${what}`, value, unit: 's', reference: null });
    report({ metric: 'anatomy of a snapshot unlock, steps run one after another in a fresh process (context)', value: anatomy.openDatabase + anatomy.readRows + anatomy.digestRows + anatomy.openSnapshot + anatomy.loadWorkingSet, unit: 's', reference: null });
    step('open the Dexie database', anatomy.openDatabase);
    step(`read ${anatomy.rows} raw rows and the snapshot row (one getAll per table)`, anatomy.readRows);
    step('SHA-256 digest of every table\'s raw rows', anatomy.digestRows);
    step('open the snapshot (AES-GCM decrypt, JSON.parse)', anatomy.openSnapshot);
    step('file the records into the working set', anatomy.loadWorkingSet);
    report({ metric: 'first snapshot write after an unlock without one (flush)', value: median(withoutSnapshot.map((r) => r.flushSeconds)), unit: 's', reference: null });
    report({ metric: 'sealed snapshot size', value: median(snapshotBytes) / 2 ** 20, unit: 'MB', reference: null });
    report({ metric: 'importBatch of the same rows in Chromium (context)', value: written.importSeconds, unit: 's', reference: null });
    report({ metric: '  snapshot write straight after the import (flush, context)', value: written.snapshotWriteSeconds, unit: 's', reference: null });
  } finally {
    served.dispose();
    rmSync(profile, { recursive: true, force: true });
  }
};

export default bench;
