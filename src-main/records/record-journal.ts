/**
 * Defends against: records living only in one browser profile, and a journal on disk being read, edited, reordered,
 *   spliced or cut from the end.
 * Follows: one line per entry, `seq prev table id sealed`; `prev` is the SHA-256 of the previous line (hash chain),
 *   `sealed` is base64 of an AES-GCM box under the `journal` subkey whose AAD is everything before it on the line,
 *   so sequence number, chain link and record id are all bound to the entry. The body holds the write (the row as
 *   the renderer stores it, payload sealed under `records`), the record's version, the device and the time. A signed
 *   head apart (signed-head.ts) catches a journal cut from the end. First line "tamga-journal 1".
 *   Opening checks the chain from the clear prefixes alone; an entry's seal is checked whenever it is read, and
 *   all of them by verify().
 *   A purge rewrites the journal without the purged records' entries, renumbered and chained afresh, under a new
 *   generation named on the first line ("tamga-journal 1 <generation>"), so a working copy built from the old one
 *   knows to rebuild. The rewrite is a two-file commit (journal.log.next, then journal.head.next, then both
 *   renamed) that open() finishes after a crash, and the old file is overwritten with zeros before it is replaced.
 * Vectors: tests/unit/main/records/record-journal.test.ts (frozen v1 entries in tests/vectors/journal/v1/).
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JournalEntry, JournalHead, JournalTable, JournalWrite } from '../../shared/ipc/channels/records';
import { JournalEntry as JournalEntrySchema } from '../../shared/ipc/channels/records';
import { TamgaError } from '../../shared/result';
import { appendDurably, fsyncDirectory } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from '../vault/aes-gcm-box';
import type { DeviceKey } from '../vault/device-key';
import { compareWithHead, GENESIS, lineHash, readHead, writeHead, type ChainCut, type HeadContext } from '../vault/signed-head';

const HEADER_LINE = 'tamga-journal 1';
/** The first line: the format, and after a rewrite the generation it started (none for the journal the vault began with). */
const HEADER = /^tamga-journal 1(?: ([0-9a-f]{32}))?$/;
const headerOf = (generation: string) => (generation ? `${HEADER_LINE} ${generation}` : HEADER_LINE);
/** Where a rewrite is staged before it replaces the journal and its head. */
const staged = (path: string) => `${path}.next`;
const HEAD_LABEL = 'tamga journal head v1';
const aadFor = (prefix: string) => utf8(`tamga journal v1 ${prefix}`);

export type JournalContext = { device: DeviceKey; key: () => Uint8Array; now: () => Date };
/** Where the chain broke: the first entry that does not link, or a head the file does not reach. */
export type JournalDamage = { seq: number; reason: 'chain' | 'seal' | 'format' } | ({ seq: number } & ChainCut);

type Located = { seq: number; table: JournalTable; id: string; offset: number; length: number };

export type WrittenGroup = { head: JournalHead; entries: JournalEntry[]; previous: Array<JournalEntry | undefined> };

export class RecordJournal {
  private tail: Promise<unknown> = Promise.resolve();
  /** Byte offset and length of every committed line, by sequence number: entries are read back by seek. */
  private readonly lines: Located[] = [];
  /** Latest sequence number and version of each record, for versions and for the previous state of an edit. */
  private readonly latest = new Map<string, { seq: number; version: number }>();
  /**
   * For each case, every record whose row ever named it in its `caseId` column: built at the first history asked
   * for, then kept up by each append, so a case's history reads its own entries rather than the whole journal.
   */
  private byCase: Map<string, Map<string, { table: JournalTable; id: string }>> | undefined;

  private constructor(
    private readonly path: string,
    private readonly headPath: string,
    private readonly context: JournalContext,
    private size: number,
    private lastHash: string,
    /** Set when the journal on disk does not hold together; appends are then refused, nothing is dropped. */
    readonly damage: JournalDamage | undefined,
    /** Empty for the journal the vault began with; a fresh random id after each rewrite. */
    private currentGeneration = '',
  ) {}

  get generation(): string {
    return this.currentGeneration;
  }

