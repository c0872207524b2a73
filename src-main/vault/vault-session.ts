import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import { looksLikePlainText } from '../../shared/evidence/plain-text';
import type { CustodyEvent, DamagedItem, ImportedItem, ItemRecord, VerifyReport } from '../../shared/ipc/channels/vault';
import type { Disposable } from '../../shared/lifecycle';
import { TamgaError } from '../../shared/result';
import { sweepTempFiles } from '../fs/atomic-file';
import type { ByteRange } from './blob-reader';
import { BlobStore } from './blob-store';
import type { ImportSource } from './blob-writer';
import type { JournalEntry, JournalHead, JournalTable, JournalWrite } from '../../shared/ipc/channels/records';
import { changedFields, openRecordPayload } from '../records/record-payload';
import { RecordJournal } from '../records/record-journal';
import { CustodyLog, HEAD_MARK, type CustodyContext, type CustodyCut } from './custody-log';
import { AgeIdentity, type AgeDecryptionKey } from './age-identity';
import { DeviceKey } from './device-key';
import { EvidenceItemStore } from './evidence-item-store';
import type { VaultKeys } from './vault-keys';
import type { VaultPaths } from './vault-paths';

export type DeviceIdentity = { /** raw 32-byte Ed25519 public key, base64 */ publicKey: string; fingerprint: string };

export type SessionOptions = { paths: VaultPaths; now: () => Date; actor: string; chunkShift?: number };

/**
 * An unlocked vault: the keys, the device identity, the custody log and the list of evidence items. Locking
 * disposes it, which zero-fills the keys; anything still running then fails with 'vault.locked'.
 */
