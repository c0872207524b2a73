import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src-main/bundle';
import { entriesOf, exportedBundle, rewritten, text } from './bundle-fixture';
import { joinZip, LOCAL, splitZip } from './zip-surgery';
import { tempDir } from '../vault/temp-vault';

const CENTRAL_CRC = 16;

/** The bundle's entries written again with `deflated` compressed and the first byte of their data made an invalid deflate block. */
function withUninflatable(path: string, deflated: string[]): string {
  const entries = entriesOf(path);
  const zippable: Zippable = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, deflated.includes(name) ? [bytes, { level: 6 }] : bytes]));
  const zip = splitZip(zipSync(zippable, { level: 0 }));
  // BFINAL=1 with BTYPE=11, a block type deflate reserves: no inflater accepts it.
  for (const part of zip.parts) if (deflated.includes(part.name)) part.data[0] = 0xff;
  const out = join(tempDir(), 'uninflatable.zip');
  writeFileSync(out, joinZip(zip));
  return out;
}

/** The same archive with its central directory listing the entries in reverse; the entries stay where they are. */
function centralReversed(path: string): string {
  const bytes = readFileSync(path);
  const { parts, end } = splitZip(bytes);
  const cdOffset = end.readUInt32LE(16);
  const out = join(tempDir(), 'reversed.zip');
  writeFileSync(out, Buffer.concat([bytes.subarray(0, cdOffset), ...parts.map((p) => p.central).reverse(), end]));
  return out;
}

const exhibitNamed = (path: string, name: string) => Object.keys(entriesOf(path)).find((entry) => entry.endsWith(`/${name}`))!;

describe('verify-bundle: what cannot be read is named, never skipped', () => {
  it('names a bundle it cannot open, and a folder given as a bundle, as unreadable at their path', async () => {
    expect(await verifyBundle('/nonexistent/bundle.zip')).toMatchObject({
      ok: false,
      refused: true,
      problems: [{ code: 'bundle.unreadable', details: { path: '/nonexistent/bundle.zip' } }],
    });
    const folder = tempDir();
    expect(await verifyBundle(folder)).toMatchObject({ ok: false, refused: true, problems: [{ code: 'bundle.unreadable', details: { path: folder } }] });
  });

  it('names a missing SHA256SUMS, though everything else is whole', async () => {
    const { path } = await exportedBundle();
    const report = await verifyBundle(rewritten(path, (e) => delete e['SHA256SUMS']));
    expect(report).toMatchObject({ ok: false, problems: [{ code: 'bundle.fileMissing', details: { path: 'SHA256SUMS' } }] });
    expect(report.problems).toHaveLength(1);
  });

  it('names an exhibit whose size differs from the manifest by both sizes, without reading it', async () => {
    const { path } = await exportedBundle();
    const notes = exhibitNamed(path, 'notes.txt');
    const out = rewritten(path, (e) => (e[notes] = Buffer.concat([e[notes]!, Buffer.from(' And a line added later.')])));
    const report = await verifyBundle(out);
    const size = Buffer.byteLength('Witness statement, second page.');
    expect(report.problems).toEqual([{ code: 'bundle.fileAltered', details: { path: notes, reason: `${size + 24} bytes, manifest says ${size}` } }]);
    expect(report.filesChecked).toBe(7);
  });

  it('names an exhibit whose bytes match the manifest but not the CRC-32 its headers give, which unzip would refuse', async () => {
    const { path } = await exportedBundle();
    const notes = exhibitNamed(path, 'notes.txt');
    const zip = splitZip(readFileSync(path));
    const part = zip.parts.find((p) => p.name === notes)!;
    const wrong = (part.central.readUInt32LE(CENTRAL_CRC) ^ 1) >>> 0;
    part.central.writeUInt32LE(wrong, CENTRAL_CRC);
    // Every place the CRC is written agrees, so the archive is consistent and only the bytes disagree with it.
    if (part.local.readUInt32LE(LOCAL.crc) !== 0) part.local.writeUInt32LE(wrong, LOCAL.crc);
    if (part.descriptor.length > 0) part.descriptor.writeUInt32LE(wrong, part.descriptor.length === 16 ? 4 : 0);
    const out = join(tempDir(), 'crc.zip');
    writeFileSync(out, joinZip(zip));
    expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.malformed', details: { reason: `"${notes}" does not match its CRC-32` } }]);
  });

  it('names an exhibit that does not inflate, does not count it as checked, and checks the rest', async () => {
    const { path } = await exportedBundle();
    const notes = exhibitNamed(path, 'notes.txt');
    const report = await verifyBundle(withUninflatable(path, [notes]));
    expect(report.problems).toEqual([{ code: 'bundle.malformed', details: { path: notes, reason: `"${notes}" does not inflate` } }]);
    expect(report.filesChecked).toBe(7);
  });

  it('names a SHA256SUMS that does not inflate, and judges no signature over bytes it could not read', async () => {
    const { path } = await exportedBundle();
    expect((await verifyBundle(withUninflatable(path, ['SHA256SUMS']))).problems).toEqual([
      { code: 'bundle.malformed', details: { path: 'SHA256SUMS', reason: '"SHA256SUMS" does not inflate' } },
    ]);
  });

  it('closes the bundle after every check, whether it passed, failed or was refused', async () => {
    expect(existsSync('/proc/self/fd')).toBe(true);
    const openFds = () => readdirSync('/proc/self/fd').length;
    const { path } = await exportedBundle();
    const tampered = rewritten(path, (e) => delete e['SHA256SUMS']);
    const cut = join(tempDir(), 'cut.zip');
    writeFileSync(cut, readFileSync(path).subarray(0, 200));
    const before = openFds();
    for (const bundle of [path, tampered, cut, tempDir()]) await verifyBundle(bundle);
    expect(openFds()).toBe(before);
  });
});

