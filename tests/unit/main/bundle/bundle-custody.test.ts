import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CustodyChecker, CUSTODY_GENESIS, encodeCustody } from '../../../../src-main/bundle/bundle-custody';
import { canonicalJson } from '../../../../shared/format/canonical-json';
import type { CustodyEvent } from '../../../../shared/ipc/channels/vault';

// The checker alone, against hand-made chains: each case breaks exactly one thing the bundle's history must hold.
const SIGNER = 'a'.repeat(32);
const OTHER_DEVICE = 'b'.repeat(32);
const files = [
  { itemId: 'item-1', path: 'files/item-1/statement.txt', sha256: '1'.repeat(64) },
  { itemId: 'item-2', path: 'files/item-2/photo.jpg', sha256: '2'.repeat(64) },
];
const manifest = { creator: { algorithm: 'Ed25519' as const, publicKey: '', fingerprint: SIGNER }, files: files as never };

const event = (index: number, kind: CustodyEvent['event'], itemId: string | undefined, extra: Partial<CustodyEvent> = {}): CustodyEvent => ({
  index,
  event: kind,
  at: '2026-03-12T14:05:00.000Z',
  actor: 'monitor',
  device: SIGNER,
  ...(itemId === undefined ? {} : { itemId }),
  ...extra,
});
const imported = (index: number, file: (typeof files)[number]) => event(index, 'item.imported', file.itemId, { details: { sha256: file.sha256 } });
const whole = () => [imported(0, files[0]!), imported(3, files[1]!), event(7, 'item.viewed', 'item-1')];

/** Runs `text` through a checker in chunks of `chunk` bytes and finishes it against the head `text` itself ends on. */
function check(text: string, options: { chunk?: number; expected?: { entries: number; head: string } } = {}) {
  const checker = new CustodyChecker(manifest);
  const bytes = Buffer.from(text, 'utf8');
  const chunk = options.chunk ?? bytes.length;
  for (let at = 0; at < bytes.length; at += chunk) checker.push(bytes.subarray(at, at + chunk));
  return checker.finish(options.expected ?? headOf(text));
}

/** What a signed manifest would say of these exact lines. */
function headOf(text: string) {
  const lines = text.split('\n').filter(Boolean);
  return { entries: lines.length, head: lines.length ? createHash('sha256').update(lines.at(-1)!, 'utf8').digest('hex') : CUSTODY_GENESIS };
}

const broken = (line: number, reason: string) => [{ code: 'bundle.custodyBroken', details: { line, reason } }];

/** Lines chained by hand, so one of them can be made wrong in a way encodeCustody never would. */
function chain(lines: Array<(prev: string) => string>): string {
  let prev = CUSTODY_GENESIS;
  return lines
    .map((make) => {
      const line = make(prev);
      prev = createHash('sha256').update(line, 'utf8').digest('hex');
      return `${line}\n`;
    })
    .join('');
}
const canonical = (e: unknown) => (prev: string) => canonicalJson({ event: e, prev });

describe('bundle custody: a whole history', () => {
  it('passes a whole chain, however it is cut into chunks, even inside a multi-byte character', () => {
    const events = [...whole(), event(9, 'item.viewed', 'item-2', { actor: 'Айгүл Серікқызы' })];
    const { text, entries, head } = encodeCustody(events);
    for (const chunk of [1, 2, 3, 7, 64, text.length]) expect(check(text, { chunk, expected: { entries, head } }), `chunks of ${chunk}`).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as a history that does not match its signed head, not as a crash', () => {
    const line = Buffer.from(canonicalJson({ event: { ...imported(0, files[0]!), actor: 'monitor ?' }, prev: CUSTODY_GENESIS }), 'utf8');
    line[line.indexOf('?')] = 0xff;
    const checker = new CustodyChecker({ ...manifest, files: files.slice(0, 1) as never });
    checker.push(Buffer.concat([line, Buffer.from('\n')]));
    const signedHead = createHash('sha256').update(line).digest('hex');
    expect(checker.finish({ entries: 1, head: signedHead })).toEqual(broken(1, 'last line differs from the signed head'));
  });

  it('passes an empty history for a bundle with no exhibits, against the genesis head', () => {
    const checker = new CustodyChecker({ ...manifest, files: [] });
    expect(checker.finish({ entries: 0, head: CUSTODY_GENESIS })).toEqual([]);
  });
});

