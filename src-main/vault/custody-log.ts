/**
 * Defends against: custody history being read, edited, reordered, cut from the middle or forged.
 * Follows: one line per entry, base64(aes-gcm-box under `custody`) of {body, Ed25519 signature}; each body holds the
 *   SHA-256 of the previous stored line (hash chain). First line "tamga-custody 1". Vectors: tests/fixtures/vault-v1/.
 *
 * Torn tail: an append is one write of "line\n" followed by fdatasync. A crash mid-write can leave a last line with
 * no newline. That line was never committed, so readers ignore it and report `tornTail`, and the next append
 * overwrites it (it writes at the end of the last complete line and truncates after itself).
 *
 * Cut from the end: whole lines removed from the end leave a valid shorter chain, so after every append a signed,
 * sealed head (entry count + hash of the last line) is written apart, in custody.head. At open, a log shorter than
 * its head, or whose line at the head's position hashes otherwise, was cut; the session then appends a signed
 * `custody.truncated` entry, so the cut stays on record for every later check. A log longer than its head is the
 * crash window between an append and its head write, and is accepted. Vaults whose first entry predates the head
 * (no `custodyHead` mark on vault.created) get one at first open.
 */
import { createHash } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-file';
import { CustodyEvent, type CustodyEventKind, type CustodyReport } from '../../shared/ipc/channels/vault';
import { TamgaError } from '../../shared/result';
import { openBox, sealBox, utf8 } from './aes-gcm-box';
import type { DeviceKey } from './device-key';

const HEADER_LINE = 'tamga-custody 1';
const GENESIS = '0'.repeat(64);
const aadFor = (index: number) => utf8(`tamga custody v1 ${index}`);
const lineHash = (line: string) => createHash('sha256').update(line, 'utf8').digest('hex');
const HEAD_AAD = utf8('tamga custody head v1');
const headStatement = (count: number, hash: string) => utf8(`tamga custody head v1\n${count}\n${hash}`);
/** Marks, in the signed vault.created entry, a log that has always had a head: its head may never be missing. */
export const HEAD_MARK = { custodyHead: 1 } as const;

/** What the head said against what the log holds; absent when they agree. */
export type CustodyCut = { expected: number; found: number; reason: 'headMissing' | 'headInvalid' | 'shorter' | 'diverged' };

type Parsed = { lines: string[]; tornTail: boolean; committedBytes: number };

function parseLog(text: string): Parsed {
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  return { lines, tornTail: end < text.length, committedBytes: Buffer.byteLength(text.slice(0, end), 'utf8') };
}

export type CustodyContext = { device: DeviceKey; actor: string; now: () => Date; key: () => Uint8Array };

export class CustodyLog {
  private tail: Promise<unknown> = Promise.resolve();

  /** Set at open when the log holds less than its signed head says; the session records it in the log. */
  cutAtOpen: CustodyCut | undefined;

  private constructor(
    private readonly path: string,
    private readonly headPath: string,
    private readonly context: CustodyContext,
    private size: number,
    private count: number,
    private lastHash: string,
  ) {}

  static async create(path: string, headPath: string, context: CustodyContext): Promise<CustodyLog> {
    await writeFile(path, `${HEADER_LINE}\n`, { flag: 'wx', mode: 0o600 });
    const log = new CustodyLog(path, headPath, context, Buffer.byteLength(`${HEADER_LINE}\n`), 0, GENESIS);
    await log.writeHead();
    return log;
  }

