import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FORGER_SEED, resign, signerFromSeed } from '../bundle/bundle-forgery';
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

const fingerprintOf = (zip: string): string => JSON.parse(Buffer.from(unzipSync(readFileSync(zip))['manifest.json']!).toString()).creator.fingerprint;

async function exported() {
  const vault = await vaultWithTwoItems();
  const out = join(vault.dir, 'out.zip');
  expect((await cli(['--data-dir', vault.data, 'export', '--out', out], 'secret phrase\n')).code).toBe(0);
  const fingerprint = (await cli(['--data-dir', vault.data, 'fingerprint'], 'secret phrase\n')).text.trim();
  expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
  return { ...vault, out, fingerprint };
}

describe('tamga export and verify-bundle', () => {
  it('exports every item when none is named, prints the SHA-256 and path, and the bundle verifies with exit 0', async () => {
    const { dir, data } = await vaultWithTwoItems();
    const out = join(dir, 'out.zip');
    const exported = await cli(['--data-dir', data, 'export', '--out', out], 'secret phrase\n');
    expect(exported.code).toBe(0);
    const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
    expect(exported.text).toBe(`${sha} ${out}\n`);
    const fingerprint = (await cli(['--data-dir', data, 'fingerprint'], 'secret phrase\n')).text.trim();
    const verified = await cli(['verify-bundle', '--expect', fingerprint, out]);
    expect(verified.code).toBe(0);
    expect(verified.text).toBe(`OK bundle ${JSON.parse(Buffer.from(unzipSync(readFileSync(out))['manifest.json']!).toString()).bundleId}: 7 files match the signed manifest; custody chain intact.\nSigned by the expected key ${fingerprint}.\n`);
  });

  it('exports only the named items', async () => {
    const { dir, data, ids } = await vaultWithTwoItems();
    const out = join(dir, 'one.zip');
    expect((await cli(['--data-dir', data, 'export', `--out=${out}`, ids[1]!], 'secret phrase\n')).code).toBe(0);
    expect((await cli(['verify-bundle', '--expect', fingerprintOf(out), out])).text).toMatch(/: 6 files match/);
  });

  it('verify-bundle exits 1 with one line per problem', async () => {
    const { dir, data } = await vaultWithTwoItems();
    const out = join(dir, 'out.zip');
    await cli(['--data-dir', data, 'export', '--out', out], 'secret phrase\n');
    const bytes = readFileSync(out);
    bytes[bytes.indexOf(Buffer.from('first exhibit'))]! ^= 0x20;
    bytes[bytes.indexOf(Buffer.from('second exhibit'))]! ^= 0x20;
    writeFileSync(out, bytes);
    const verified = await cli(['verify-bundle', '--expect', fingerprintOf(out), out]);
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
    expect((await cli(['verify-bundle', '--expect', 'not-a-fingerprint', 'x.zip'])).code).toBe(2);
    expect((await cli(['verify-bundle', 'a.zip', 'b.zip'])).code).toBe(2);
    const { data } = await vaultWithTwoItems();
    expect((await cli(['--data-dir', data, 'export'], 'secret phrase\n')).code).toBe(2);
  });

  it('without --expect, a whole bundle is a distinct, loud outcome: UNVERIFIED SIGNER and exit 3', async () => {
    const { out, fingerprint } = await exported();
    const verified = await cli(['verify-bundle', out]);
    expect(verified.code).toBe(3);
    expect(verified.text.split('\n')[0]).toBe(`UNVERIFIED SIGNER ${fingerprint}`);
    expect(verified.text).not.toMatch(/^OK/m);
  });

  it('with --expect naming another key, a whole bundle is still exit 3; the fingerprint may be typed in groups', async () => {
    const { out, fingerprint } = await exported();
    const other = await cli(['verify-bundle', '--expect', 'f'.repeat(32), out]);
    expect(other.code).toBe(3);
    expect(other.text).toContain(`signed by ${fingerprint}, not by the expected ${'f'.repeat(32)}`);
    const grouped = fingerprint.toUpperCase().match(/.{4}/g)!.join(' ');
    expect((await cli(['verify-bundle', `--expect=${grouped}`, out])).code).toBe(0);
  });

  it('a bundle re-signed by another key after an exhibit changed is exit 1, even when --expect names that key', async () => {
    const { out, ids } = await exported();
    const forger = signerFromSeed(FORGER_SEED);
    const entries = unzipSync(readFileSync(out));
    const exhibit = Object.keys(entries).find((name) => name.startsWith(`files/${ids[0]}/`))!;
    entries[exhibit] = Buffer.from('first exhibit, rewritten');
    resign(entries, forger);
    const forged = join(tempDir('tamga-cli-bundle-'), 'forged.zip');
    writeFileSync(forged, zipSync(entries as Zippable, { level: 0 }));
    const verified = await cli(['verify-bundle', '--expect', forger.fingerprint, forged]);
    expect(verified.code).toBe(1);
    expect(verified.text).toMatch(/^PROBLEM bundle\.custodyMismatch: Line 1 of the custody history/m);
    expect(verified.text).not.toMatch(/^OK|UNVERIFIED/m);
  });

  it('help documents exit code 3', async () => {
    const help = await cli(['help']);
    expect(help.text).toContain('3 when it is whole but the signer was not confirmed');
    expect(help.text).toContain('verify-bundle [--expect FINGERPRINT] FILE');
  });
});