describe('verify-bundle: limits on what it reads', () => {
  it('reads a manifest of exactly the limit, and refuses one a byte over it', async () => {
    const { path } = await exportedBundle();
    const size = entriesOf(path)['manifest.json']!.length;
    expect(await verifyBundle(path, { maxManifestBytes: size })).toMatchObject({ ok: true, problems: [] });
    expect(await verifyBundle(path, { maxManifestBytes: size - 1 })).toMatchObject({
      ok: false,
      refused: true,
      problems: [{ code: 'bundle.manifestTooLarge', details: { size, limit: size - 1 } }],
    });
  });

  it('reads a signature file of 1 KiB and judges it, and names a larger one as altered without reading it', async () => {
    const { path } = await exportedBundle();
    const at1024 = rewritten(path, (e) => (e['manifest.sig'] = Buffer.from('A'.repeat(1024))));
    expect((await verifyBundle(at1024)).problems).toEqual([{ code: 'bundle.signatureInvalid', details: { path: 'manifest.sig' } }]);
    const at1025 = rewritten(path, (e) => (e['manifest.sig'] = Buffer.from('A'.repeat(1025))));
    expect((await verifyBundle(at1025)).problems).toEqual([{ code: 'bundle.fileAltered', details: { path: 'manifest.sig', reason: '1025 bytes is too large' } }]);
  });

  it('reads a SHA256SUMS one byte longer than the manifest implies and names what is wrong with it; a longer one is too large', async () => {
    const { path } = await exportedBundle();
    const sums = text(entriesOf(path)['SHA256SUMS']);
    const oneMore = rewritten(path, (e) => (e['SHA256SUMS'] = Buffer.from(`${sums}\n`)));
    expect((await verifyBundle(oneMore)).problems).toEqual([
      { code: 'bundle.fileAltered', details: { path: 'SHA256SUMS', reason: 'does not list what the manifest lists' } },
      { code: 'bundle.signatureInvalid', details: { path: 'SHA256SUMS.sig.bin' } },
    ]);
    const twoMore = rewritten(path, (e) => (e['SHA256SUMS'] = Buffer.from(`${sums}\n\n`)));
    const length = Buffer.byteLength(sums) + 2;
    expect((await verifyBundle(twoMore)).problems).toEqual([{ code: 'bundle.fileAltered', details: { path: 'SHA256SUMS', reason: `${length} bytes is too large` } }]);
  });

  it('takes manifest.sig as base64 and nothing else, even when a valid signature is inside it', async () => {
    const { path } = await exportedBundle();
    const signature = text(entriesOf(path)['manifest.sig']).trim();
    for (const wrapped of [`***${signature}`, `${signature}***`]) {
      const out = rewritten(path, (e) => (e['manifest.sig'] = Buffer.from(wrapped)));
      expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.signatureInvalid', details: { path: 'manifest.sig' } }]);
    }
  });
});

describe('verify-bundle: one pass in archive order', () => {
  it('names altered exhibits in the order they sit in the archive, whatever order the central directory lists them in', async () => {
    const { path } = await exportedBundle();
    const [first, , last] = [exhibitNamed(path, 'протокол допроса.txt'), exhibitNamed(path, 'photo.jpg'), exhibitNamed(path, 'notes.txt')];
    const altered = rewritten(path, (e) => {
      for (const name of [first, last]) e[name] = Buffer.from(e[name]!).fill(0x21, 0, 1);
    });
    const inOrder = [first, last].map((name) => ({ code: 'bundle.fileAltered', details: { path: name, reason: 'SHA-256 differs' } }));
    expect((await verifyBundle(altered)).problems).toEqual(inOrder);
    expect((await verifyBundle(centralReversed(altered))).problems).toEqual(inOrder);
  });
});