export class VaultSession implements Disposable {
  private readonly byId = new Map<string, ItemRecord>();
  private readonly bySha = new Map<string, ItemRecord>();
  private commits: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly keys: VaultKeys,
    private readonly blobs: BlobStore,
    private readonly items: EvidenceItemStore,
    readonly custody: CustodyLog,
    records: ItemRecord[],
    private readonly device: DeviceKey,
    readonly journal: RecordJournal,
    private readonly age: AgeIdentity,
  ) {
    for (const record of records) this.remember(record);
  }

  /** First unlock of a new vault: device key and an empty custody log, written before the header exists. */
  static async initialize(keys: VaultKeys, options: SessionOptions): Promise<VaultSession> {
    const { paths } = options;
    await mkdir(paths.blobs, { recursive: true, mode: 0o700 });
    await mkdir(paths.items, { recursive: true, mode: 0o700 });
    const device = DeviceKey.generate();
    await device.save(paths.deviceKey, keys.get('device'));
    const age = await AgeIdentity.create(paths.ageKey, keys.get('device'));
    // A crash during an earlier create may have left a log with no header beside it; start a fresh one.
    await rm(paths.custodyLog, { force: true });
    const custody = await CustodyLog.create(paths.custodyLog, paths.custodyHead, contextOf(keys, device, options));
    await mkdir(paths.records, { recursive: true, mode: 0o700 });
    await rm(paths.journal, { force: true });
    const journal = await RecordJournal.create(paths.journal, paths.journalHead, journalContextOf(keys, device, options));
    return new VaultSession(keys, new BlobStore(paths.blobs, options.chunkShift), new EvidenceItemStore(paths.items), custody, [], device, journal, age);
  }

  static async open(keys: VaultKeys, options: SessionOptions): Promise<VaultSession> {
    const { paths } = options;
    const blobs = new BlobStore(paths.blobs, options.chunkShift);
    const items = new EvidenceItemStore(paths.items);
    // I4: temp files are only ever left by a crash; none is referenced, so they go at unlock.
    await Promise.all([blobs.sweepTempFiles(), items.sweepTempFiles(), sweepTempFiles(paths.root)]);
    const device = await DeviceKey.load(paths.deviceKey, keys.get('device'));
    const age = await AgeIdentity.loadOrCreate(paths.ageKey, keys.get('device'));
    const custody = await CustodyLog.open(paths.custodyLog, paths.custodyHead, contextOf(keys, device, options));
    // The chain goes on from what is on disk, but never silently: the cut is itself signed into the log.
    if (custody.cutAtOpen) await custody.append('custody.truncated', undefined, { ...custody.cutAtOpen });
    const { records } = await items.readAll(keys.get('items'));
    // Vaults made before the journal get an empty one here; their records move in from the renderer's copy.
    await mkdir(paths.records, { recursive: true, mode: 0o700 });
    await sweepTempFiles(paths.records);
    const journalMarked = custody.firstEntry?.details?.journal === HEAD_MARK.journal;
    const journal = await RecordJournal.open(paths.journal, paths.journalHead, journalContextOf(keys, device, options), journalMarked);
    return new VaultSession(keys, blobs, items, custody, records, device, journal, age);
  }

  dispose(): void {
    this.keys.dispose();
    this.byId.clear();
    this.bySha.clear();
  }

  listItems(): ItemRecord[] {
    return [...this.byId.values()];
  }

  async importStream(source: ImportSource, originalName: string, importedAt: Date, expectedSize?: number): Promise<ImportedItem> {
    const pending = await this.blobs.write(source, this.keys.get('blobs'), expectedSize);
    // Dedup check and commit run one at a time, so two imports of the same file cannot both store it.
    const run = this.commits.then(async () => {
      const existing = this.bySha.get(pending.sha256);
      if (existing) await pending.abort();
      else await pending.commit();
      const detected = (await fileTypeFromBuffer(pending.head).catch(() => undefined))?.mime;
      const mediaType = detected ?? (looksLikePlainText(pending.head) ? 'text/plain' : undefined);
      const record: ItemRecord = {
        id: randomBytes(16).toString('hex'),
        blobId: existing?.blobId ?? pending.blobId,
        sha256: pending.sha256,
        size: pending.size,
        originalName,
        ...(mediaType ? { mediaType } : {}),
        importedAt: importedAt.toISOString(),
      };
      // I4: the record is written only now that its blob is durable under its final name.
      await this.items.write(record, this.keys.get('items'));
      this.remember(record);
      await this.custody.append('item.imported', record.id, {
        sha256: record.sha256,
        ...(existing ? { duplicateOf: existing.id } : {}),
      });
      return existing ? { item: record, duplicateOf: existing.id } : { item: record };
    });
    this.commits = run.catch(() => undefined);
    try {
      return await run;
    } catch (error) {
      await pending.abort().catch(() => undefined);
      throw error;
    }
  }

  async *readItem(itemId: string, range?: ByteRange): AsyncGenerator<Buffer> {
    const record = this.recordOf(itemId);
    await this.custody.append('item.viewed', itemId, range ? { start: range.start, ...(range.end !== undefined ? { end: range.end } : {}) } : undefined);
    yield* this.blobs.read(record.blobId, this.keys.get('blobs'), itemId, range);
  }

  /**
   * Re-hashes every item's full plaintext (which also authenticates every chunk), checks the custody chain against
   * its signed head, and holds the item records on disk to the log: every item the log says was imported must
   * still have a readable record and blob, so deleting evidence is reported, never passed over.
   */
  async verify(): Promise<VerifyReport> {
    // The chain is checked before this run appends its own item.verified entries, so the report describes the
    // log as it was found (a torn tail is still visible here; the first append below overwrites it).
    const { events, report } = await this.custody.read();
    const cut = (await this.custody.checkAgainstHead()) ?? cutOnRecord(events);
    const custody = cut ? { ...report, ok: false, cut } : report;
    const onDisk = await this.items.readAll(this.keys.get('items'));
    const present = new Set([...onDisk.records.map((r) => r.id), ...onDisk.unreadable.map((u) => u.itemId)]);
    const imported = new Set(events.filter((e) => e.event === 'item.imported' && e.itemId).map((e) => e.itemId!));
    const lost: DamagedItem[] = [
      ...onDisk.unreadable.map(({ itemId }) => ({ itemId, originalName: '', code: 'item.recordUnreadable' as const })),
      ...[...imported].filter((id) => !present.has(id)).map((itemId) => ({ itemId, originalName: this.byId.get(itemId)?.originalName ?? '', code: 'item.deleted' as const })),
    ];
    const damaged: DamagedItem[] = [...lost];
    for (const record of onDisk.records) {
      const code = await this.checkItem(record);
      if (code) damaged.push({ itemId: record.id, originalName: record.originalName, code });
      await this.custody.append('item.verified', record.id, { result: code ?? 'ok' });
    }
    for (const { itemId, code } of lost) await this.custody.append('item.verified', itemId, { result: code });
    const journalDamage = await this.journal.verify();
    const records = { ok: !journalDamage, entries: this.journal.head.count, ...(journalDamage ? { damage: journalDamage } : {}) };
    return { ok: damaged.length === 0 && custody.ok && records.ok, itemsChecked: onDisk.records.length + lost.length, damaged, custody, records };
  }

  /** The public half of this installation's signing key, as bundles name their creator. */
  deviceIdentity(): DeviceIdentity {
    const spki = this.device.publicKey.export({ format: 'der', type: 'spki' });
    // An Ed25519 SPKI is a fixed 12-byte prefix and the raw 32-byte key (RFC 8410).
    return { publicKey: spki.subarray(spki.length - 32).toString('base64'), fingerprint: this.device.fingerprint };
  }

  /** `age1…`: what colleagues encrypt bundles to this device with; safe to show and send. */
  ageRecipient(): string {
    return this.age.recipient;
  }

  /** HAZMAT: the key that opens bundles encrypted to this device; it cannot be exported, only handed to a Decrypter. */
  ageDecryptionKey(): AgeDecryptionKey {
    return this.age.key;
  }

  /** HAZMAT: signs whatever it is given with the device key. Only for bytes Tamga itself composed (bundle manifests). */
  sign(bytes: Uint8Array): Buffer {
    return this.device.sign(bytes);
  }

  /** Reads the original bytes for a bundle: the export is logged once per item as item.exported, not as a view. */
  async *readItemForExport(itemId: string): AsyncGenerator<Buffer> {
    const record = this.recordOf(itemId);
    yield* this.blobs.read(record.blobId, this.keys.get('blobs'), itemId);
  }

  async recordExport(itemIds: readonly string[], details: { bundleId: string; bundleSha256: string }): Promise<void> {
    for (const itemId of itemIds) await this.custody.append('item.exported', itemId, details);
  }

  /**
   * Appends record writes to the journal (durable when this resolves) and one custody entry for the group, naming
   * each record written and the fields that changed, opened from the sealed payloads with the `records` key.
   */
  async appendRecords(writes: readonly JournalWrite[]): Promise<{ head: JournalHead; versions: number[] }> {
    const recordsKey = this.keys.get('records');
    // The journal keeps only what this vault can read: a payload sealed under another vault's key (a stale browser
    // copy of another vault on the same origin) is refused, by record, before anything is written.
    const opened = writes.map((write) => (write.op === 'put' ? openRecordPayload(recordsKey, write.table, write.id, write.row.sealed) : undefined));
    const { head, entries, previous } = await this.journal.append(writes);
    const described = entries.map((entry, i) => {
      if (entry.op === 'delete') return `${entry.table}/${entry.id} v${entry.version} deleted`;
      const before = previous[i]?.op === 'put' ? openQuietly(recordsKey, previous[i]!) : undefined;
      return `${entry.table}/${entry.id} v${entry.version}: ${changedFields(before, opened[i]!).join(',') || '-'}`;
    });
    const shown = described.slice(0, CUSTODY_RECORDS_LISTED).join('; ');
    const more = described.length > CUSTODY_RECORDS_LISTED ? `; +${described.length - CUSTODY_RECORDS_LISTED} more` : '';
    await this.custody.append('record.written', undefined, { count: entries.length, from: entries[0]!.seq, records: shown + more });
    return { head, versions: entries.map((entry) => entry.version) };
  }

  async readRecords(after: number, limit: number, latest = false): Promise<RecordsPage> {
    if (latest) {
      const { entries, next } = await this.journal.readLatest(after, limit);
      return { head: this.journal.head, entries, next, generation: this.journal.generation };
    }
    const entries = await this.journal.read(after, limit);
    return { head: this.journal.head, entries, next: after + entries.length, generation: this.journal.generation };
  }

  /**
   * Purges a case or a person, with every version of any record that named it by `caseId` or `personId`. The
   * custody entry counts what went and names nothing of it.
   */
  async purgeRecords(table: 'cases' | 'people', id: string): Promise<{ records: number; entries: number }> {
    const link = table === 'cases' ? 'caseId' : 'personId';
    const recordsKey = this.keys.get('records');
    const target = `${table}/${id}`;
    // Every version that named it goes, including those of a record deleted since. A record moved to another case
    // keeps the versions written after the move: they belong to that case now, and purging this one must not
    // take them. A record with no version left loses its deletes too.
    const drop = new Set<number>();
    const named = new Set<string>([target]);
    const keptPut = new Set<string>();
    const deletes = new Map<string, number[]>();
    // One pass over the journal both finds what to drop and whether the record exists now (its last entry a put).
    let exists = false;
    for (let after = 0; after < this.journal.head.count; after += 2048) {
      for (const entry of await this.journal.read(after, 2048)) {
        const key = `${entry.table}/${entry.id}`;
        if (key === target) {
          drop.add(entry.seq);
          exists = entry.op === 'put';
        }
        else if (entry.op === 'delete') deletes.set(key, [...(deletes.get(key) ?? []), entry.seq]);
        else if (openQuietly(recordsKey, entry)?.[link] === id) {
          drop.add(entry.seq);
          named.add(key);
        } else keptPut.add(key);
      }
    }
    if (!exists) throw new TamgaError('records.missing', { table, id });
    for (const key of named) if (!keptPut.has(key)) for (const seq of deletes.get(key) ?? []) drop.add(seq);
    const { removed } = await this.journal.purge((line) => drop.has(line.seq));
    await this.custody.append('records.purged', undefined, { records: named.size, entries: removed });
    return { records: named.size, entries: removed };
  }

  /** The current state of every record in the journal, opened: what the command line reads. */
  async currentRecords(): Promise<Map<JournalTable, Map<string, Record<string, unknown>>>> {
    const tables = new Map<JournalTable, Map<string, Record<string, unknown>>>();
    const recordsKey = this.keys.get('records');
    for (let after = 0; after < this.journal.head.count; after += 2048) {
      for (const entry of await this.journal.read(after, 2048)) {
        const table = tables.get(entry.table) ?? new Map<string, Record<string, unknown>>();
        tables.set(entry.table, table);
        if (entry.op === 'delete') table.delete(entry.id);
        else table.set(entry.id, openRecordPayload(recordsKey, entry.table, entry.id, entry.row.sealed));
      }
    }
    return tables;
  }

  recordsOfCase(caseId: string): Promise<Array<{ table: JournalTable; id: string }>> {
    return this.journal.recordsOfCase(caseId);
  }

  /** One record's versions, oldest first, opened, with who wrote each and which fields it changed. */
  async recordHistory(table: JournalTable, id: string) {
    const recordsKey = this.keys.get('records');
    let before: Record<string, unknown> | undefined;
    return (await this.journal.history(table, id)).map((entry) => {
      const after = entry.op === 'put' ? openRecordPayload(recordsKey, table, id, entry.row.sealed) : undefined;
      const fields = after ? changedFields(before, after) : [];
      const change = { seq: entry.seq, version: entry.version, at: entry.at, device: entry.device, op: entry.op, fields, record: after };
      before = after;
      return change;
    });
  }

  async custodyEvents(itemId?: string): Promise<CustodyEvent[]> {
    const { events } = await this.custody.read();
    return itemId ? events.filter((event) => event.itemId === itemId) : events;
  }

  private async checkItem(record: ItemRecord): Promise<DamagedItem['code'] | undefined> {
    const hash = createHash('sha256');
    try {
      for await (const part of this.blobs.read(record.blobId, this.keys.get('blobs'), record.id)) hash.update(part);
    } catch (error) {
      if (error instanceof TamgaError && ['blob.missing', 'blob.corrupt', 'blob.truncated'].includes(error.code)) {
        return error.code as DamagedItem['code'];
      }
      throw error;
    }
    return hash.digest('hex') === record.sha256 ? undefined : 'item.hashMismatch';
  }

  private recordOf(itemId: string): ItemRecord {
    const record = this.byId.get(itemId);
    if (!record) throw new TamgaError('item.missing', { item: itemId });
    return record;
  }

  private remember(record: ItemRecord): void {
    this.byId.set(record.id, record);
    if (!this.bySha.has(record.sha256)) this.bySha.set(record.sha256, record);
  }
}