  static async create(path: string, headPath: string, context: JournalContext): Promise<RecordJournal> {
    await writeFile(path, `${HEADER_LINE}\n`, { flag: 'wx', mode: 0o600 });
    const journal = new RecordJournal(path, headPath, context, Buffer.byteLength(`${HEADER_LINE}\n`), GENESIS, undefined);
    await journal.writeHead();
    return journal;
  }

  /**
   * Opens an existing journal, or starts one when the vault predates the journal and has none yet. `mustExist`
   * (the vault was made with a journal) turns a missing journal into damage: it was removed, not never made.
   */
  static async open(path: string, headPath: string, context: JournalContext, mustExist: boolean): Promise<RecordJournal> {
    await finishRewrite(path, headPath);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) {
      const head = await readHead(headPath, headContext(context));
      // A head without its journal means the journal was removed, not that there never was one.
      if (head !== 'missing' || mustExist) {
        const expected = typeof head === 'object' ? head.count : 0;
        const reason = head === 'missing' ? 'headMissing' : head === 'invalid' ? 'headInvalid' : 'shorter';
        return new RecordJournal(path, headPath, context, 0, GENESIS, { seq: 0, expected, found: 0, reason });
      }
      return RecordJournal.create(path, headPath, context);
    }
    return RecordJournal.scan(path, headPath, context, text);
  }

  private static async scan(path: string, headPath: string, context: JournalContext, text: string): Promise<RecordJournal> {
    const committed = text.slice(0, text.lastIndexOf('\n') + 1);
    const rawLines = committed.split('\n').slice(0, -1);
    const header = HEADER.exec(rawLines[0] ?? '');
    if (!header) return new RecordJournal(path, headPath, context, 0, GENESIS, { seq: 0, reason: 'format' });
    const entries = rawLines.slice(1);
    let offset = Buffer.byteLength(`${rawLines[0]}\n`);
    let prev = GENESIS;
    let damage: JournalDamage | undefined;
    const located: Located[] = [];
    for (const [seq, line] of entries.entries()) {
      const parsed = parsePrefix(line);
      if (!parsed || parsed.seq !== seq) damage = { seq, reason: 'format' };
      else if (parsed.prev !== prev) damage = { seq, reason: 'chain' };
      if (damage) break;
      const length = Buffer.byteLength(line) + 1;
      located.push({ seq, table: parsed!.table, id: parsed!.id, offset, length });
      offset += length;
      prev = lineHash(line);
    }
    let headCount = 0;
    if (!damage) {
      const head = await readHead(headPath, headContext(context));
      if (typeof head === 'object') headCount = head.count;
      const cut = compareWithHead(entries, head);
      // Name the entry that is wrong: the last one the head vouches for, or the first one missing.
      if (cut) damage = { seq: cut.reason === 'diverged' ? cut.expected - 1 : cut.found, ...cut };
    }
    // Entries past the signed head come from an append that crashed before writing its head: never acknowledged,
    // and perhaps only part of their group (a 10,000-row import is one group). They are cut, with any torn last
    // line, so a group is in the journal whole or not at all and the next append starts clean.
    let kept = located;
    if (!damage && headCount < located.length) {
      kept = located.slice(0, headCount);
      const last = kept.at(-1);
      offset = last ? last.offset + last.length : Buffer.byteLength(`${rawLines[0]}\n`);
      prev = headCount === 0 ? GENESIS : lineHash(entries[headCount - 1]!);
    }
    const journal = new RecordJournal(path, headPath, context, offset, prev, damage, header[1] ?? '');
    for (const line of kept) journal.remember(line);
    if (!damage && Buffer.byteLength(text) > offset) {
      const handle = await open(path, 'r+');
      await handle.truncate(offset).finally(() => handle.close());
    }
    return journal;
  }

  get head(): JournalHead {
    return { count: this.lines.length, hash: this.lastHash };
  }

  /**
   * Appends the writes as one group: one write, one fsync, then the head. Resolves only when all of it is durable,
   * so whoever waits on it may say "saved". Groups are serialised: each entry must know the hash before it.
   */
  append(writes: readonly JournalWrite[]): Promise<WrittenGroup> {
    const run = this.tail.then(() => this.write(writes));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(writes: readonly JournalWrite[]): Promise<WrittenGroup> {
    if (this.damage) throw new TamgaError('records.journalDamaged', { seq: this.damage.seq, reason: this.damage.reason });
    const previous = await Promise.all(writes.map((w) => this.latestOf(w.table, w.id)));
    const at = this.context.now().toISOString();
    const entries: JournalEntry[] = [];
    const versions = new Map<string, number>();
    const lines: string[] = [];
    let prev = this.lastHash;
    for (const [i, write] of writes.entries()) {
      const seq = this.lines.length + i;
      const key = keyOf(write.table, write.id);
      const version = (versions.get(key) ?? this.latest.get(key)?.version ?? 0) + 1;
      versions.set(key, version);
      const entry = { ...write, seq, version, device: this.context.device.fingerprint, at } as JournalEntry;
      const line = this.sealLine(entry, prev);
      lines.push(line);
      entries.push(entry);
      prev = lineHash(line);
    }
    const bytes = utf8(lines.map((line) => `${line}\n`).join(''));
    await appendDurably(this.path, this.size, bytes);
    let offset = this.size;
    for (const [i, line] of lines.entries()) {
      const length = Buffer.byteLength(line) + 1;
      this.remember({ seq: entries[i]!.seq, table: entries[i]!.table, id: entries[i]!.id, offset, length });
      offset += length;
    }
    this.size = offset;
    this.lastHash = prev;
    await this.writeHead();
    if (this.byCase) for (const entry of entries) this.indexByCase(entry);
    return { head: this.head, entries, previous };
  }

  /**
   * Rewrites the journal without the entries chosen (by sequence number): what they held becomes unreadable from
   * the journal, not merely superseded. The other entries keep their devices and times; sequence numbers close up,
   * and a record that lost some of its versions is numbered again from 1, so versions still count its entries.
   * Resolves with how many entries went, once the new journal and head are durable.
   */
  purge(chosen: (line: { seq: number; table: JournalTable; id: string }) => boolean): Promise<{ removed: number }> {
    const run = this.tail.then(() => this.rewrite(chosen));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async rewrite(chosen: (line: { seq: number; table: JournalTable; id: string }) => boolean): Promise<{ removed: number }> {
    if (this.damage) throw new TamgaError('records.journalDamaged', { seq: this.damage.seq, reason: this.damage.reason });
    const kept = this.lines.filter((line) => !chosen(line));
    const removed = this.lines.length - kept.length;
    if (removed === 0) return { removed };
    const generation = randomBytes(16).toString('hex');
    const header = headerOf(generation);
    const lines: string[] = [];
    const located: Located[] = [];
    let offset = Buffer.byteLength(`${header}\n`);
    let prev = GENESIS;
    const versions = new Map<string, number>();
    const handle = await open(this.path, 'r');
    try {
      for (const [seq, old] of kept.entries()) {
        const version = (versions.get(keyOf(old.table, old.id)) ?? 0) + 1;
        versions.set(keyOf(old.table, old.id), version);
        const entry = { ...(await this.readOne(handle, old.seq)), seq, version };
        const line = this.sealLine(entry, prev);
        lines.push(line);
        located.push({ seq, table: old.table, id: old.id, offset, length: Buffer.byteLength(line) + 1 });
        offset += Buffer.byteLength(line) + 1;
        prev = lineHash(line);
      }
    } finally {
      await handle.close();
    }
    const next = await open(staged(this.path), 'w', 0o600);
    try {
      await next.writeFile([header, ...lines].map((line) => `${line}\n`).join(''));
      await next.sync();
    } finally {
      await next.close();
    }
    // The staged head is what makes the rewrite final: from here on, open() finishes it rather than drop it.
    await writeHead(staged(this.headPath), headContext(this.context), { count: lines.length, hash: prev });
    await overwriteWithZeros(this.path, this.size);
    await finishRewrite(this.path, this.headPath);
    this.lines.length = 0;
    this.latest.clear();
    this.byCase = undefined;
    for (const line of located) this.remember(line);
    this.size = offset;
    this.lastHash = prev;
    this.currentGeneration = generation;
    return { removed };
  }

  /** Entries from `after` (a count of entries already held), at most `limit`, each checked against its seal. */
  async read(after: number, limit: number): Promise<JournalEntry[]> {
    await this.tail;
    // A copy rebuilt from a damaged journal would lose what only the copy still holds: refuse, and say where.
    if (this.damage) throw new TamgaError('records.journalDamaged', { seq: this.damage.seq, reason: this.damage.reason });
    const wanted = this.lines.slice(after, after + limit);
    if (wanted.length === 0) return [];
    const handle = await open(this.path, 'r');
    try {
      const first = wanted[0]!;
      const last = wanted.at(-1)!;
      const buffer = Buffer.alloc(last.offset + last.length - first.offset);
      await handle.read(buffer, 0, buffer.length, first.offset);
      return wanted.map((line) => this.openLine(buffer.subarray(line.offset - first.offset, line.offset - first.offset + line.length - 1).toString('utf8'), line.seq));
    } finally {
      await handle.close();
    }
  }

  /**
   * For a working copy built from nothing: from `after` on, only the entry that is each record's latest, at most
   * `limit` of them, and `next`, where the following call starts. Superseded versions are skipped, so rebuilding
   * costs one entry per record, not one per edit ever made. Stopping between two calls is safe: every record whose
   * latest entry lies before `next` is current, and the others arrive from `next` on.
   */
  async readLatest(after: number, limit: number): Promise<{ entries: JournalEntry[]; next: number }> {
    await this.tail;
    const seqs: number[] = [];
    let next = after;
    for (; next < this.lines.length && seqs.length < limit; next += 1) {
      const line = this.lines[next]!;
      if (this.latest.get(keyOf(line.table, line.id))?.seq === next) seqs.push(next);
    }
    return { entries: await this.readSeqs(seqs), next };
  }

  /** The case's own record and every record that is or was part of it, by table and id; none if it never existed. */
  async recordsOfCase(caseId: string): Promise<Array<{ table: JournalTable; id: string }>> {
    await this.tail;
    if (!this.latest.has(keyOf('cases', caseId))) return [];
    if (!this.byCase) {
      this.byCase = new Map();
      for (let after = 0; after < this.lines.length; after += 2048) for (const entry of await this.read(after, 2048)) this.indexByCase(entry);
    }
    return [{ table: 'cases', id: caseId }, ...(this.byCase.get(caseId)?.values() ?? [])];
  }

  private indexByCase(entry: JournalEntry): void {
    const caseId = entry.op === 'put' ? entry.row.columns.caseId : undefined;
    if (typeof caseId !== 'string' || !this.byCase) return;
    const records = this.byCase.get(caseId) ?? new Map<string, { table: JournalTable; id: string }>();
    records.set(keyOf(entry.table, entry.id), { table: entry.table, id: entry.id });
    this.byCase.set(caseId, records);
  }

  /** Every entry of one record, oldest first. */
  async history(table: JournalTable, id: string): Promise<JournalEntry[]> {
    return this.readSeqs(this.lines.filter((line) => line.table === table && line.id === id).map((line) => line.seq));
  }

  private async readSeqs(seqs: readonly number[]): Promise<JournalEntry[]> {
    if (this.damage) throw new TamgaError('records.journalDamaged', { seq: this.damage.seq, reason: this.damage.reason });
    if (seqs.length === 0) return [];
    const handle = await open(this.path, 'r');
    try {
      // Entries close together (a page of latest entries) are read as one span: one read instead of thousands.
      const first = this.lines[seqs[0]!]!;
      const last = this.lines[seqs.at(-1)!]!;
      const span = last.offset + last.length - first.offset;
      const wanted = seqs.reduce((sum, seq) => sum + this.lines[seq]!.length, 0);
      const ascending = seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!);
      if (!ascending || span > Math.max(4 * wanted, 1 << 20)) return await Promise.all(seqs.map((seq) => this.readOne(handle, seq)));
      const buffer = Buffer.alloc(span);
      await handle.read(buffer, 0, span, first.offset);
      return seqs.map((seq) => {
        const line = this.lines[seq]!;
        const at = line.offset - first.offset;
        return this.openLine(buffer.subarray(at, at + line.length - 1).toString('utf8'), seq);
      });
    } finally {
      await handle.close();
    }
  }

  /** Opens every entry: a flipped bit anywhere is found and named by sequence number. */
  async verify(): Promise<JournalDamage | undefined> {
    if (this.damage) return this.damage;
    for (let after = 0; after < this.lines.length; after += 2048) {
      try {
        await this.read(after, 2048);
      } catch (error) {
        if (error instanceof TamgaError && error.code === 'records.journalDamaged') return { seq: Number(error.details?.seq), reason: 'seal' };
        throw error;
      }
    }
    return undefined;
  }

  private async latestOf(table: JournalTable, id: string): Promise<JournalEntry | undefined> {
    const latest = this.latest.get(keyOf(table, id));
    if (!latest) return undefined;
    const handle = await open(this.path, 'r');
    try {
      return await this.readOne(handle, latest.seq);
    } finally {
      await handle.close();
    }
  }

  private async readOne(handle: FileHandle, seq: number): Promise<JournalEntry> {
    const line = this.lines[seq]!;
    const buffer = Buffer.alloc(line.length - 1);
    await handle.read(buffer, 0, buffer.length, line.offset);
    return this.openLine(buffer.toString('utf8'), seq);
  }

  /** One line: the clear prefix (sequence number, link to the previous line, table, id) and the sealed body. */
  private sealLine(entry: JournalEntry, prev: string): string {
    const prefix = `${entry.seq} ${prev} ${entry.table} ${entry.id}`;
    const body = utf8(JSON.stringify(bodyOf(entry)));
    return `${prefix} ${sealBox(this.context.key(), body, aadFor(prefix)).toString('base64')}`;
  }

  private openLine(line: string, seq: number): JournalEntry {
    const cut = line.lastIndexOf(' ');
    const prefix = line.slice(0, cut);
    const plain = openBox(this.context.key(), Buffer.from(line.slice(cut + 1), 'base64'), aadFor(prefix));
    const parsed = parsePrefix(line);
    if (!plain || !parsed) throw new TamgaError('records.journalDamaged', { seq, reason: 'seal' });
    try {
      const entry = JournalEntrySchema.safeParse({ ...JSON.parse(plain.toString('utf8')), seq: parsed.seq, table: parsed.table, id: parsed.id });
      if (entry.success) return entry.data;
    } catch {
      // falls through to the same refusal as a bad seal
    }
    throw new TamgaError('records.journalDamaged', { seq, reason: 'seal' });
  }

  private remember(line: Located): void {
    this.lines[line.seq] = line;
    const key = keyOf(line.table, line.id);
    this.latest.set(key, { seq: line.seq, version: (this.latest.get(key)?.version ?? 0) + 1 });
  }

  private writeHead(): Promise<void> {
    return writeHead(this.headPath, headContext(this.context), this.head);
  }
}

