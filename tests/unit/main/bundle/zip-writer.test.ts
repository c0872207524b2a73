import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCentralDirectory, readEntry } from '../../../../src-main/bundle/zip-reader';
import { ZIP_ENTRY_OVERHEAD, ZipWriter } from '../../../../src-main/bundle/zip-writer';
import { readAll, tempDir } from '../vault/temp-vault';

const MiB = 1 << 20;
const BUNDLE_TIME = new Date(2026, 2, 14, 9, 41, 22);

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** What a central directory record says beyond what the reader keeps: host system, file mode and DOS time. */
function centralRecords(zip: Buffer) {
  const records: Array<{ name: string; host: number; mode: number; modified: Date }> = [];
  for (let p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) {
    const time = zip.readUInt16LE(p + 12);
    const date = zip.readUInt16LE(p + 14);
    const modified = new Date((date >> 9) + 1980, ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
    records.push({ name: zip.subarray(p + 46, p + 46 + zip.readUInt16LE(p + 28)).toString('utf8'), host: zip[p + 5]!, mode: zip.readUInt32LE(p + 38) >>> 16, modified });
  }
  return records;
}

describe('zip writer', () => {
  it('writes stored entries that read back byte for byte, with CRC-32 and sizes, a Unix file mode and the bundle time', async () => {
    const path = join(tempDir(), 'out.zip');
    const manifest = Buffer.from('{"format":"tamga-bundle"}');
    const exhibit = randomBytes(3 * MiB + 12_345);
    const seen: Buffer[] = [];
    const handle = await open(path, 'w');
    let sha256: string;
    try {
      const zip = new ZipWriter(handle, BUNDLE_TIME);
      await zip.addBytes('manifest.json', manifest);
      await zip.addStream('files/x/Решение суда.pdf', inPieces(exhibit, 100_000), (chunk) => seen.push(Buffer.from(chunk)));
      await zip.addBytes('empty.txt', new Uint8Array(0));
      sha256 = await zip.end();
    } finally {
      await handle.close();
    }
    const bytes = readFileSync(path);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Buffer.concat(seen).equals(exhibit)).toBe(true);

    const reader = await open(path, 'r');
    try {
      const entries = await readCentralDirectory(reader, bytes.length);
      const contents = [manifest, exhibit, Buffer.alloc(0)];
      expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'files/x/Решение суда.pdf', 'empty.txt']);
      // What the bundle writer counts to refuse a bundle past 4 GiB before writing it: exact, not an estimate.
      expect(bytes.length).toBe(22 + entries.reduce((sum, e) => sum + e.size + ZIP_ENTRY_OVERHEAD + 2 * e.nameBytes.length, 0));
      for (const [i, entry] of entries.entries()) {
        expect(entry).toMatchObject({ method: 0, size: contents[i]!.length, compressedSize: contents[i]!.length, crc: crc32(contents[i]!) });
        expect((await readAll(readEntry(reader, entry, bytes.length))).equals(contents[i]!), entry.name).toBe(true);
      }
    } finally {
      await reader.close();
    }
    for (const record of centralRecords(bytes)) {
      expect(record.host).toBe(3);
      expect(record.mode).toBe(0o100644);
      expect(record.modified).toEqual(BUNDLE_TIME);
    }
  });

  it('writes in pieces of about a MiB, whatever size the chunks come in, and finishes a write the disk took in part', async () => {
    const written: Buffer[] = [];
    const calls: number[] = [];
    // A handle that takes at most 64 KiB per call, as a write(2) may.
    const handle = {
      write: async (bytes: Uint8Array, offset: number, length: number) => {
        const taken = Math.min(length, 64 << 10);
        calls.push(length);
        written.push(Buffer.from(bytes.subarray(offset, offset + taken)));
        return { bytesWritten: taken, buffer: bytes };
      },
    } as unknown as FileHandle;
    const exhibit = randomBytes(4 * MiB);
    const manifest = Buffer.from('{"format":"tamga-bundle","kind":"evidence"}');
    const zip = new ZipWriter(handle, BUNDLE_TIME);
    // Each entry is in the file when its add resolves, so nothing of it waits in memory for the next one.
    await zip.addBytes('manifest.json', manifest);
    expect(Buffer.concat(written).includes(manifest)).toBe(true);
    await zip.addStream('files/a/big.bin', inPieces(exhibit, 10_000), () => undefined);
    expect(Buffer.concat(written).includes(exhibit)).toBe(true);
    const sha256 = await zip.end();
    const bytes = Buffer.concat(written);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.includes(exhibit)).toBe(true);
    // Each call after a partial write asks for the rest; the first call of each flush is a MiB or the final remainder.
    const flushes = calls.filter((length, i) => i === 0 || calls[i - 1]! <= 64 << 10);
    // The manifest, three full MiB of the stream, its remainder and the central directory.
    expect(flushes.length).toBeGreaterThanOrEqual(5);
    expect(flushes.length).toBeLessThanOrEqual(7);
    for (const length of flushes.slice(1, 4)) {
      expect(length).toBeGreaterThanOrEqual(MiB);
      expect(length).toBeLessThan(MiB + 10_000 + 1024);
    }
  });
  it('fails with the reason fflate gives when fflate refuses an entry: a name longer than a zip holds', async () => {
    const handle = await open(join(tempDir(), 'out.zip'), 'w');
    try {
      const zip = new ZipWriter(handle, BUNDLE_TIME);
      await expect(zip.addBytes(`files/${'ж'.repeat(40_000)}.pdf`, Buffer.from('x'))).rejects.toThrow('filename too long');
    } finally {
      await handle.close();
    }
  });
});
