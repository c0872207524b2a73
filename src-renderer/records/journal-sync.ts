// Bringing the working copy in IndexedDB up to main's record journal at unlock, before any table is read. The
// journal is the truth; this profile's rows are a copy of it that may be missing (a fresh profile, a deleted
// database), behind (another profile wrote since), or not built from this journal at all.
//
// - With a stored position: the journal entry at that position must be the one the copy last applied (same
//   fingerprint, and the same head hash if nothing was appended since); then only what follows is replayed.
//   Otherwise (a journal shorter than the copy, or another one) the journaled tables are cleared and replayed from 0.
// - Without one, a copy holding rows predates the journal: every row the journal does not name yet is appended,
//   in groups, before anything is cleared, so no record is lost if the migration stops half way.
//
// Entries are applied raw, already sealed, in one transaction per batch that also stores the position reached, so
// an unlock cut short resumes where it stopped. The tables are then loaded and checked as at every unlock.
import type { JournalHead, JournalWrite } from '../../shared/ipc/channels/records';
import type { RecordKeys } from '../platform/record-keys';
import type { RecordsDatabase } from './database';
import { JOURNAL_TABLES, type JournalPage, type RecordJournal } from './journal-client';
import { fingerprint, putWrite, storedRow } from './journal-rows';
import { groupWrites, META_TABLE, readPosition, sealPosition, type JournalPosition } from './journal-writer';
import { SNAPSHOTS_TABLE } from './database';
import { openRecord } from './record-seal';
import { SEALED_COLUMN } from './sealed-row';

export type SyncProgress = { phase: 'replay' | 'migrate'; done: number; total: number };

/** The working copy could not be brought up to the journal; `cause` says why (vault locked, journal damaged…). */
export class JournalSyncError extends Error {
  constructor(override readonly cause: unknown) {
    super('records: the working copy could not be rebuilt from the journal');
    this.name = 'JournalSyncError';
  }
}

export const READ_BATCH = 2000;

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;
const isBytes = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';

function settle(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('records: working copy write failed'));
  });
}

export async function syncWorkingCopy(db: RecordsDatabase, keys: RecordKeys, onProgress?: (progress: SyncProgress) => void): Promise<void> {
  const writer = db.journal;
  if (!writer) return;
  const journal = writer.journal;
  const backend = db.backendDB();
  const indexed = new Map(
    JOURNAL_TABLES.map((table) => [table, new Set(db.table(table).schema.indexes.flatMap((index) => (typeof index.keyPath === 'string' ? [index.keyPath] : [])))]),
  );

  // Applies pages from `from` until caught up with the head, storing the position with each batch. From nothing,
  // only each record's latest entry is read: a rebuild costs one entry per record, however long its history.
  async function replay(from: JournalPosition, first?: JournalPage): Promise<JournalPosition> {
    const latest = from.count === 0;
    let position = from;
    let page = first ?? (await journal.read(from.count, READ_BATCH, latest));
    const start = from.count;
    for (;;) {
      const { entries, head, next, generation } = page;
      const inOrder = latest
        ? entries.every((entry, i) => entry.seq >= position.count && (i === 0 || entry.seq > entries[i - 1]!.seq)) && (entries.at(-1)?.seq ?? next - 1) === next - 1
        : entries.every((entry, i) => entry.seq === position.count + i) && next === position.count + entries.length;
      if (!inOrder) throw new Error('records: journal entries out of order');
      if (entries.length > 0) {
        position = { count: next, hash: next === head.count ? head.hash : undefined, last: await fingerprint(entries.at(-1)!), generation };
        const positionRow = await sealPosition(keys, position);
        const tx = backend.transaction([...JOURNAL_TABLES, META_TABLE], 'readwrite');
        for (const entry of entries) {
          const store = tx.objectStore(entry.table);
          if (entry.op === 'put') store.put(storedRow(entry, indexed.get(entry.table)!));
          else store.delete(entry.id);
        }
        tx.objectStore(META_TABLE).put(positionRow);
        await settle(tx);
        onProgress?.({ phase: 'replay', done: next - start, total: head.count - start });
      } else {
        position = { ...position, generation };
      }
      if (position.count >= head.count) return position;
      if (entries.length === 0) throw new Error('records: the journal ended before its head');
      page = await journal.read(position.count, READ_BATCH, latest);
    }
  }

  // The unlock snapshot goes too: it was made from the rows being cleared, and may hold purged records.
  async function clear(): Promise<void> {
    const stores = [...JOURNAL_TABLES, META_TABLE, SNAPSHOTS_TABLE];
    const tx = backend.transaction(stores, 'readwrite');
    for (const table of stores) tx.objectStore(table).clear();
    await settle(tx);
  }

  // Claimed first: this window is the one that writes now, and the migration below already appends.
  await journal.claim();
  const stored = await readPosition(backend, keys);
  if (stored) {
    const resumed = await resume(journal, stored);
    if (resumed) {
      writer.begin(await replay(stored, resumed));
      return;
    }
    await clear();
    writer.begin(await replay({ count: 0 }));
    return;
  }

  const { rows, foreign } = await readRows(backend, keys);
  if (rows.length === 0) {
    // Rows no key of this vault opens belong to another vault that used this origin: never this vault's records.
    if (foreign > 0) await clear();
    writer.begin(await replay({ count: 0 }));
    return;
  }
  // Rows and no position: a copy from before the journal, or one rebuilt by a write after its database was deleted.
  const named = await namedInJournal(journal);
  const missing = rows.filter((r) => !named.keys.has(keyOf(r.table, r.write.id))).map((r) => r.write);
  let position: JournalPosition = { count: named.head.count, hash: named.head.hash };
  let contiguous = true;
  let done = 0;
  for (const group of groupWrites(missing)) {
    const head = await journal.append(group);
    if (head.count - group.length !== position.count) contiguous = false;
    position = { count: head.count, hash: head.hash, last: await fingerprint(group.at(-1)!) };
    done += group.length;
    onProgress?.({ phase: 'migrate', done, total: missing.length });
  }
  if (named.head.count === 0 && contiguous) {
    // The journal holds exactly these rows, in this copy's order: nothing to rewrite, only the position to store.
    const row = await sealPosition(keys, position);
    const tx = backend.transaction([META_TABLE], 'readwrite');
    tx.objectStore(META_TABLE).put(row);
    await settle(tx);
    writer.begin(await replay(position));
    return;
  }
  // Everything this copy held is in the journal now; the copy is rebuilt from it so both agree row for row.
  await clear();
  writer.begin(await replay({ count: 0 }));
}

