import { createCipheriv, hkdfSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TamgaError } from '../../../../shared/result';
import { BLOB_VERSION, openBlobBytes, readBlobHeader, sealBlobBytes } from '../../../../src-main/vault/blob-format';

const vectorDir = join(__dirname, '..', '..', '..', 'vectors', 'blob', 'v1');
const vectors = readdirSync(vectorDir).map((name) => ({ name, ...JSON.parse(readFileSync(join(vectorDir, name), 'utf8')) })) as Array<{
  name: string; blobsKey: string; fileId: string; chunkSize: number; plaintext: string; expected: string;
}>;
const key = Buffer.alloc(32, 7);
const fileId = Buffer.alloc(16, 9);
const SHIFT = 6; // 64-byte chunks keep the properties fast; the vectors cover 64 KiB

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof TamgaError ? error.code : 'other';
  }
};

describe('blob format v2: the header names the blob it belongs to', () => {
  it('differs from v1 only in the version byte, which the AAD then binds into every chunk', () => {
    expect(BLOB_VERSION).toBe(2);
    const v1 = sealBlobBytes(key, fileId, Buffer.from('evidence'), SHIFT, 1);
    const v2 = sealBlobBytes(key, fileId, Buffer.from('evidence'), SHIFT);
    expect(v2[4]).toBe(2);
    expect(v2.subarray(0, 4).equals(v1.subarray(0, 4)) && v2.subarray(5, 24).equals(v1.subarray(5, 24))).toBe(true);
    expect(v2.subarray(24).equals(v1.subarray(24))).toBe(false);
  });

  it('opens only under the blob id in its header; a v2 header turned into v1 fails authentication', () => {
    const sealed = sealBlobBytes(key, fileId, Buffer.from('evidence'), SHIFT);
    expect(openBlobBytes(key, sealed, 'x', fileId).toString()).toBe('evidence');
    expect(codeOf(() => openBlobBytes(key, sealed, 'x', Buffer.alloc(16, 1)))).toBe('blob.corrupt');
    const downgraded = Buffer.from(sealed);
    downgraded[4] = 1;
    expect(codeOf(() => openBlobBytes(key, downgraded, 'x', Buffer.alloc(16, 1)))).toBe('blob.corrupt');
  });

  it('still opens version 1 blobs, which carry a random file id, under any name', () => {
    const sealed = sealBlobBytes(key, fileId, Buffer.from('legacy'), SHIFT, 1);
    expect(openBlobBytes(key, sealed, 'x', Buffer.alloc(16, 1)).toString()).toBe('legacy');
  });
});

describe('blob format v1 known answers', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s seals to the frozen bytes and opens back', (_, v) => {
    const shift = Math.log2(v.chunkSize);
    const sealed = sealBlobBytes(Buffer.from(v.blobsKey, 'hex'), Buffer.from(v.fileId, 'hex'), Buffer.from(v.plaintext, 'hex'), shift, 1);
    expect(sealed.toString('hex')).toBe(v.expected);
    expect(openBlobBytes(Buffer.from(v.blobsKey, 'hex'), Buffer.from(v.expected, 'hex'), v.name).toString('hex')).toBe(v.plaintext);
  });

  it('matches the spec written out with raw AES-GCM: HKDF file key, index ‖ last-flag nonce, header as AAD', () => {
    const v = vectors.find((x) => x.name === 'partial-last-chunk.json')!;
    const header = Buffer.concat([Buffer.from('TMGB'), Buffer.from([1, 0, 24, 6]), Buffer.from(v.fileId, 'hex')]);
    const fileKey = Buffer.from(hkdfSync('sha256', Buffer.from(v.blobsKey, 'hex'), Buffer.from(v.fileId, 'hex'), 'tamga blob v1 file key', 32));
    const plaintext = Buffer.from(v.plaintext, 'hex');
    const parts = [header];
    for (let i = 0; i * 64 < plaintext.length; i++) {
      const nonce = Buffer.alloc(12);
      nonce.writeUInt32BE(i, 4);
      nonce[11] = (i + 1) * 64 >= plaintext.length ? 1 : 0;
      const cipher = createCipheriv('aes-256-gcm', fileKey, nonce).setAAD(header);
      parts.push(cipher.update(plaintext.subarray(i * 64, (i + 1) * 64)), cipher.final(), cipher.getAuthTag());
    }
    expect(Buffer.concat(parts).toString('hex')).toBe(v.expected);
  });
});

