/**
 * Defends against: reading blobs without the key, and bit flips, truncation, reordering or splicing of chunks.
 * Follows: the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015) over AES-256-GCM, 64 KiB chunks.
 * Vectors: tests/vectors/blob/v1/*.json (checked in tests/unit/main/vault/blob-format.test.ts).
 *
 * Layout: header = "TMGB" ‖ version(1) ‖ header length(u16 BE) ‖ log2 chunk size(1) ‖ file id(16), then chunks,
 * each ciphertext ‖ tag(16). Every chunk is full except the last, which may hold 0…chunkSize bytes.
 * Version 2 (written since then) makes the file id the blob's own id, the name it is stored under; since the
 * header is every chunk's AAD, a blob moved or swapped onto another blob's name no longer reads as that blob.
 * Version 1 blobs (random file id) still open; for them only `verify`'s re-hash catches a swap.
 */
import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { fail, ok, TamgaError, type Result } from '../../shared/result';

export const BLOB_MAGIC = Buffer.from('TMGB', 'ascii');
export const BLOB_VERSION = 2;
const READABLE_VERSIONS = new Set([1, 2]);
export const BLOB_HEADER_BYTES = 24;
export const FILE_ID_BYTES = 16;
export const TAG_BYTES = 16;
export const DEFAULT_CHUNK_SHIFT = 16; // 64 KiB
const MIN_CHUNK_SHIFT = 6;
const MAX_CHUNK_SHIFT = 24;

export type BlobHeader = { version: number; chunkSize: number; fileId: Buffer; bytes: Buffer };

export function encodeBlobHeader(fileId: Uint8Array, chunkShift = DEFAULT_CHUNK_SHIFT, version = BLOB_VERSION): BlobHeader {
  if (!READABLE_VERSIONS.has(version)) throw new RangeError('unknown blob version');
  if (fileId.length !== FILE_ID_BYTES) throw new RangeError('file id must be 16 bytes');
  if (chunkShift < MIN_CHUNK_SHIFT || chunkShift > MAX_CHUNK_SHIFT) throw new RangeError('chunk size out of range');
  const bytes = Buffer.alloc(BLOB_HEADER_BYTES);
  BLOB_MAGIC.copy(bytes, 0);
  bytes[4] = version;
  bytes.writeUInt16BE(BLOB_HEADER_BYTES, 5);
  bytes[7] = chunkShift;
  Buffer.from(fileId).copy(bytes, 8);
  return { version, chunkSize: 2 ** chunkShift, fileId: bytes.subarray(8), bytes };
}

/** The one reader: a bad magic, unknown version or wrong length is an error, never a half-filled header. */
export function readBlobHeader(bytes: Uint8Array, item: string): Result<BlobHeader> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 7) return fail('blob.truncated', { item });
  if (!b.subarray(0, 4).equals(BLOB_MAGIC)) return fail('blob.corrupt', { item, reason: 'magic' });
  if (!READABLE_VERSIONS.has(b[4]!)) return fail('blob.corrupt', { item, reason: 'version' });
  if (b.readUInt16BE(5) !== BLOB_HEADER_BYTES) return fail('blob.corrupt', { item, reason: 'header length' });
  if (b.length < BLOB_HEADER_BYTES) return fail('blob.truncated', { item });
  const shift = b[7]!;
  if (shift < MIN_CHUNK_SHIFT || shift > MAX_CHUNK_SHIFT) return fail('blob.corrupt', { item, reason: 'chunk size' });
  const header = Buffer.from(b.subarray(0, BLOB_HEADER_BYTES));
  return ok({ version: header[4]!, chunkSize: 2 ** shift, fileId: header.subarray(8), bytes: header });
}

/**
 * A version-2 blob names the blob it belongs to in its authenticated header; read under any other name it is
 * refused, so `cat`, the viewer and exports never serve one item's bytes as another's.
 */
export function checkBlobBinding(header: BlobHeader, blobId: Uint8Array | undefined, item: string): void {
  if (header.version < 2 || blobId === undefined) return;
  if (!header.fileId.equals(blobId)) throw new TamgaError('blob.corrupt', { item, reason: 'stored under another blob id' });
}

/** A key per file: the same blobs key never seals two files, so counter nonces never repeat. */
export const deriveFileKey = (blobsKey: Uint8Array, fileId: Uint8Array): Buffer =>
  Buffer.from(hkdfSync('sha256', blobsKey, fileId, 'tamga blob v1 file key', 32));

/** The chunk index and last-chunk flag go into the nonce, so a truncated or reordered file fails authentication. */
export function chunkNonce(index: number, isLast: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 0);
  nonce[11] = isLast ? 1 : 0;
  return nonce;
}

/** The whole header (version, chunk size, file id) is the AAD, so a chunk spliced from another file fails. */
export function sealChunk(fileKey: Uint8Array | KeyObject, header: BlobHeader, index: number, isLast: boolean, plaintext: Uint8Array): Buffer[] {
  const cipher = createCipheriv('aes-256-gcm', fileKey, chunkNonce(index, isLast));
  cipher.setAAD(header.bytes);
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

export function openChunk(fileKey: Uint8Array, header: BlobHeader, index: number, isLast: boolean, sealed: Uint8Array): Buffer | undefined {
  if (sealed.length < TAG_BYTES) return undefined;
  const decipher = createDecipheriv('aes-256-gcm', fileKey, chunkNonce(index, isLast));
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    decipher.final();
    return body;
  } catch {
    return undefined;
  }
}

/**
 * Opens chunk `index`, or throws naming the item. When the final chunk only opens as a middle chunk, the file
 * was cut at a chunk boundary: that is reported as truncation rather than as generic damage.
 */
