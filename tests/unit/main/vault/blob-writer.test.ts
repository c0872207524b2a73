import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveFileKey, encodeBlobHeader, sealBlobBytes } from '../../../../src-main/vault/blob-format';
import { writeBlobFile, type ImportSource } from '../../../../src-main/vault/blob-writer';
import { WORKER_THRESHOLD_BYTES } from '../../../../src-main/vault/sha256-hasher';
import { tempDir } from './temp-vault';

const MiB = 1 << 20;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pattern = (n: number) => {
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + (i >> 11)) & 0xff;
  return out;
};

async function* pieces(data: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const take = Math.max(1, sizes[i % sizes.length]!);
    yield data.subarray(at, at + take);
    at += take;
  }
}

/** Writes `data` through writeBlobFile and returns the file's bytes and what the writer reported. */
async function writeThrough(data: Buffer, shift: number, as: 'file' | number[], expectedSize?: number) {
  const dir = tempDir();
  const blobsKey = Buffer.alloc(32, 7);
  const fileId = randomBytes(16);
  const header = encodeBlobHeader(fileId, shift);
  const input = join(dir, 'input.bin');
  writeFileSync(input, data);
  const source = as === 'file' ? await open(input, 'r') : undefined;
  const out = await open(join(dir, 'blob'), 'wx');
  try {
    const from: ImportSource = source ? { file: source } : pieces(data, as as number[]);
    const written = await writeBlobFile(out, from, deriveFileKey(blobsKey, fileId), header, expectedSize);
    return { bytes: readFileSync(join(dir, 'blob')), expected: sealBlobBytes(blobsKey, fileId, data, shift), written };
  } finally {
    await out.close();
    await source?.close();
  }
}

describe('blob writer', () => {
  it('writes exactly the bytes of sealBlobBytes, at and around every slot and chunk edge', async () => {
    const sizes = [0, 1, 1023, 1024, 1025, 4100, MiB - 1, MiB, MiB + 1, 3 * MiB + 1024, 3 * MiB + 1030];
    for (const size of sizes) {
      const data = pattern(size);
      for (const as of ['file', [4096], [1000, 1, 70_000]] as const) {
        // A stale size (the file grew after stat) only changes the slot size, never the bytes.
        for (const expectedSize of [size, undefined, 10]) {
          const { bytes, expected, written } = await writeThrough(data, 10, as === 'file' ? 'file' : [...as], expectedSize);
          expect(bytes.equals(expected), `size ${size}, ${String(as)}`).toBe(true);
          expect(written).toMatchObject({ sha256: sha(data), size });
          expect(written.head.equals(data.subarray(0, 4100))).toBe(true);
        }
      }
    }
  });

  it('matches sealBlobBytes for any chunk size and any way the stream is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 6, max: 17 }),
        fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (size, shift, cuts, sized) => {
          const data = pattern(size);
          const { bytes, expected } = await writeThrough(data, shift, cuts, sized ? size : undefined);
          expect(bytes.equals(expected)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('hashes on the worker from the shared slots and still writes the same bytes, default chunk size', async () => {
    const data = pattern(WORKER_THRESHOLD_BYTES + 3 * MiB + 5);
    for (const as of ['file', [MiB / 2 + 3]] as const) {
      const { bytes, expected, written } = await writeThrough(data, 16, as === 'file' ? 'file' : [...as], data.length);
      expect(bytes.equals(expected)).toBe(true);
      expect(written.sha256).toBe(sha(data));
    }
  });

  it('fails with the stream’s error and leaves nothing running', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield pattern(3 * MiB);
      throw new Error('source went away');
    }
    const dir = tempDir();
    const out = await open(join(dir, 'blob'), 'wx');
    const header = encodeBlobHeader(randomBytes(16), 16);
    try {
      await expect(writeBlobFile(out, broken(), Buffer.alloc(32), header, 64 * MiB)).rejects.toThrow('source went away');
    } finally {
      await out.close();
    }
  });
});