/** A cut found at an earlier unlock stays a failure: the log carries it as a signed custody.truncated entry. */
function cutOnRecord(events: CustodyEvent[]): CustodyCut | undefined {
  const entry = events.find((e) => e.event === 'custody.truncated');
  if (!entry?.details) return undefined;
  const { expected, found, reason } = entry.details;
  return { expected: Number(expected), found: Number(found), reason: reason as CustodyCut['reason'] };
}

export type RecordsPage = { head: JournalHead; entries: JournalEntry[]; next: number; generation: string };

/** How many records one custody entry names; a spreadsheet import of 10,000 rows is one group, not 10,000 lines. */
const CUSTODY_RECORDS_LISTED = 20;

function openQuietly(recordsKey: Uint8Array, entry: JournalEntry): Record<string, unknown> | undefined {
  if (entry.op !== 'put') return undefined;
  try {
    return openRecordPayload(recordsKey, entry.table, entry.id, entry.row.sealed);
  } catch {
    // Only a journal from before payloads were checked on append could hold one; its diff starts afresh.
    return undefined;
  }
}

const journalContextOf = (keys: VaultKeys, device: DeviceKey, options: SessionOptions) => ({ device, now: options.now, key: () => keys.get('journal') });

const contextOf = (keys: VaultKeys, device: DeviceKey, options: SessionOptions): CustodyContext => ({
  device,
  actor: options.actor,
  now: options.now,
  key: () => keys.get('custody'),
});