export function openChunkOrThrow(fileKey: Uint8Array, header: BlobHeader, index: number, isLast: boolean, sealed: Uint8Array, item: string): Buffer {
  const plaintext = openChunk(fileKey, header, index, isLast, sealed);
  if (plaintext) return plaintext;
  if (isLast && openChunk(fileKey, header, index, false, sealed)) throw new TamgaError('blob.truncated', { item, chunk: index });
  throw new TamgaError('blob.corrupt', { item, chunk: index });
}

export type BlobLayout = { chunkCount: number; plaintextSize: number; sealedChunkSize: number };

/** Derives the chunk count from the file size; a tail too short to hold a tag can only be a truncation. */
export function blobLayout(fileSize: number, header: BlobHeader, item: string): BlobLayout {
  const sealedChunkSize = header.chunkSize + TAG_BYTES;
  const body = fileSize - BLOB_HEADER_BYTES;
  if (body < TAG_BYTES) throw new TamgaError('blob.truncated', { item });
  const full = Math.floor(body / sealedChunkSize);
  const rest = body % sealedChunkSize;
  if (rest === 0) return { chunkCount: full, plaintextSize: full * header.chunkSize, sealedChunkSize };
  if (rest < TAG_BYTES) throw new TamgaError('blob.truncated', { item });
  return { chunkCount: full + 1, plaintextSize: full * header.chunkSize + rest - TAG_BYTES, sealedChunkSize };
}

/**
 * Seals consecutive chunks of `plaintext`, the first being chunk `firstIndex`, into `out` at `outOffset` (each
 * ciphertext ‖ tag, as BlobSealer writes them) and returns the bytes written. `plaintext` holds whole chunks,
 * except when `endsFile`: then its final chunk is the file's last (flagged so), may be short, and is an empty
 * chunk when `plaintext` is empty. Import uses this to seal into one preallocated buffer per write.
 */
export function sealChunksInto(
  fileKey: Uint8Array,
  header: BlobHeader,
  firstIndex: number,
  plaintext: Uint8Array,
  endsFile: boolean,
  out: Buffer,
  outOffset: number,
): number {
  const { chunkSize } = header;
  const count = endsFile ? Math.max(1, Math.ceil(plaintext.length / chunkSize)) : plaintext.length / chunkSize;
  if (!Number.isInteger(count)) throw new RangeError('only the final chunk of a file may be short');
  // One key object for the run: createCipheriv would otherwise import the raw key again for every chunk.
  const key = createSecretKey(fileKey);
  let at = outOffset;
  for (let i = 0; i < count; i++) {
    const isLast = endsFile && i === count - 1;
    const [body, tag] = sealChunk(key, header, firstIndex + i, isLast, plaintext.subarray(i * chunkSize, (i + 1) * chunkSize));
    at += body!.copy(out, at);
    at += tag!.copy(out, at);
  }
  return at - outOffset;
}

/**
 * Streaming encryptor. It holds back one full chunk because only the next byte (or the end) says whether that
 * chunk is the last one, and the last flag must be in its nonce.
 */
export class BlobSealer {
  private readonly pending: Buffer;
  private filled = 0;
  private index = 0;
  private finished = false;

  constructor(
    private readonly fileKey: Uint8Array,
    readonly header: BlobHeader,
  ) {
    this.pending = Buffer.alloc(header.chunkSize);
  }

  /** Returns sealed bytes ready to write (possibly none). */
  push(data: Uint8Array): Buffer[] {
    if (this.finished) throw new Error('BlobSealer used after finish');
    const out: Buffer[] = [];
    let offset = 0;
    while (offset < data.length) {
      if (this.filled === this.pending.length) {
        out.push(...sealChunk(this.fileKey, this.header, this.index++, false, this.pending));
        this.filled = 0;
      }
      const take = Math.min(data.length - offset, this.pending.length - this.filled);
      this.pending.set(data.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
    }
    return out;
  }

  finish(): Buffer[] {
    if (this.finished) throw new Error('BlobSealer finished twice');
    this.finished = true;
    const out = sealChunk(this.fileKey, this.header, this.index, true, this.pending.subarray(0, this.filled));
    this.pending.fill(0);
    return out;
  }
}

/** Whole-buffer form, for vectors and small payloads. */
export function sealBlobBytes(blobsKey: Uint8Array, fileId: Uint8Array, plaintext: Uint8Array, chunkShift = DEFAULT_CHUNK_SHIFT, version = BLOB_VERSION): Buffer {
  const header = encodeBlobHeader(fileId, chunkShift, version);
  const fileKey = deriveFileKey(blobsKey, fileId);
  const sealer = new BlobSealer(fileKey, header);
  const out = Buffer.concat([header.bytes, ...sealer.push(plaintext), ...sealer.finish()]);
  fileKey.fill(0);
  return out;
}

export function openBlobBytes(blobsKey: Uint8Array, sealed: Uint8Array, item: string, blobId?: Uint8Array): Buffer {
  const read = readBlobHeader(sealed, item);
  if (!read.ok) throw new TamgaError(read.error.code, read.error.details);
  const header = read.value;
  checkBlobBinding(header, blobId, item);
  const layout = blobLayout(sealed.length, header, item);
  const fileKey = deriveFileKey(blobsKey, header.fileId);
  const parts: Buffer[] = [];
  for (let i = 0; i < layout.chunkCount; i++) {
    const start = BLOB_HEADER_BYTES + i * layout.sealedChunkSize;
    const chunk = sealed.subarray(start, Math.min(start + layout.sealedChunkSize, sealed.length));
    parts.push(openChunkOrThrow(fileKey, header, i, i === layout.chunkCount - 1, chunk, item));
  }
  fileKey.fill(0);
  return Buffer.concat(parts);
}
