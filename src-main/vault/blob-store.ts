import { randomBytes } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { openAtomicFile, sweepTempFiles } from '../fs/atomic-file';
import { deriveFileKey, encodeBlobHeader, DEFAULT_CHUNK_SHIFT } from './blob-format';
import { readBlobFile, type ByteRange } from './blob-reader';
import { writeBlobFile, type ImportSource, type WrittenBlob } from './blob-writer';

export type PendingBlob = {
  readonly blobId: string;
  /** SHA-256 of the original bytes, computed in the same pass that encrypted them. */
  readonly sha256: string;
  readonly size: number;
  /** The first bytes of the original, for media-type sniffing without a second read. */
  readonly head: Buffer;
  /** Make the blob durable under its final name (I4). Only after this may a record point at it. */
  commit(): Promise<void>;
  /** Throw the temp file away (a duplicate, or a failed import). */
  abort(): Promise<void>;
};

/**
 * The folder of sealed blobs: `blobs/ab/cdef…`, named by random ids so the names say nothing about the content
 * (a plaintext hash would let anyone holding a copy of a file prove it is in the vault).
 */
export class BlobStore {
  constructor(
    readonly root: string,
    private readonly chunkShift = DEFAULT_CHUNK_SHIFT,
  ) {}

  pathOf(blobId: string): string {
    if (!/^[0-9a-f]{32}$/.test(blobId)) throw new RangeError('not a blob id');
    return join(this.root, blobId.slice(0, 2), blobId.slice(2));
  }

  /** One streaming pass: hash the original bytes, seal them and write the ciphertext; memory stays flat. */
  async write(source: ImportSource, blobsKey: Uint8Array, expectedSize?: number): Promise<PendingBlob> {
    const blobId = randomBytes(16).toString('hex');
    const path = this.pathOf(blobId);
    await mkdir(join(this.root, blobId.slice(0, 2)), { recursive: true });
    const file = await openAtomicFile(path);
    // The file id is the blob id: the authenticated header then says which name the blob belongs under.
    const header = encodeBlobHeader(Buffer.from(blobId, 'hex'), this.chunkShift);
    const fileKey = deriveFileKey(blobsKey, header.fileId);
    let written: WrittenBlob;
    try {
      written = await writeBlobFile(file.handle, source, fileKey, header, expectedSize);
    } catch (error) {
      await file.abort();
      throw error;
    } finally {
      fileKey.fill(0);
    }
    return { blobId, ...written, commit: () => file.commit(), abort: () => file.abort() };
  }

  read(blobId: string, blobsKey: Uint8Array, item: string, range?: ByteRange): AsyncGenerator<Buffer> {
    return readBlobFile(this.pathOf(blobId), blobsKey, item, range, Buffer.from(blobId, 'hex'));
  }

  async exists(blobId: string): Promise<boolean> {
    return stat(this.pathOf(blobId)).then(() => true, () => false);
  }

  /** Temp files left by a crash mid-import; they were never referenced, so removing them loses nothing. */
  sweepTempFiles(): Promise<number> {
    return sweepTempFiles(this.root, 1);
  }

  async listBlobIds(): Promise<string[]> {
    const ids: string[] = [];
    for (const prefix of await readdir(this.root).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
      for (const rest of await readdir(join(this.root, prefix))) if (/^[0-9a-f]{30}$/.test(rest)) ids.push(prefix + rest);
    }
    return ids;
  }
}