const keyOf = (table: string, id: string) => `${table}/${id}`;

const exists = (path: string) => stat(path).then(
  () => true,
  () => false,
);

/**
 * Completes a staged rewrite. A staged head means the staged journal was durable before it: both replace the old
 * ones (the journal first, so a crash between the two renames is finished here next time). A staged journal alone
 * was cut short before its head: the old journal stands and the partial one goes.
 */
async function finishRewrite(path: string, headPath: string): Promise<void> {
  if (await exists(staged(headPath))) {
    if (await exists(staged(path))) {
      await rename(staged(path), path);
      await fsyncDirectory(dirname(path));
    }
    await rename(staged(headPath), headPath);
    await fsyncDirectory(dirname(headPath));
  } else if (await exists(staged(path))) {
    await rm(staged(path), { force: true });
  }
}

/** Zeros the bytes of a file about to be replaced, so what it held is not left in the blocks it gave back. */
async function overwriteWithZeros(path: string, size: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) await handle.write(zeros, 0, Math.min(zeros.length, size - at), at);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
const headContext = (context: Pick<JournalContext, 'device' | 'key'>): HeadContext => ({ device: context.device, key: context.key, label: HEAD_LABEL });

/** What the sealed body carries; sequence number, table and id are on the line itself and bound as AAD. */
function bodyOf(entry: JournalEntry): Record<string, unknown> {
  const { seq: _seq, table: _table, id: _id, ...body } = entry;
  return body;
}

const PREFIX = /^(\d+) ([0-9a-f]{64}) ([A-Za-z]+) (\S+) [A-Za-z0-9+/=]+$/;

function parsePrefix(line: string): { seq: number; prev: string; table: JournalTable; id: string } | undefined {
  const match = PREFIX.exec(line);
  if (!match) return undefined;
  return { seq: Number(match[1]), prev: match[2]!, table: match[3] as JournalTable, id: match[4]! };
}
