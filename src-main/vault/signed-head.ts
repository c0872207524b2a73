/**
 * Defends against: an append-only file cut from the end, which leaves a valid but shorter hash chain.
 * Follows: the head of a chain (entry count + SHA-256 of the last line) is signed with the device key and sealed
 *   under the chain's own key, in a file of its own, rewritten atomically after every append.
 * Vectors: tests/unit/main/vault/custody-log.test.ts and tests/unit/main/records/record-journal.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from './aes-gcm-box';
import type { DeviceKey } from './device-key';

export const GENESIS = '0'.repeat(64);
export const lineHash = (line: string): string => createHash('sha256').update(line, 'utf8').digest('hex');

export type ChainHead = { count: number; hash: string };
export type HeadContext = { device: DeviceKey; key: () => Uint8Array; label: string };

/** What the head said against what the file holds; absent when they agree. */
export type ChainCut = { expected: number; found: number; reason: 'headMissing' | 'headInvalid' | 'shorter' | 'diverged' };

const statement = (label: string, head: ChainHead) => utf8(`${label}\n${head.count}\n${head.hash}`);

export async function writeHead(path: string, context: HeadContext, head: ChainHead): Promise<void> {
  const signature = context.device.sign(statement(context.label, head)).toString('base64');
  const payload = utf8(JSON.stringify({ ...head, signature }));
  await writeFileAtomic(path, utf8(`${sealBox(context.key(), payload, utf8(context.label)).toString('base64')}\n`));
}

export async function readHead(path: string, context: HeadContext): Promise<ChainHead | 'missing' | 'invalid'> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return 'missing';
  const payload = openBox(context.key(), Buffer.from(text.trim(), 'base64'), utf8(context.label));
  if (!payload) return 'invalid';
  try {
    const { count, hash, signature } = JSON.parse(payload.toString('utf8')) as { count: unknown; hash: unknown; signature: unknown };
    if (!Number.isSafeInteger(count) || (count as number) < 0 || typeof hash !== 'string' || typeof signature !== 'string') return 'invalid';
    const head = { count: count as number, hash };
    return context.device.verify(statement(context.label, head), Buffer.from(signature, 'base64')) ? head : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Compares the lines on disk (header line excluded) with a head; a longer file is the crash window, not a cut. */
export function compareWithHead(entries: readonly string[], head: ChainHead | 'missing' | 'invalid'): ChainCut | undefined {
  const found = entries.length;
  if (head === 'missing' || head === 'invalid') return { expected: found, found, reason: head === 'missing' ? 'headMissing' : 'headInvalid' };
  if (found < head.count) return { expected: head.count, found, reason: 'shorter' };
  const atHead = head.count === 0 ? GENESIS : lineHash(entries[head.count - 1]!);
  return atHead === head.hash ? undefined : { expected: head.count, found, reason: 'diverged' };
}
