import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealBox, utf8 } from '../../../../src-main/vault/aes-gcm-box';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { compareWithHead, GENESIS, lineHash, readHead, writeHead, type ChainHead, type HeadContext } from '../../../../src-main/vault/signed-head';
import { tempDir } from './temp-vault';

const device = DeviceKey.generate();
const key = randomBytes(32);
const context: HeadContext = { device, key: () => key, label: 'tamga test head v1' };
const HASH = lineHash('some line');

/** A head payload sealed under the right key and label, and signed by the right device, with any fields at all. */
function sealedHead(fields: Record<string, unknown>, signed: ChainHead = fields as ChainHead): string {
  const statement = utf8(`${context.label}\n${signed.count}\n${signed.hash}`);
  const payload = { ...fields, signature: device.sign(statement).toString('base64'), ...('signature' in fields ? { signature: fields.signature } : {}) };
  return `${sealBox(key, utf8(JSON.stringify(payload)), utf8(context.label)).toString('base64')}\n`;
}

describe('signed head', () => {
  it('reads back the head it wrote, and says "missing" when there is no file', async () => {
    const path = join(tempDir(), 'chain.head');
    expect(await readHead(path, context)).toBe('missing');
    await writeHead(path, context, { count: 3, hash: HASH });
    expect(await readHead(path, context)).toEqual({ count: 3, hash: HASH });
  });

  it('refuses a head of another chain, another vault (key) or another device', async () => {
    const path = join(tempDir(), 'chain.head');
    await writeHead(path, context, { count: 3, hash: HASH });
    expect(await readHead(path, { ...context, label: 'tamga other head v1' })).toBe('invalid');
    expect(await readHead(path, { ...context, key: () => randomBytes(32) })).toBe('invalid');
    expect(await readHead(path, { ...context, device: DeviceKey.generate() })).toBe('invalid');
  });

  it.each([
    ['a negative count', { count: -1, hash: HASH }],
    ['a fractional count', { count: 1.5, hash: HASH }],
    ['a count written as a string', { count: '3', hash: HASH }],
    ['a count past the safe integers', { count: 2 ** 53, hash: HASH }],
    ['no count', { hash: HASH }],
    ['a hash that is not a string', { count: 3, hash: 7 }],
    ['a signature that is not a string', { count: 3, hash: HASH, signature: 12 }],
  ])('refuses a head with %s, even when it is sealed and signed with the right keys', async (_, fields) => {
    const path = join(tempDir(), 'chain.head');
    writeFileSync(path, sealedHead(fields));
    expect(await readHead(path, context)).toBe('invalid');
  });

  it('refuses a head whose count or hash differs from what was signed', async () => {
    const path = join(tempDir(), 'chain.head');
    writeFileSync(path, sealedHead({ count: 4, hash: HASH }, { count: 3, hash: HASH }));
    expect(await readHead(path, context)).toBe('invalid');
    writeFileSync(path, sealedHead({ count: 3, hash: GENESIS }, { count: 3, hash: HASH }));
    expect(await readHead(path, context)).toBe('invalid');
  });

  it('refuses a sealed payload that is not JSON, and a file that is not a sealed box', async () => {
    const path = join(tempDir(), 'chain.head');
    writeFileSync(path, sealBox(key, utf8('not json'), utf8(context.label)).toString('base64'));
    expect(await readHead(path, context)).toBe('invalid');
    writeFileSync(path, 'tamga\n');
    expect(await readHead(path, context)).toBe('invalid');
    await writeHead(path, context, { count: 1, hash: HASH });
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text.slice(0, 20)}${text[20] === 'A' ? 'B' : 'A'}${text.slice(21)}`);
    expect(await readHead(path, context)).toBe('invalid');
  });

  it('compares a chain with its head: equal, longer (crash window), shorter, diverged, no head, bad head', () => {
    const lines = ['first', 'second', 'third'];
    expect(compareWithHead(lines, { count: 3, hash: lineHash('third') })).toBeUndefined();
    expect(compareWithHead(lines, { count: 2, hash: lineHash('second') })).toBeUndefined();
    expect(compareWithHead([], { count: 0, hash: GENESIS })).toBeUndefined();
    expect(compareWithHead(lines, { count: 0, hash: GENESIS })).toBeUndefined();
    expect(compareWithHead(lines, { count: 4, hash: HASH })).toEqual({ expected: 4, found: 3, reason: 'shorter' });
    expect(compareWithHead(lines, { count: 2, hash: lineHash('third') })).toEqual({ expected: 2, found: 3, reason: 'diverged' });
    expect(compareWithHead(lines, { count: 0, hash: HASH })).toEqual({ expected: 0, found: 3, reason: 'diverged' });
    expect(compareWithHead(lines, 'missing')).toEqual({ expected: 3, found: 3, reason: 'headMissing' });
    expect(compareWithHead(lines, 'invalid')).toEqual({ expected: 3, found: 3, reason: 'headInvalid' });
  });
});
