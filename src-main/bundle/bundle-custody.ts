/**
 * Defends against: custody lines in a bundle being dropped, reordered, edited or cut off at the end.
 * Follows: one RFC 8785 canonical JSON object per line, {"event":…,"prev":hex}; `prev` is the SHA-256 of the previous
 *   line's UTF-8 bytes (64 zeros for the first), and the manifest signs the count and the last line's hash.
 * Vectors: tests/vectors/bundle/v1/ (custody.jsonl) and tests/unit/main/bundle/bundle-custody.test.ts.
 *
 * The vault's own chain hashes its encrypted lines, which a recipient cannot see, so the bundle carries a chain of
 * its own over the events it discloses. The vault index stays in each event, so gaps (other items' entries) show.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/format/canonical-json';
import { CustodyEvent } from '../../shared/ipc/channels/vault';

export const CUSTODY_GENESIS = '0'.repeat(64);
const MAX_LINE_BYTES = 64 * 1024;

const hashLine = (line: string) => createHash('sha256').update(line, 'utf8').digest('hex');

export function encodeCustody(events: CustodyEvent[]): { text: string; entries: number; head: string } {
  let prev = CUSTODY_GENESIS;
  const lines: string[] = [];
  for (const event of events) {
    const line = canonicalJson({ event, prev });
    lines.push(line);
    prev = hashLine(line);
  }
  return { text: lines.map((l) => `${l}\n`).join(''), entries: lines.length, head: prev };
}

export type CustodyBreak = { line: number; reason: string };

/**
 * Checks custody.jsonl as it streams past, one chunk at a time, so a long history never sits in memory whole.
 * `finish` compares the chain's end with what the signed manifest says; the first break found is the one reported.
 */
export class CustodyChecker {
  private prev = CUSTODY_GENESIS;
  private line = 0;
  private lastIndex = -1;
  private partial = '';
  private broken: CustodyBreak | undefined;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly itemIds: ReadonlySet<string>) {}

  push(chunk: Uint8Array): void {
    if (this.broken) return;
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.check(line);
    if (!this.broken && this.partial.length > MAX_LINE_BYTES) this.fail('line too long');
  }

  finish(expected: { entries: number; head: string }): CustodyBreak | undefined {
    if (!this.broken && this.partial.length > 0) this.fail('last line has no newline');
    if (this.broken) return this.broken;
    if (this.line !== expected.entries) return { line: this.line, reason: `manifest says ${expected.entries} lines, found ${this.line}` };
    if (this.prev !== expected.head) return { line: this.line, reason: 'last line differs from the signed head' };
    return undefined;
  }

  private check(line: string): void {
    if (this.broken) return;
    this.line += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return this.fail('not JSON');
    }
    const { event, prev } = (parsed ?? {}) as { event?: unknown; prev?: unknown };
    if (prev !== this.prev) return this.fail('does not follow the line before it');
    const valid = CustodyEvent.safeParse(event);
    if (!valid.success || canonicalOrUndefined(parsed) !== line) return this.fail('not a canonical custody event');
    if (valid.data.index <= this.lastIndex) return this.fail('out of order');
    if (valid.data.itemId === undefined || !this.itemIds.has(valid.data.itemId)) return this.fail('names an item not in the manifest');
    this.lastIndex = valid.data.index;
    this.prev = hashLine(line);
  }

  private fail(reason: string): void {
    this.broken ??= { line: this.line || 1, reason };
  }
}

function canonicalOrUndefined(value: unknown): string | undefined {
  try {
    return canonicalJson(value);
  } catch {
    return undefined;
  }
}
