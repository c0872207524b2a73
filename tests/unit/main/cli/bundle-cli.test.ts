import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';

async function vaultWithTwoItems() {
  const dir = tempDir('tamga-cli-bundle-');
  const data = join(dir, 'data');
  expect((await cli(['--data-dir', data, 'init'], 'secret phrase\n')).code).toBe(0);
  writeFileSync(join(dir, 'a.txt'), 'first exhibit');
  writeFileSync(join(dir, 'b.txt'), 'second exhibit');
  const imported = await cli(['--data-dir', data, 'import', join(dir, 'a.txt'), join(dir, 'b.txt')], 'secret phrase\n');
  return { dir, data, ids: imported.text.trim().split('\n').map((line) => line.split(' ')[0]!) };
}

describe('tamga export and verify-bundle', () => {
  it('exports every item when none is named, prints the SHA-256 and path, and the bundle verifies with exit 0', async () => {
    const { dir, data } = await vaultWithTwoItems();
    const out = join(dir, 'out.zip');
    const exported = await cli(['--data-dir', data, 'export', '--out', out], 'secret phrase\n');
    expect(exported.code).toBe(0);
    const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(exported.text).toBe(`${sha} ${out}\n`);
    const verified = await cli(['verify-bundle', out]);
    expect(verified.code).toBe(0);
    expect(verified.text).toMatch(/^OK bundle [0-9a-f]{32}: 7 files match the signed manifest; custody chain intact\.\nSigned by key fingerprint [0-9a-f]{32}/);
  });

  it('exports only the named items', async () => {
    const { dir, data, ids } = await vaultWithTwoItems();
    const out = join(dir, 'one.zip');
    expect((await cli(['--data-dir', data, 'export', `--out=${out}`, ids[1]!], 'secret phrase\n')).code).toBe(0);
    expect((await cli(['verify-bundle', out])).text).toMatch(/: 6 files match/);
  });

  it('verify-bundle exits 1 with one line per problem', async () => {
    const { dir, data } = await vaultWithTwoItems();
    const out = join(dir, 'out.zip');
    await cli(['--data-dir', data, 'export', '--out', out], 'secret phrase\n');
    const bytes = readFileSync(out);
    bytes[bytes.indexOf(Buffer.from('first exhibit'))]! ^= 0x20;
    bytes[bytes.indexOf(Buffer.from('second exhibit'))]! ^= 0x20;
    writeFileSync(out, bytes);
    const verified = await cli(['verify-bundle', out]);
    expect(verified.code).toBe(1);
    const lines = verified.text.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('PROBLEM bundle.fileAltered: files/'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('FAILED 2 problems.');
  });

  it('verify-bundle exits 2 for a missing file or wrong arguments, and export without --out is a usage error', async () => {
    const missing = await cli(['verify-bundle', join(tempDir('tamga-cli-bundle-'), 'nope.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/could not be read/);
    expect((await cli(['verify-bundle'])).code).toBe(2);
    const { data } = await vaultWithTwoItems();
    expect((await cli(['--data-dir', data, 'export'], 'secret phrase\n')).code).toBe(2);
  });
});
