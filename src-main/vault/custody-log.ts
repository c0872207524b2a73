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
import { readFile, writeFile } from 'node:fs/promises';
import { appendDurably } from '../fs/atomic-file';
import { CustodyEvent, type CustodyEventKind, type CustodyReport } from '../../shared/ipc/channels/vault';
import { TamgaError } from '../../shared/result';
import { openBox, sealBox, utf8 } from './aes-gcm-box';
import type { DeviceKey } from './device-key';
import { compareWithHead, GENESIS, lineHash, readHead as readSignedHead, writeHead as writeSignedHead, type ChainCut } from './signed-head';

const HEADER_LINE = 'tamga-custody 1';
const aadFor = (index: number) => utf8(`tamga custody v1 ${index}`);
const HEAD_LABEL = 'tamga custody head v1';
/**
 * Marks, in the signed vault.created entry, what a vault has had from its start: a custody head, and a record
 * journal. Either missing later was removed, not never made.
 */
export const HEAD_MARK = { custodyHead: 1, journal: 1 } as const;

/** What the head said against what the log holds; absent when they agree. */
export type CustodyCut = ChainCut;

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
  /** The first entry (vault.created) as found at open, for the marks it carries; undefined if it does not open. */
  firstEntry: CustodyEvent | undefined;

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
    log.firstEntry = entries.length > 0 ? openEntry(entries[0]!, 0, GENESIS, context) : undefined;
    if (head === 'missing' && entries.length > 0 && !isMarked(log.firstEntry)) {
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
    await appendDurably(this.path, this.size, bytes);
    this.size += bytes.length;
    this.count += 1;
    this.lastHash = lineHash(line);
    await this.writeHead();
  }

  private writeHead(): Promise<void> {
    return writeSignedHead(this.headPath, headContext(this.context), { count: this.count, hash: this.lastHash });
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

const headContext = (context: Pick<CustodyContext, 'device' | 'key'>) => ({ device: context.device, key: context.key, label: HEAD_LABEL });
const readHead = (path: string, context: Pick<CustodyContext, 'device' | 'key'>) => readSignedHead(path, headContext(context));

function isMarked(first: CustodyEvent | undefined): boolean {
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
