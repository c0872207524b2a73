/**
 * Defends against: custody lines in a bundle being dropped, reordered, edited or cut off at the end, and a bundle
 *   re-signed by another key over changed exhibits while keeping the original history (which names the original
 *   device and the original hashes).
 * Follows: one RFC 8785 canonical JSON object per line, {"event":…,"prev":hex}; `prev` is the SHA-256 of the previous
 *   line's UTF-8 bytes (64 zeros for the first), and the manifest signs the count and the last line's hash.
 * Vectors: tests/vectors/bundle/v1/ (custody.jsonl); tests/unit/main/bundle/forged-bundles.test.ts and tampered-bundles.test.ts.
 *
 * The vault's own chain hashes its encrypted lines, which a recipient cannot see, so the bundle carries a chain of
 * its own over the events it discloses. The vault index stays in each event, so gaps (other items' entries) show.
 */
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../../shared/errors';
import { canonicalJson } from '../../shared/format/canonical-json';
import type { BundleManifest } from '../../shared/format/bundle-manifest';
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
export type CustodyProblem = { code: Extract<ErrorCode, `bundle.custody${string}`>; details: Record<string, string | number> };

/**
 * Checks custody.jsonl as it streams past, one chunk at a time, so a long history never sits in memory whole.
 * `finish` compares the chain's end with what the signed manifest says; the first break found is the one reported.
 * A whole chain must also belong to this bundle: every line names the signing device, and each exhibit's history
 * begins with its import, which records the SHA-256 the manifest gives for it.
 */
export class CustodyChecker {
  private prev = CUSTODY_GENESIS;
  private line = 0;
  private lastIndex = -1;
  private partial = '';
  private broken: CustodyBreak | undefined;
  private foreignDevice: CustodyBreak | undefined;
  private readonly mismatches: CustodyBreak[] = [];
  private readonly imported = new Set<string>();
  private readonly unimported = new Set<string>();
  private readonly files: ReadonlyMap<string, BundleManifest['files'][number]>;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly manifest: Pick<BundleManifest, 'creator' | 'files'>) {
    this.files = new Map(manifest.files.map((f) => [f.itemId, f]));
  }

  push(chunk: Uint8Array): void {
    if (this.broken) return;
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const lines = text.split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.check(line);
    if (!this.broken && this.partial.length > MAX_LINE_BYTES) this.fail('line too long');
  }

  finish(expected: { entries: number; head: string }): CustodyProblem[] {
    if (!this.broken && this.partial.length > 0) this.fail('last line has no newline');
    // After a break nothing later was read, so nothing more can be said about what the history holds.
    if (this.broken) return [{ code: 'bundle.custodyBroken', details: this.broken }];
    if (this.line !== expected.entries) return [{ code: 'bundle.custodyBroken', details: { line: this.line, reason: `manifest says ${expected.entries} lines, found ${this.line}` } }];
    if (this.prev !== expected.head) return [{ code: 'bundle.custodyBroken', details: { line: this.line, reason: 'last line differs from the signed head' } }];
    const problems: CustodyProblem[] = [];
    if (this.foreignDevice) problems.push({ code: 'bundle.custodyMismatch', details: this.foreignDevice });
    for (const mismatch of this.mismatches) problems.push({ code: 'bundle.custodyMismatch', details: mismatch });
    for (const file of this.manifest.files) {
      if (!this.imported.has(file.itemId) || this.unimported.has(file.itemId)) problems.push({ code: 'bundle.custodyIncomplete', details: { path: file.path } });
    }
    return problems;
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
    const file = valid.data.itemId === undefined ? undefined : this.files.get(valid.data.itemId);
    if (!file) return this.fail('names an item not in the manifest');
    this.lastIndex = valid.data.index;
    this.prev = hashLine(line);
    this.checkBelongs(valid.data, file);
  }

  private checkBelongs(event: CustodyEvent, file: BundleManifest['files'][number]): void {
    const signer = this.manifest.creator.fingerprint;
    if (event.device !== signer) this.foreignDevice ??= { line: this.line, reason: `names device ${event.device}, but the bundle is signed by ${signer}` };
    if (event.event !== 'item.imported') {
      if (!this.imported.has(file.itemId)) this.unimported.add(file.itemId);
      return;
    }
    if (this.imported.has(file.itemId)) {
      this.mismatches.push({ line: this.line, reason: `a second import of ${file.path}` });
      return;
    }
    this.imported.add(file.itemId);
    const recorded = event.details?.sha256;
    if (recorded !== file.sha256) this.mismatches.push({ line: this.line, reason: `the import of ${file.path} recorded SHA-256 ${String(recorded)}, the manifest says ${file.sha256}` });
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