describe('bundle custody: a chain that does not hold', () => {
  it('names a line that is not JSON', () => {
    expect(check(`${encodeCustody(whole().slice(0, 1)).text}{not json\n`)).toEqual(broken(2, 'not JSON'));
  });

  it('names a line whose link is not the hash of the line before it, and a first line that does not start from zeros', () => {
    const lines = encodeCustody(whole()).text.split('\n');
    expect(check(`${[lines[0], lines[2]].join('\n')}\n`)).toEqual(broken(2, 'does not follow the line before it'));
    expect(check(`${canonicalJson({ event: imported(0, files[0]!), prev: '1'.repeat(64) })}\n`)).toEqual(broken(1, 'does not follow the line before it'));
  });

  it('names a line that is valid JSON but not canonical, or not a custody event', () => {
    const spaced = chain([(prev) => JSON.stringify({ event: imported(0, files[0]!), prev }, null, 1).replaceAll('\n', '')]);
    expect(check(spaced)).toEqual(broken(1, 'not a canonical custody event'));
    expect(check(chain([canonical({ ...imported(0, files[0]!), event: 'item.invented' })]))).toEqual(broken(1, 'not a canonical custody event'));
  });

  it('names a line whose vault index does not rise, including one that repeats the index before it', () => {
    expect(check(encodeCustody([imported(4, files[0]!), imported(4, files[1]!)]).text)).toEqual(broken(2, 'out of order'));
    expect(check(encodeCustody([imported(4, files[0]!), imported(2, files[1]!)]).text)).toEqual(broken(2, 'out of order'));
    expect(check(encodeCustody([imported(0, files[0]!), imported(1, files[1]!)]).text)).toEqual([]);
  });

  it('names a line about an item the manifest does not list, or about no item at all', () => {
    expect(check(encodeCustody([imported(0, files[0]!), event(1, 'item.viewed', 'item-9')]).text)).toEqual(broken(2, 'names an item not in the manifest'));
    expect(check(encodeCustody([imported(0, files[0]!), event(1, 'vault.created', undefined)]).text)).toEqual(broken(2, 'names an item not in the manifest'));
  });

  it('names a last line with no newline at the number of whole lines before it, and counts a lone partial line as line 1', () => {
    const text = encodeCustody(whole()).text;
    expect(check(text.slice(0, -1), { expected: headOf(text) })).toEqual(broken(2, 'last line has no newline'));
    expect(check(text.split('\n')[0]!, { expected: headOf(text) })).toEqual(broken(1, 'last line has no newline'));
  });

  it('takes a line of 64 KiB, and refuses a longer one before its newline arrives', () => {
    const padded = (length: number) => {
      const base = imported(0, files[0]!);
      const bare = canonicalJson({ event: { ...base, actor: '' }, prev: CUSTODY_GENESIS }).length;
      return canonicalJson({ event: { ...base, actor: 'x'.repeat(length - bare) }, prev: CUSTODY_GENESIS });
    };
    const atLimit = padded(64 * 1024);
    expect(atLimit.length).toBe(64 * 1024);
    const checker = new CustodyChecker(manifest);
    checker.push(Buffer.from(atLimit));
    checker.push(Buffer.from('\n'));
    expect(checker.finish(headOf(`${atLimit}\n`))).toEqual([{ code: 'bundle.custodyIncomplete', details: { path: files[1]!.path } }]);
    const tooLong = new CustodyChecker(manifest);
    tooLong.push(Buffer.from(padded(64 * 1024 + 1)));
    expect(tooLong.finish({ entries: 1, head: CUSTODY_GENESIS })).toEqual(broken(1, 'line too long'));
  });

  it('reports only the first break: nothing after it is read or judged', () => {
    const lines = encodeCustody(whole()).text.split('\n');
    const checker = new CustodyChecker(manifest);
    checker.push(Buffer.from(`${lines[0]}\nnot json\n`));
    checker.push(Buffer.from(`${lines[2]}\nalso not json\n`));
    expect(checker.finish({ entries: 9, head: 'f'.repeat(64) })).toEqual(broken(2, 'not JSON'));
  });

  it('names a whole chain shorter or longer than the manifest says, and one that ends on another line than the signed head', () => {
    const { text, entries, head } = encodeCustody(whole());
    expect(check(text, { expected: { entries: entries + 1, head } })).toEqual(broken(3, `manifest says ${entries + 1} lines, found 3`));
    expect(check(text, { expected: { entries: entries - 1, head } })).toEqual(broken(3, `manifest says ${entries - 1} lines, found 3`));
    expect(check(text, { expected: { entries, head: CUSTODY_GENESIS } })).toEqual(broken(3, 'last line differs from the signed head'));
  });
});

describe('bundle custody: a whole chain that does not belong to this bundle', () => {
  it('names the first line from another device only, then every hash the manifest contradicts', () => {
    const events = [
      imported(0, files[0]!),
      { ...imported(1, files[1]!), device: OTHER_DEVICE, details: { sha256: '9'.repeat(64) } },
      { ...event(2, 'item.viewed', 'item-1'), device: OTHER_DEVICE },
    ];
    expect(check(encodeCustody(events).text)).toEqual([
      { code: 'bundle.custodyMismatch', details: { line: 2, reason: `names device ${OTHER_DEVICE}, but the bundle is signed by ${SIGNER}` } },
      { code: 'bundle.custodyMismatch', details: { line: 2, reason: `the import of ${files[1]!.path} recorded SHA-256 ${'9'.repeat(64)}, the manifest says ${files[1]!.sha256}` } },
    ]);
  });

  it('names an import that recorded no hash at all', () => {
    const events = [imported(0, files[0]!), event(1, 'item.imported', 'item-2')];
    expect(check(encodeCustody(events).text)).toEqual([
      { code: 'bundle.custodyMismatch', details: { line: 2, reason: `the import of ${files[1]!.path} recorded SHA-256 undefined, the manifest says ${files[1]!.sha256}` } },
    ]);
  });

  it('names a second import of the same exhibit', () => {
    const events = [...whole(), { ...imported(8, files[1]!) }];
    expect(check(encodeCustody(events).text)).toEqual([{ code: 'bundle.custodyMismatch', details: { line: 4, reason: `a second import of ${files[1]!.path}` } }]);
  });

  it('names an exhibit whose history has an event before its import, or no import at all', () => {
    const viewedFirst = [event(0, 'item.viewed', 'item-2'), imported(1, files[0]!), imported(2, files[1]!)];
    expect(check(encodeCustody(viewedFirst).text)).toEqual([{ code: 'bundle.custodyIncomplete', details: { path: files[1]!.path } }]);
    const neverImported = [imported(0, files[0]!), event(1, 'item.viewed', 'item-1')];
    expect(check(encodeCustody(neverImported).text)).toEqual([{ code: 'bundle.custodyIncomplete', details: { path: files[1]!.path } }]);
  });
});
