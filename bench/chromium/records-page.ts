/**
 * Page entry for bench/records-chromium.bench.ts: the real records layer (Dexie, WebCrypto, Chromium's IndexedDB)
 * behind a few functions on window, so the bench can write a vault-sized database once and time unlocks in fresh
 * browser processes. Timing is done here with performance.now(), so page.evaluate's round trip is not counted.
 *
 * HAZMAT, bench only: the keys come from a fixed public seed, so anyone can read what this page writes. That is
 * what lets a second browser process open the rows without the key ever being stored or made extractable; the
 * app gets its keys from the vault (importRecordKeys, the same import used here).
 */
import { gazetteerSynonyms } from '../../shared/catalog';
import { importRecordKeys, type RecordKeys } from '../../src-renderer/platform/record-keys';
import { openRecords } from '../../src-renderer/records';
import { SNAPSHOT_ID } from '../../src-renderer/records/working-snapshot';
import { recordsBatch } from './records-batch';
import { timeUnlockSteps, type UnlockAnatomy } from './unlock-anatomy';

export type WriteResult = { rows: Record<string, number>; generateSeconds: number; importSeconds: number; snapshotWriteSeconds: number };
export type UnlockResult = {
  openSeconds: number;
  /** Unlock to the first cases.list(): with a snapshot, served from it before the rows are read and verified. */
  firstListSeconds: number;
  /** Unlock to records.ready: the working set verified against the rows (at once, without a snapshot). */
  verifiedSeconds: number;
  listed: number;
  firstSearchSeconds: number;
  hits: number;
  /** Time for flush() straight after: the snapshot write an unlock without a snapshot schedules; ~0 otherwise. */
  flushSeconds: number;
  /** JS heap after the first list and a forced GC (Chromium's performance.memory, --enable-precise-memory-info). */
  heapMB: number | null;
};
export type RecordsBenchPage = {
  write(options: { scale: number; name: string }): Promise<WriteResult>;
  unlock(options: { name: string; query: string }): Promise<UnlockResult>;
  /** Times a snapshot unlock's steps one after another (unlock-anatomy.ts). */
  anatomy(name: string): Promise<UnlockAnatomy>;
  /** The sealed working-set snapshot row's size in bytes, or null if there is none; with `drop`, deletes it too. */
  snapshotBytes(name: string, options?: { drop: boolean }): Promise<number | null>;
};

declare global {
  interface Window {
    tamgaRecordsBench?: RecordsBenchPage;
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
}

const seconds = (from: number, to = performance.now()) => (to - from) / 1000;

// SHA-256 of a label gives the 32 bytes of each key: fixed, so every browser process derives the same keys.
async function benchKeys(): Promise<RecordKeys> {
  const keyFrom = async (label: string) => {
    const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`tamga-bench ${label} key`)));
    return btoa(String.fromCharCode(...bytes));
  };
  return importRecordKeys({ records: await keyFrom('records'), index: await keyFrom('index') });
}

function heapMB(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  // Without a forced GC the figure would include garbage, so none is better than a misleading one.
  if (!memory || !window.gc) return null;
  window.gc();
  return memory.usedJSHeapSize / 2 ** 20;
}

const page: RecordsBenchPage = {
  async write({ scale, name }) {
    const keys = await benchKeys();
    const generateStart = performance.now();
    const batch = recordsBatch(scale);
    const generateSeconds = seconds(generateStart);
    const importStart = performance.now();
    const records = await openRecords(keys, { name, synonyms: gazetteerSynonyms() });
    const imported = await records.importBatch(batch);
    if (!imported.ok) throw new Error(`importBatch failed: ${JSON.stringify(imported.error)}`);
    const importSeconds = seconds(importStart);
    // flush() before dispose(): dispose writes nothing new (a lock must not keep the key busy), and the write the
    // import scheduled has not started yet, so this is what leaves a fresh snapshot for the next process.
    const snapshotStart = performance.now();
    await records.flush();
    const snapshotWriteSeconds = seconds(snapshotStart);
    records.dispose();
    await records.flush();
    return { rows: imported.value, generateSeconds, importSeconds, snapshotWriteSeconds };
  },

  async unlock({ name, query }) {
    // Keys and synonyms are ready before the clock starts, as in bench/records.bench.ts: the figure is the records layer.
    const keys = await benchKeys();
    const synonyms = gazetteerSynonyms();
    const start = performance.now();
    const records = await openRecords(keys, { name, synonyms });
    const opened = performance.now();
    // Stamped when it resolves, not when awaited below: verification runs behind the first list and search.
    let verifiedAt = Number.NaN;
    const verified = records.ready.then(() => void (verifiedAt = performance.now()));
    const listed = (await records.cases.list()).length;
    const firstList = performance.now();
    // The index is built in idle slices after the first list; the first search finishes it, as a user typing at once would.
    const hits = records.search(query).length;
    const searched = performance.now();
    await verified;
    const heap = heapMB();
    const flushStart = performance.now();
    await records.flush();
    const flushSeconds = seconds(flushStart);
    records.dispose();
    await records.flush();
    return {
      openSeconds: seconds(start, opened),
      firstListSeconds: seconds(start, firstList),
      verifiedSeconds: seconds(start, verifiedAt),
      listed,
      firstSearchSeconds: seconds(firstList, searched),
      hits,
      flushSeconds,
      heapMB: heap,
    };
  },

  anatomy: async (name) => timeUnlockSteps(await benchKeys(), name, gazetteerSynonyms()),

  // Raw IndexedDB rather than Dexie: no keys needed, and the records layer stays closed while the row goes.
  async snapshotBytes(name, { drop } = { drop: false }) {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open(name));
    try {
      const tx = db.transaction(['snapshots'], drop ? 'readwrite' : 'readonly');
      const committed = new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = tx.onabort = () => reject(tx.error))));
      const store = tx.objectStore('snapshots');
      const row = (await request(store.get(SNAPSHOT_ID))) as { sealed: Uint8Array } | undefined;
      if (drop) await request(store.delete(SNAPSHOT_ID));
      // Waits for the commit, not just the request: the browser is closed straight after.
      await committed;
      return row ? row.sealed.byteLength : null;
    } finally {
      db.close();
    }
  },
};

window.tamgaRecordsBench = page;
