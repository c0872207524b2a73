/**
 * Defends against: custody history being read, edited, reordered, cut from the middle or forged.
 * Follows: one line per entry, base64(aes-gcm-box under `custody`) of {body, Ed25519 signature}; each body holds the
 *   SHA-256 of the previous stored line (hash chain). First line "tamga-custody 1". Vectors: tests/fixtures/vault-v1/.
 *
 * Torn tail: an append is one write of "line\n" followed by fdatasync. A crash mid-write can leave a last line with
 * no newline. That line was never committed, so readers ignore it and report `tornTail`, and the next append
 * overwrites it (it writes at the end of the last complete line and truncates after itself). Cutting whole lines
 * off the end cannot be detected from the log alone; exported bundles carry the head hash for that.
 */
import { createHash } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { CustodyEvent, type CustodyEventKind, type CustodyReport } from '../../shared/ipc/channels/vault';
import { TamgaError } from '../../shared/result';
import { openBox, sealBox, utf8 } from './aes-gcm-box';
import type { DeviceKey } from './device-key';

const HEADER_LINE = 'tamga-custody 1';
const GENESIS = '0'.repeat(64);
const aadFor = (index: number) => utf8(`tamga custody v1 ${index}`);
const lineHash = (line: string) => createHash('sha256').update(line, 'utf8').digest('hex');

type Parsed = { lines: string[]; tornTail: boolean; committedBytes: number };

function parseLog(text: string): Parsed {
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  return { lines, tornTail: end < text.length, committedBytes: Buffer.byteLength(text.slice(0, end), 'utf8') };
}

export type CustodyContext = { device: DeviceKey; actor: string; now: () => Date; key: () => Uint8Array };

export class CustodyLog {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly context: CustodyContext,
    private size: number,
    private count: number,
    private lastHash: string,
  ) {}

  static async create(path: string, context: CustodyContext): Promise<CustodyLog> {
    await writeFile(path, `${HEADER_LINE}\n`, { flag: 'wx', mode: 0o600 });
    return new CustodyLog(path, context, Buffer.byteLength(`${HEADER_LINE}\n`), 0, GENESIS);
  }

  static async open(path: string, context: CustodyContext): Promise<CustodyLog> {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) throw new TamgaError('custody.broken', { index: 0, reason: 'missing' });
    const { lines, committedBytes } = parseLog(text);
    if (lines[0] !== HEADER_LINE) throw new TamgaError('custody.broken', { index: 0, reason: 'header' });
    const entries = lines.slice(1);
    return new CustodyLog(path, context, committedBytes, entries.length, entries.length ? lineHash(entries.at(-1)!) : GENESIS);
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
  }

  /** Decrypts and checks every committed entry; stops at the first that fails. */
  async read(): Promise<{ events: CustodyEvent[]; report: CustodyReport }> {
    await this.tail;
    return readCustody(this.path, this.context);
  }
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
