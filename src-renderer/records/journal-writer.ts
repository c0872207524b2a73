// Journal-first writes. Every write to a journaled table is appended to main's record journal, durably, before
// IndexedDB may commit it, so nothing the UI calls saved lives only in this browser profile. The working copy then
// remembers how many journal entries it holds (its position, in the `meta` store), so the next unlock replays
// only what it lacks (journal-sync.ts).
//
// The position moves only past entries this working copy has committed, in journal order: a gap (a group another
// tab or profile appended, a transaction that failed after its append) holds it back, and the next unlock replays
// from there. Replaying an entry already held writes the same row again, so a position that lags costs time only;
// one that ran ahead would hide entries, which is why it is written after the rows commit, never before.
import type { JournalHead, JournalWrite } from '../../shared/ipc/channels/records';
import type { RecordKeys } from '../platform/record-keys';
import type { RecordJournal } from './journal-client';
import { fingerprint, wireSize } from './journal-rows';
import { openRecord, sealRecord } from './record-seal';

/**
 * How many journal entries the working copy holds, the head hash when it was last caught up, the last entry's
 * fingerprint, and the journal's generation (absent: the one the vault began with).
 */
export type JournalPosition = { count: number; hash?: string; last?: string; generation?: string };

export const META_TABLE = 'meta';
const POSITION_ID = 'journal';

// The contract's limit per append, and a byte budget well under the browser host's 16 MiB message limit.
export const MAX_GROUP_WRITES = 5000;
const MAX_GROUP_BYTES = 8 * 1024 * 1024;

/** Splits writes into appends the contract and the transport accept, keeping their order. */
export function groupWrites(writes: readonly JournalWrite[]): JournalWrite[][] {
  const groups: JournalWrite[][] = [];
  let current: JournalWrite[] = [];
  let bytes = 0;
  for (const write of writes) {
    const size = wireSize(write);
    if (current.length > 0 && (current.length >= MAX_GROUP_WRITES || bytes + size > MAX_GROUP_BYTES)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(write);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The stored position row: sealed like every record (AAD = meta + id), nothing in the clear. */
export async function sealPosition(keys: RecordKeys, position: JournalPosition): Promise<{ id: string; sealed: Uint8Array }> {
  return { id: POSITION_ID, sealed: await sealRecord(keys.records, META_TABLE, POSITION_ID, position) };
}

/** The stored position; undefined when there is none (a database from before the journal) or it does not open. */
export async function readPosition(backend: IDBDatabase, keys: RecordKeys): Promise<JournalPosition | undefined> {
  const row = await new Promise<{ sealed?: unknown } | undefined>((resolve, reject) => {
    const request = backend.transaction([META_TABLE], 'readonly').objectStore(META_TABLE).get(POSITION_ID);
    request.onsuccess = () => resolve(request.result as { sealed?: unknown } | undefined);
    request.onerror = () => reject(request.error ?? new Error('records: position read failed'));
  });
  if (!row) return undefined;
  const value = (await openRecord(keys.records, META_TABLE, POSITION_ID, row.sealed).catch(() => undefined)) as JournalPosition | undefined;
  return typeof value?.count === 'number' && Number.isInteger(value.count) && value.count >= 0 ? value : undefined;
}

type Appended = { start: number; end: number; hash: string; last: JournalWrite };

export class JournalWriter {
  // Writes of a transaction that appends once, at its end (RecordsDatabase.journaled): one group, all or nothing.
  private readonly groups = new WeakMap<object, JournalWrite[]>();
  private position: JournalPosition | undefined;
  private readonly committed = new Map<number, Appended>();
  private saving: Promise<void> = Promise.resolve();

  constructor(
    readonly journal: RecordJournal,
    private readonly keys: RecordKeys,
    private readonly backend: () => IDBDatabase,
  ) {}

  /** Where the working copy stands once it is caught up at open; until then no position is written. */
  begin(position: JournalPosition): void {
    this.position = position;
    this.committed.clear();
  }

  /** The middleware's writes for one mutation: appended now, or held for the group of their transaction. */
  async record(trans: IDBTransaction, writes: JournalWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const group = this.groups.get(trans);
    if (group) {
      group.push(...writes);
      return;
    }
    this.afterCommit(trans, await this.append(writes));
  }

  hasGroup(trans: IDBTransaction): boolean {
    return this.groups.has(trans);
  }

  openGroup(trans: IDBTransaction): void {
    this.groups.set(trans, []);
  }

  /** Appends what the transaction wrote, inside it, so a refused append aborts the transaction. */
  async closeGroup(trans: IDBTransaction): Promise<void> {
    const writes = this.groups.get(trans) ?? [];
    this.groups.delete(trans);
    if (writes.length > 0) this.afterCommit(trans, await this.append(writes));
  }

  /**
   * Appends the writes as one durable group; resolves once it is durable. Writes too many or too large for one
   * message go as the parts of a batch, which main appends whole when the last part arrives: a crash part-way
   * through a spreadsheet import leaves none of it rather than half.
   */
  async append(writes: readonly JournalWrite[]): Promise<Appended[]> {
    const groups = groupWrites(writes);
    if (groups.length === 0) return [];
    const last = writes.at(-1)!;
    if (groups.length === 1) {
      const head = await this.journal.append(groups[0]!);
      return [{ start: head.count - writes.length, end: head.count, hash: head.hash, last }];
    }
    const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    let head: JournalHead | undefined;
    for (const [i, group] of groups.entries()) head = await this.journal.append(group, { id, last: i === groups.length - 1 });
    return [{ start: head!.count - writes.length, end: head!.count, hash: head!.hash, last }];
  }

  /** Resolves once every position reached so far is stored. */
  settled(): Promise<void> {
    return this.saving;
  }

  private afterCommit(trans: IDBTransaction, appended: Appended[]): void {
    trans.addEventListener('complete', () => this.advance(appended), { once: true });
  }

  private advance(appended: Appended[]): void {
    for (const group of appended) this.committed.set(group.start, group);
    let reached: Appended | undefined;
    for (let next = this.position && this.committed.get(this.position.count); next; next = this.committed.get(next.end)) {
      this.committed.delete(next.start);
      reached = next;
    }
    if (!reached || !this.position) return;
    const target = reached;
    const generation = this.position.generation;
    this.position = { count: target.end, hash: target.hash, generation };
    this.saving = this.saving
      .then(async () => {
        const row = await sealPosition(this.keys, { count: target.end, hash: target.hash, last: await fingerprint(target.last), generation });
        await new Promise<void>((resolve, reject) => {
          const tx = this.backend().transaction([META_TABLE], 'readwrite');
          tx.objectStore(META_TABLE).put(row);
          tx.oncomplete = () => resolve();
          tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('records: position write failed'));
        });
      })
      // A position not stored only means the next unlock replays a little more.
      .catch(() => undefined);
  }
}