/**
 * The page after the stored position if the journal still holds the entry the copy last applied there, in the
 * same generation (a purge rewrites the journal, and a copy of the one before may hold what was purged).
 */
async function resume(journal: RecordJournal, stored: JournalPosition): Promise<JournalPage | undefined> {
  if (stored.count === 0) {
    const page = await journal.read(0, READ_BATCH);
    return page.generation === (stored.generation ?? '') ? page : undefined;
  }
  const page = await journal.read(stored.count - 1, READ_BATCH);
  const [last, ...after] = page.entries;
  if (page.generation !== (stored.generation ?? '')) return undefined;
  if (page.head.count < stored.count || last?.seq !== stored.count - 1 || !stored.last) return undefined;
  if (stored.hash && page.head.count === stored.count && page.head.hash !== stored.hash) return undefined;
  if ((await fingerprint(last)) !== stored.last) return undefined;
  return { ...page, entries: after };
}

/** Every (table, id) the journal has an entry for, put or delete, and the head read last. */
async function namedInJournal(journal: RecordJournal): Promise<{ keys: Set<string>; head: JournalHead }> {
  const keys = new Set<string>();
  let page = await journal.read(0, READ_BATCH, true);
  for (;;) {
    for (const entry of page.entries) keys.add(keyOf(entry.table, entry.id));
    if (page.next >= page.head.count) return { keys, head: page.head };
    if (page.entries.length === 0) throw new Error('records: the journal ended before its head');
    page = await journal.read(page.next, READ_BATCH, true);
  }
}

/**
 * Every journaled row this copy holds that opens under this vault's key, as the writes that would put it into the
 * journal, table by table; and how many rows did not open (another vault's, or damaged), which are never sent.
 */
async function readRows(backend: IDBDatabase, keys: RecordKeys): Promise<{ rows: { table: string; write: JournalWrite }[]; foreign: number }> {
  const tx = backend.transaction([...JOURNAL_TABLES], 'readonly');
  const reads = JOURNAL_TABLES.map(
    (table) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('records: read failed'));
      }),
  );
  const out: { table: string; write: JournalWrite }[] = [];
  let foreign = 0;
  for (const [i, table] of JOURNAL_TABLES.entries()) {
    for (const row of await reads[i]!) {
      const stored = row as Record<string, unknown>;
      // A row without a byte payload cannot be sent as one; it is refused at every open as damaged anyway.
      const opens = typeof stored?.id === 'string' && isBytes(stored[SEALED_COLUMN]) && (await opensUnder(keys, table, stored));
      if (opens) out.push({ table, write: putWrite(table, stored) });
      else foreign += 1;
    }
  }
  return { rows: out, foreign };
}

const opensUnder = (keys: RecordKeys, table: string, stored: Record<string, unknown>): Promise<boolean> =>
  openRecord(keys.records, table, String(stored.id), stored[SEALED_COLUMN]).then(
    () => true,
    () => false,
  );

/**
 * Empties this profile's copy of the journaled tables, its position and its snapshot (drafts stay), so the next
 * open rebuilds them from the journal: how a row damaged on disk is replaced by the version the vault holds.
 * The records must be closed first.
 */
export async function clearWorkingCopy(name: string): Promise<void> {
  const backend = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('records: the working copy could not be opened'));
  });
  try {
    const stores = [...JOURNAL_TABLES, META_TABLE, SNAPSHOTS_TABLE].filter((store) => backend.objectStoreNames.contains(store));
    const tx = backend.transaction(stores, 'readwrite');
    for (const store of stores) tx.objectStore(store).clear();
    await settle(tx);
  } finally {
    backend.close();
  }
}