  static async open(path: string, headPath: string, context: CustodyContext): Promise<CustodyLog> {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) throw new TamgaError('custody.broken', { index: 0, reason: 'missing' });
    const { lines, committedBytes } = parseLog(text);
    if (lines[0] !== HEADER_LINE) throw new TamgaError('custody.broken', { index: 0, reason: 'header' });
    const entries = lines.slice(1);
    const log = new CustodyLog(path, headPath, context, committedBytes, entries.length, entries.length ? lineHash(entries.at(-1)!) : GENESIS);
    const head = await readHead(headPath, context);
    if (head === 'missing' && entries.length > 0 && !isMarked(entries[0]!, context)) {
      // A log from before heads existed: start its head from what is here now.
      await log.writeHead();
    } else {
      log.cutAtOpen = compareWithHead(entries, head);
      if (!log.cutAtOpen && head !== 'missing' && head !== 'invalid' && head.count < entries.length) await log.writeHead();
    }
    return log;
  }

  get entryCount(): number {
    return this.count;
  }

  /** Appends are serialised: the chain needs each entry to know the one before it. */
  append(event: CustodyEventKind, itemId?: string, details?: CustodyEvent['details']): Promise<void> {
    const run = this.tail.then(() => this.write(event, itemId, details));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(event: CustodyEventKind, itemId?: string, details?: CustodyEvent['details']): Promise<void> {
    const body = JSON.stringify({
      index: this.count,
      prev: this.lastHash,
      event,
      at: this.context.now().toISOString(),
      actor: this.context.actor,
      device: this.context.device.fingerprint,
      ...(itemId ? { itemId } : {}),
      ...(details ? { details } : {}),
    });
    const signature = this.context.device.sign(utf8(body)).toString('base64');
    const payload = utf8(JSON.stringify({ body, signature }));
    const line = sealBox(this.context.key(), payload, aadFor(this.count)).toString('base64');
    const bytes = utf8(`${line}\n`);
    const handle = await open(this.path, 'r+');
    try {
      // Write at the end of the last complete line, then cut anything after it (a torn tail from a crash).
      await handle.write(bytes, 0, bytes.length, this.size);
      await handle.truncate(this.size + bytes.length);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    this.size += bytes.length;
    this.count += 1;
    this.lastHash = lineHash(line);
    await this.writeHead();
  }

  private async writeHead(): Promise<void> {
    const signature = this.context.device.sign(headStatement(this.count, this.lastHash)).toString('base64');
    const payload = utf8(JSON.stringify({ count: this.count, hash: this.lastHash, signature }));
    await writeFileAtomic(this.headPath, utf8(`${sealBox(this.context.key(), payload, HEAD_AAD).toString('base64')}\n`));
  }

  /** The log as it is on disk now, against the head this session keeps in memory and the head file. */
  async checkAgainstHead(): Promise<CustodyCut | undefined> {
    await this.tail;
    const text = await readFile(this.path, 'utf8').catch(() => '');
    const entries = parseLog(text).lines.slice(1);
    const inMemory = compareWithHead(entries, { count: this.count, hash: this.lastHash });
    return inMemory ?? compareWithHead(entries, await readHead(this.headPath, this.context));
  }

  /** Decrypts and checks every committed entry; stops at the first that fails. */
  async read(): Promise<{ events: CustodyEvent[]; report: CustodyReport }> {
    await this.tail;
    return readCustody(this.path, this.context);
  }
}

async function readHead(path: string, context: Pick<CustodyContext, 'device' | 'key'>): Promise<{ count: number; hash: string } | 'missing' | 'invalid'> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return 'missing';
  const payload = openBox(context.key(), Buffer.from(text.trim(), 'base64'), HEAD_AAD);
  if (!payload) return 'invalid';
  try {
    const { count, hash, signature } = JSON.parse(payload.toString('utf8')) as { count: unknown; hash: unknown; signature: unknown };
    if (!Number.isSafeInteger(count) || (count as number) < 0 || typeof hash !== 'string' || typeof signature !== 'string') return 'invalid';
    if (!context.device.verify(headStatement(count as number, hash), Buffer.from(signature, 'base64'))) return 'invalid';
    return { count: count as number, hash };
  } catch {
    return 'invalid';
  }
}

function compareWithHead(entries: string[], head: { count: number; hash: string } | 'missing' | 'invalid'): CustodyCut | undefined {
  const found = entries.length;
  if (head === 'missing' || head === 'invalid') return { expected: found, found, reason: head === 'missing' ? 'headMissing' : 'headInvalid' };
  if (found < head.count) return { expected: head.count, found, reason: 'shorter' };
  const atHead = head.count === 0 ? GENESIS : lineHash(entries[head.count - 1]!);
  return atHead === head.hash ? undefined : { expected: head.count, found, reason: 'diverged' };
}

function isMarked(firstLine: string, context: Pick<CustodyContext, 'device' | 'key'>): boolean {
  const first = openEntry(firstLine, 0, GENESIS, context);
  // An entry that does not open says nothing about its age; treat it as marked so the missing head is reported.
  return !first || first.details?.custodyHead === HEAD_MARK.custodyHead;
}

export async function readCustody(path: string, context: Pick<CustodyContext, 'device' | 'key'>) {
  const events: CustodyEvent[] = [];
  const text = await readFile(path, 'utf8').catch(() => '');
  const { lines, tornTail } = parseLog(text);
  const broken = (index: number) => ({ events, report: { ok: false, entries: events.length, firstBrokenIndex: index, tornTail } });
  if (lines[0] !== HEADER_LINE) return broken(0);
  let prev = GENESIS;
  for (const [index, line] of lines.slice(1).entries()) {
    const event = openEntry(line, index, prev, context);
    if (!event) return broken(index);
    events.push(event);
    prev = lineHash(line);
  }
  return { events, report: { ok: true, entries: events.length, tornTail } satisfies CustodyReport };
}

function openEntry(line: string, index: number, prev: string, context: Pick<CustodyContext, 'device' | 'key'>): CustodyEvent | undefined {
  const payload = openBox(context.key(), Buffer.from(line, 'base64'), aadFor(index));
  if (!payload) return undefined;
  try {
    const { body, signature } = JSON.parse(payload.toString('utf8')) as { body: string; signature: string };
    if (!context.device.verify(utf8(body), Buffer.from(signature, 'base64'))) return undefined;
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (parsed.index !== index || parsed.prev !== prev) return undefined;
    const event = CustodyEvent.safeParse(parsed);
    return event.success ? event.data : undefined;
  } catch {
    return undefined;
  }
}
