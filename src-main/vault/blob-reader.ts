/**
 * Defends against: serving unauthenticated bytes; every chunk handed out has passed its GCM tag.
 * Follows: blob-format.ts (STREAM v1); reads only the chunks a byte range needs (PDF pages, video seeking).
 * Vectors: tests/unit/main/vault/blob-store.test.ts (ranges across chunk edges, damaged files).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { TamgaError } from '../../shared/result';
import { BLOB_HEADER_BYTES, blobLayout, checkBlobBinding, deriveFileKey, openChunkOrThrow, readBlobHeader } from './blob-format';

export type ByteRange = { start: number; end?: number };

/** Up to this many chunks per read() call: fewer syscalls without holding more than ~1 MiB. */
const CHUNKS_PER_READ = 16;

async function openBlobFile(path: string, item: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TamgaError('blob.missing', { item });
    throw error;
  }
}

/** The file's size, its validated header and the chunk layout both imply; a bad header throws by name of the item. */
async function readOpenedHeader(handle: FileHandle, item: string) {
  const size = (await handle.stat()).size;
  const headerBytes = Buffer.alloc(Math.min(size, BLOB_HEADER_BYTES));
  await handle.read(headerBytes, 0, headerBytes.length, 0);
  const read = readBlobHeader(headerBytes, item);
  if (!read.ok) throw new TamgaError(read.error.code, read.error.details);
  return { size, header: read.value, layout: blobLayout(size, read.value, item) };
}

/**
 * Yields plaintext for [start, end) of the blob. Reading a range authenticates only the chunks it touches; a
 * full read (no range) authenticates every chunk including the last-chunk flag, so only that proves the file whole.
 */
export async function* readBlobFile(path: string, blobsKey: Uint8Array, item: string, range?: ByteRange, blobId?: Uint8Array): AsyncGenerator<Buffer> {
  const handle = await openBlobFile(path, item);
  let fileKey: Buffer | undefined;
  try {
    const { size, header, layout } = await readOpenedHeader(handle, item);
    checkBlobBinding(header, blobId, item);
    const start = Math.max(0, range?.start ?? 0);
    const end = Math.min(layout.plaintextSize, range?.end ?? layout.plaintextSize);
    if (start >= end && range !== undefined) return;
    fileKey = deriveFileKey(blobsKey, header.fileId);
    const first = Math.floor(start / header.chunkSize);
    // An empty blob still has one (empty, last) chunk; open it so a full read authenticates it.
    const last = end === 0 ? 0 : Math.floor((end - 1) / header.chunkSize);
    for (let batch = first; batch <= last; batch += CHUNKS_PER_READ) {
      const count = Math.min(CHUNKS_PER_READ, last - batch + 1);
      const offset = BLOB_HEADER_BYTES + batch * layout.sealedChunkSize;
      const length = Math.min(count * layout.sealedChunkSize, size - offset);
      const sealed = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(sealed, 0, length, offset);
      if (bytesRead !== length) throw new TamgaError('blob.truncated', { item });
      for (let i = 0; i < count; i++) {
        const index = batch + i;
        const chunk = sealed.subarray(i * layout.sealedChunkSize, Math.min((i + 1) * layout.sealedChunkSize, length));
        const plaintext = openChunkOrThrow(fileKey, header, index, index === layout.chunkCount - 1, chunk, item);
        const chunkStart = index * header.chunkSize;
        const from = Math.max(start - chunkStart, 0);
        const to = Math.min(end - chunkStart, plaintext.length);
        if (to > from) yield plaintext.subarray(from, to);
      }
    }
  } finally {
    fileKey?.fill(0);
    await handle.close();
  }
}

/** Plaintext size from the file size alone (no key needed); used to validate ranges. */
export async function blobPlaintextSize(path: string, item: string): Promise<number> {
  const handle = await openBlobFile(path, item);
  try {
    return (await readOpenedHeader(handle, item)).layout.plaintextSize;
  } finally {
    await handle.close();
  }
}