describe('blob format v1 properties', () => {
  it('round-trips any plaintext, including empty and exact multiples of the chunk size', () => {
    const sizes = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 10 }).map((n) => n * 64));
    fc.assert(
      fc.property(sizes, fc.integer(), (size, seed) => {
        const plaintext = Buffer.alloc(size, seed & 255);
        const sealed = sealBlobBytes(key, fileId, plaintext, SHIFT);
        expect(openBlobBytes(key, sealed, 'x').equals(plaintext)).toBe(true);
      }),
    );
  });

  it('round-trips at the real 64 KiB chunk size across chunk boundaries', () => {
    for (const size of [0, 65_535, 65_536, 65_537, 3 * 65_536]) {
      const plaintext = Buffer.alloc(size, size % 251);
      expect(openBlobBytes(key, sealBlobBytes(key, fileId, plaintext), 'x').equals(plaintext)).toBe(true);
    }
  });

  it('detects any truncation as truncated or corrupt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.nat(), (size, cutSeed) => {
        const sealed = sealBlobBytes(key, fileId, Buffer.alloc(size, 1), SHIFT);
        const cut = cutSeed % sealed.length;
        expect(['blob.truncated', 'blob.corrupt']).toContain(codeOf(() => openBlobBytes(key, sealed.subarray(0, cut), 'item-1')));
      }),
    );
  });

  it('reports a cut exactly at a chunk boundary as truncation, naming the item', () => {
    const sealed = sealBlobBytes(key, fileId, Buffer.alloc(200, 1), SHIFT);
    const error = (() => {
      try {
        openBlobBytes(key, sealed.subarray(0, 24 + 2 * 80), 'evidence-42');
      } catch (e) {
        return e as TamgaError;
      }
    })();
    expect(error?.code).toBe('blob.truncated');
    expect(error?.details?.item).toBe('evidence-42');
  });

  it('detects any flipped bit anywhere in the file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (size, at, bit) => {
        const sealed = sealBlobBytes(key, fileId, Buffer.alloc(size, 3), SHIFT);
        sealed[at % sealed.length]! ^= 1 << bit;
        expect(codeOf(() => openBlobBytes(key, sealed, 'x'))).toMatch(/^blob\./);
      }),
    );
  });

  it('detects two chunks swapped, and a chunk spliced in from another file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), fc.nat(), (chunks, a, b) => {
        const i = a % chunks;
        const j = (i + 1 + (b % (chunks - 1))) % chunks;
        const plaintext = Buffer.from(Array.from({ length: chunks * 64 }, (_, n) => n % 256));
        const sealed = sealBlobBytes(key, fileId, plaintext, SHIFT);
        const at = (n: number) => 24 + n * 80;
        const swapped = Buffer.from(sealed);
        sealed.copy(swapped, at(i), at(j), at(j) + 80);
        sealed.copy(swapped, at(j), at(i), at(i) + 80);
        expect(codeOf(() => openBlobBytes(key, swapped, 'x'))).toMatch(/^blob\./);
        const other = sealBlobBytes(key, Buffer.alloc(16, 1), plaintext, SHIFT);
        const spliced = Buffer.from(sealed);
        other.copy(spliced, at(i), at(i), at(i) + 80);
        expect(codeOf(() => openBlobBytes(key, spliced, 'x'))).toMatch(/^blob\./);
      }),
    );
  });

  it('refuses a bad magic, an unknown version or a wrong header length without half-reading', () => {
    const sealed = sealBlobBytes(key, fileId, Buffer.from('evidence'), SHIFT);
    const edit = (at: number, value: number) => Object.assign(Buffer.from(sealed), { [at]: value });
    expect(readBlobHeader(edit(0, 0x58), 'x')).toEqual({ ok: false, error: { code: 'blob.corrupt', details: { item: 'x', reason: 'magic' } } });
    expect(readBlobHeader(edit(4, 3), 'x')).toMatchObject({ ok: false, error: { details: { reason: 'version' } } });
    expect(readBlobHeader(edit(4, 0), 'x')).toMatchObject({ ok: false, error: { details: { reason: 'version' } } });
    expect(readBlobHeader(edit(6, 25), 'x')).toMatchObject({ ok: false, error: { details: { reason: 'header length' } } });
    expect(readBlobHeader(sealed.subarray(0, 3), 'x')).toMatchObject({ ok: false, error: { code: 'blob.truncated' } });
  });
});
