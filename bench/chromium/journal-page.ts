/**
 * Page entry for bench/journal-rebuild-chromium.bench.ts: the records layer with a record journal, as the app opens
 * it, except that the journal client talks to main through a Playwright binding (journal-bridge.ts) instead of the
 * browser host's WebSocket: the same request and result frames, as JSON text. Timing is done here with
 * performance.now(), so page.evaluate's round trip is not counted.
 *
 * The keys are the bench vault's own renderer keys, handed in as main hands them to the app; that vault is made
 * for the run and deleted after it.
 */
import type { RendererKeys } from '../../shared/ipc/channels/vault';
import type { TamgaClient } from '../../shared/ipc/contract';
import { gazetteerSynonyms } from '../../shared/catalog';
import { importRecordKeys } from '../../src-renderer/platform/record-keys';
import { openRecords, type Records } from '../../src-renderer/records';
import { deleteRecordsDatabase } from '../../src-renderer/records/database';
import { clientJournal } from '../../src-renderer/records/journal-client';
import { BRIDGE_BINDING } from './journal-binding';
import { recordsBatch } from './records-batch';

export type FillResult = { rows: Record<string, number>; importSeconds: number };
export type OpenResult = {
  /** openRecords until it resolves: the journal brought up to date, the tables loaded. */
  openSeconds: number;
  /** Until the last replayed batch was stored; null when nothing was replayed (the copy was current). */
  rebuiltSeconds: number | null;
  replayBatches: number;
  /** Time the page waited for records.read answers (main's work and the transfer both ways), summed. */
  readWaitSeconds: number;
  /** Unlock to the first cases.list(). */
  firstListSeconds: number;
  /** Unlock to records.ready: with a snapshot, the working set verified against the rows behind the first list. */
  verifiedSeconds: number;
  listed: number;
  firstSearchSeconds: number;
  hits: number;
  /**
   * JS heap still reachable at the end of the unlock's own call, after a forced GC, as records-page.ts measures it
   * (Chromium's performance.memory, --enable-precise-memory-info); null without --js-flags=--expose-gc. Includes what
   * the unlock's pending continuations still hold, which is let go a task later.
   */
  reachableMB: number | null;
};
export type JournalBenchPage = {
  fill(options: { scale: number; name: string; keys: RendererKeys }): Promise<FillResult>;
  /** Opens the records and keeps them open, so the heap can be read with them held; release() closes them. */
  open(options: { name: string; keys: RendererKeys; query: string }): Promise<OpenResult>;
  /** Writes the working-set snapshot (as the app does after an unlock) and closes; resolves with the write's time. */
  release(): Promise<number>;
  hasDatabase(name: string): Promise<boolean>;
  drop(name: string): Promise<void>;
};

declare global {
  interface Window {
    tamgaJournalBench?: JournalBenchPage;
    [BRIDGE_BINDING]?: (frame: string) => Promise<string>;
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
}

const seconds = (from: number, to = performance.now()) => (to - from) / 1000;

function reachableMB(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory || !window.gc) return null;
  window.gc();
  return memory.usedJSHeapSize / 2 ** 20;
}

/**
 * The browser host's client, over the bench binding: a request frame out, a result frame back, both as JSON text.
 * `waited` sums the time from sending a records.read to its answer parsed.
 */
function bridgeClient(waited = { readSeconds: 0 }): TamgaClient {
  return {
    async invoke(channel, input) {
      const send = window[BRIDGE_BINDING];
      if (!send) return { ok: false, error: { code: 'internal' } };
      const start = performance.now();
      const result = JSON.parse(await send(JSON.stringify({ channel, input })));
      if (channel === 'records.read') waited.readSeconds += seconds(start);
      return result;
    },
    // Writer changes are announced to other windows; the bench has one.
    on: () => () => undefined,
  };
}

let held: Records | undefined;

const page: JournalBenchPage = {
  async fill({ scale, name, keys }) {
    const recordKeys = await importRecordKeys(keys);
    const batch = recordsBatch(scale);
    const start = performance.now();
    const records = await openRecords(recordKeys, { name, synonyms: gazetteerSynonyms(), journal: clientJournal(bridgeClient()) });
    // One journaled transaction: its writes reach main as appends of at most 5000 writes, each durable.
    const imported = await records.importBatch(batch);
    if (!imported.ok) throw new Error(`importBatch failed: ${JSON.stringify(imported.error)}`);
    const importSeconds = seconds(start);
    records.dispose();
    await records.flush();
    return { rows: imported.value, importSeconds };
  },

  async open({ name, keys, query }) {
    if (held) throw new Error('records already open');
    // Keys and synonyms are ready before the clock starts, as in records-page.ts: the figure is the records layer.
    const recordKeys = await importRecordKeys(keys);
    const synonyms = gazetteerSynonyms();
    const waited = { readSeconds: 0 };
    const journal = clientJournal(bridgeClient(waited));
    let rebuiltAt: number | undefined;
    let replayBatches = 0;
    const start = performance.now();
    const records = await openRecords(recordKeys, {
      name,
      synonyms,
      journal,
      onProgress: () => {
        replayBatches += 1;
        rebuiltAt = performance.now();
      },
    });
    held = records;
    const opened = performance.now();
    let verifiedAt = Number.NaN;
    const verified = records.ready.then(() => void (verifiedAt = performance.now()));
    const listed = (await records.cases.list()).length;
    const firstList = performance.now();
    const hits = records.search(query).length;
    const searched = performance.now();
    await verified;
    const reachable = reachableMB();
    return {
      openSeconds: seconds(start, opened),
      rebuiltSeconds: rebuiltAt === undefined ? null : seconds(start, rebuiltAt),
      replayBatches,
      readWaitSeconds: waited.readSeconds,
      firstListSeconds: seconds(start, firstList),
      verifiedSeconds: seconds(start, verifiedAt),
      listed,
      firstSearchSeconds: seconds(firstList, searched),
      hits,
      reachableMB: reachable,
    };
  },

  async release() {
    const records = held;
    if (!records) throw new Error('no records open');
    held = undefined;
    const start = performance.now();
    await records.flush();
    const flushSeconds = seconds(start);
    records.dispose();
    await records.flush();
    return flushSeconds;
  },

  hasDatabase: async (name) => (await indexedDB.databases()).some((database) => database.name === name),

  drop: (name) => deleteRecordsDatabase(name),
};

window.tamgaJournalBench = page;
