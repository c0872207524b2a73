/**
 * Writes the frozen known-answer vectors for blob format v1 into tests/vectors/blob/v1/.
 * Run once per format version (`node --import tsx scripts/make-blob-vectors.ts`); never regenerate a shipped version.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealBlobBytes } from '../src-main/vault/blob-format';

const dir = join(__dirname, '..', 'tests', 'vectors', 'blob', 'v1');
const blobsKey = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
const fileId = Buffer.from(Array.from({ length: 16 }, (_, i) => 0xa0 + i));
const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7) % 251));

const cases: Array<[string, string, Buffer, number]> = [
  ['empty', 'no bytes: one empty final chunk', Buffer.alloc(0), 6],
  ['one-byte', 'a single byte', Buffer.from('a'), 6],
  ['two-full-chunks', 'exactly two 64-byte chunks: the second full chunk carries the last flag', pattern(128), 6],
  ['partial-last-chunk', 'two full 64-byte chunks and a 22-byte last chunk', pattern(150), 6],
  ['default-chunk-size', '64 KiB + 1 byte at the real 64 KiB chunk size', pattern(65_537), 16],
];

for (const [name, description, plaintext, chunkShift] of cases) {
  const expected = sealBlobBytes(blobsKey, fileId, plaintext, chunkShift);
  const vector = {
    description,
    blobsKey: blobsKey.toString('hex'),
    fileId: fileId.toString('hex'),
    chunkSize: 2 ** chunkShift,
    plaintext: plaintext.toString('hex'),
    expected: expected.toString('hex'),
  };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(vector, null, 2)}\n`);
}
