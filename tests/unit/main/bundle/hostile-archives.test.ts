import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Zip, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src-main/bundle';
import { DEFAULT_ZIP_LIMITS, readCentralDirectory, readEntry } from '../../../../src-main/bundle/zip-reader';
import { tempDir } from '../vault/temp-vault';

const UNIX = 3;

/** Writes `bytes` as hostile.zip alone in a fresh temp dir, so the test can show nothing else appeared. */
function plant(bytes: Uint8Array): string {
  const path = join(tempDir(), 'hostile.zip');
  writeFileSync(path, bytes);
  return path;
}

function setUInt32AtEveryHeader(zip: Uint8Array, offsets: { local: number; central: number }, value: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (out.readUInt32LE(i) === 0x04034b50) out.writeUInt32LE(value, i + offsets.local);
    if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(value, i + offsets.central);
  }
  return out;
}

async function refusal(bytes: Uint8Array) {
  const path = plant(bytes);
  const report = await verifyBundle(path);
  // Verification reads in place: the temp dir still holds the archive and nothing else, and no ../ target exists.
  expect(readdirSync(dirname(path))).toEqual(['hostile.zip']);
  expect(existsSync(join(dirname(path), '..', 'evil.txt'))).toBe(false);
  expect(report.ok).toBe(false);
  expect(report.refused).toBe(true);
  return report.problems;
}

describe('hostile archives are refused without extracting anything', () => {
  it('refuses path traversal', async () => {
    expect(await refusal(zipSync({ 'manifest.json': new Uint8Array(2), '../evil.txt': Buffer.from('x') }))).toEqual([
      { code: 'bundle.pathTraversal', details: { entry: '../evil.txt' } },
    ]);
    expect(await refusal(zipSync({ 'files/a/../../evil.txt': Buffer.from('x') }))).toEqual([
      { code: 'bundle.pathTraversal', details: { entry: 'files/a/../../evil.txt' } },
    ]);
  });

  it('refuses absolute paths, Unix and Windows', async () => {
    expect(await refusal(zipSync({ '/tmp/evil.txt': Buffer.from('x') }))).toEqual([{ code: 'bundle.absolutePath', details: { entry: '/tmp/evil.txt' } }]);
    expect(await refusal(zipSync({ 'C:/evil.txt': Buffer.from('x') }))).toEqual([{ code: 'bundle.absolutePath', details: { entry: 'C:/evil.txt' } }]);
  });

  it('refuses a symlink marked in the external attributes', async () => {
    const link: Zippable = { 'files/link': [Buffer.from('/etc/passwd'), { os: UNIX, attrs: (0o120777 << 16) >>> 0 }] };
    expect(await refusal(zipSync(link))).toEqual([{ code: 'bundle.symlink', details: { entry: 'files/link' } }]);
  });

  it('refuses duplicate names, including ones that differ only in case', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => chunks.push(chunk));
    for (const name of ['manifest.json', 'MANIFEST.json']) {
      const entry = new ZipPassThrough(name);
      zip.add(entry);
      entry.push(Buffer.from('{}'), true);
    }
    zip.end();
    expect(await refusal(Buffer.concat(chunks))).toEqual([{ code: 'bundle.duplicateEntry', details: { entry: 'MANIFEST.json' } }]);
  });

  it('refuses a bomb that declares 1 GB from a few hundred bytes', async () => {
    const small = zipSync({ 'files/bomb.bin': [new Uint8Array(1 << 20), { level: 9 }] });
    // Uncompressed size: offset 22 in the local header, 24 in the central record.
    const bomb = setUInt32AtEveryHeader(small, { local: 22, central: 24 }, 1 << 30);
    expect(await refusal(bomb)).toEqual([{ code: 'bundle.bomb', details: { entry: 'files/bomb.bin' } }]);
  });

  it('stops inflating an entry that expands past its declared size (a lying header)', async () => {
    const path = plant(setUInt32AtEveryHeader(zipSync({ 'cases.json': [new Uint8Array(4 << 20), { level: 9 }] }), { local: 22, central: 24 }, 4096));
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const [entry] = await readCentralDirectory(handle, size);
      let produced = 0;
      const read = async () => {
        for await (const chunk of readEntry(handle, entry!, size)) produced += chunk.length;
      };
      await expect(read()).rejects.toMatchObject({ code: 'bundle.bomb' });
      expect(produced).toBeLessThanOrEqual(4096);
    } finally {
      await handle.close();
    }
  });

  it('refuses an entry larger than the size limit', async () => {
    const path = plant(zipSync({ 'files/big.bin': [new Uint8Array(2048), { level: 0 }] }));
    const report = await verifyBundle(path, { limits: { maxEntryBytes: 1024 } });
    expect(report.problems).toEqual([{ code: 'bundle.entryTooLarge', details: { entry: 'files/big.bin', limit: 1024 } }]);
  });

  it('refuses 100,000 entries', async () => {
    const flood: Zippable = {};
    for (let i = 0; i < 100_000; i++) flood[`f${i}`] = [new Uint8Array(0), { level: 0 }];
    expect(await refusal(zipSync(flood))).toEqual([{ code: 'bundle.tooManyEntries', details: { count: 100_000, limit: DEFAULT_ZIP_LIMITS.maxEntries } }]);
  });

  it('refuses an oversized manifest before reading it', async () => {
    const problems = await refusal(zipSync({ 'manifest.json': [new Uint8Array((32 << 20) + 1).fill(0x20), { level: 0 }] }));
    expect(problems).toEqual([{ code: 'bundle.manifestTooLarge', details: { size: (32 << 20) + 1, limit: 32 << 20 } }]);
  });

  it('refuses a file that is not a zip at all as unreadable', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7 not a bundle'))).toEqual([{ code: 'bundle.unreadable', details: { path: expect.stringMatching(/hostile\.zip$/) } }]);
  });

  it('refuses entries that share bytes (overlapping-file bomb)', async () => {
    const zip = Buffer.from(zipSync({ a: [Buffer.from('aaaa'), { level: 0 }], b: [Buffer.from('bbbb'), { level: 0 }] }));
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4);
    zip.writeUInt32LE(0, second + 42); // b's local header offset now points at a's
    expect(await refusal(zip)).toEqual([{ code: 'bundle.malformed', details: { reason: expect.stringMatching(/overlaps/) } }]);
  });
});
