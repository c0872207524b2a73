/**
 * Defends against: plaintext reaching the disk, and memory growing with the file (a 4 GB video is one import).
 * Follows: blob-format.ts (STREAM v1): the bytes written are exactly sealBlobBytes() of the same input.
 * Vectors: tests/vectors/blob/v1/*.json via blob-format.test.ts; this writer is checked against sealBlobBytes() in
 * blob-writer.test.ts.
 *
 * One pass over the original: read → (SHA-256 ∥ seal) → write, in a ring of fixed slots. SHA-256 of one stream
 * is the floor of the job (ARCHITECTURE §6), so it gets a thread of its own for large files and reads each slot in
 * place; the main thread seals the slot into one preallocated buffer while the next slot is read and the previous
 * one written, and each write is a single syscall. A slot is reused only once it is hashed and written, so memory
 * stays at SLOT_COUNT slots whatever the file size.
 */
import type { FileHandle } from 'node:fs/promises';
import { sealChunksInto, TAG_BYTES, type BlobHeader } from './blob-format';
import { createSha256Hasher } from './sha256-hasher';

/** Where the original bytes come from: any stream, or an open file read straight into the slots (no stream copies). */
export type ImportSource = AsyncIterable<Uint8Array> | { readonly file: FileHandle };

/** Plaintext per slot: per-read, per-message and per-write costs vanish next to the crypto, and 4 MiB slots profiled no faster. */
const SLOT_BYTES = 1 << 20;
/** Being read, being sealed, waiting to learn whether its final chunk is the last, being written, and two for the hash to lag. */
const SLOT_COUNT = 6;
/** What file-type needs to recognise common formats by magic bytes. */
export const HEAD_BYTES = 4100;

export type WrittenBlob = { sha256: string; size: number; head: Buffer };

type Slot = { readonly plain: Uint8Array; readonly sealed: Buffer; idle: Promise<unknown> };

/**
 * Hashes `source`, seals it under `fileKey` and writes header and chunks to `handle`, which the caller owns (and
 * closes or commits). On failure every read and write this started has settled before the error is thrown.
 */
export async function writeBlobFile(
  handle: FileHandle,
  source: ImportSource,
  fileKey: Uint8Array,
  header: BlobHeader,
  expectedSize?: number,
): Promise<WrittenBlob> {
  const { chunkSize } = header;
  // A small file gets small slots: one slot then holds all of it, and a short import does not allocate 16 MiB.
  // The first slot always holds HEAD_BYTES, even if the file grew after its size was taken.
  const wanted = expectedSize === undefined ? SLOT_BYTES : Math.min(SLOT_BYTES, Math.max(HEAD_BYTES, expectedSize + 1));
  const slotBytes = Math.max(chunkSize, Math.ceil(wanted / chunkSize) * chunkSize);
  const shared = new SharedArrayBuffer(slotBytes * SLOT_COUNT);
  const sealedBytes = (slotBytes / chunkSize) * (chunkSize + TAG_BYTES);
  const slots: Slot[] = Array.from({ length: SLOT_COUNT }, (_, i) => ({
    plain: new Uint8Array(shared, i * slotBytes, slotBytes),
    sealed: Buffer.allocUnsafe(sealedBytes),
    idle: Promise.resolve(),
  }));
  const hash = createSha256Hasher(expectedSize, shared);
  const reader = readerOf(source);

  // Writes run one at a time in file order. Their failure is recorded rather than left as a rejected promise
  // nobody awaits yet, and stops the loop below at its next step.
  let failure: { error: unknown } | undefined;
  const noteFailure = (error: unknown) => void (failure ??= { error });
  let written: Promise<void> = Promise.resolve();
  const write = (bytes: Buffer): Promise<void> =>
    (written = written.then(() => (failure ? undefined : writeFully(handle, bytes))).catch(noteFailure));
  const check = () => {
    if (failure) throw failure.error;
  };

  let filling: Promise<number> = Promise.resolve(0);
  let index = 0;
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    void write(header.bytes);
    /** A full slot whose final chunk is not sealed yet: only the next read says whether that chunk is the last. */
    let carry: { slot: Slot; length: number; sealedLength: number; hashed: Promise<void> } | undefined;
    filling = reader.fill(slots[0]!.plain);
    for (let s = 0; ; s++) {
      const slot = slots[s % SLOT_COUNT]!;
      const length = await filling;
      check();
      if (s === 0) head = Buffer.from(slot.plain.subarray(0, Math.min(length, HEAD_BYTES)));
      size += length;
      if (carry) {
        const { slot: held, sealedLength } = carry;
        const final = held.plain.subarray(carry.length - chunkSize, carry.length);
        const total = sealedLength + sealChunksInto(fileKey, header, index++, final, length === 0, held.sealed, sealedLength);
        held.idle = Promise.all([carry.hashed, write(held.sealed.subarray(0, total))]);
        carry = undefined;
        if (length === 0) break;
      }
      const plain = slot.plain.subarray(0, length);
      const hashed = hash.update(plain).catch(noteFailure);
      const atEnd = length < slotBytes;
      if (!atEnd) {
        const next = slots[(s + 1) % SLOT_COUNT]!;
        await next.idle;
        check();
        filling = reader.fill(next.plain);
      }
      // Seal while the next slot is read and the previous one written (both on libuv's pool) and hashed.
      const now = atEnd ? plain : plain.subarray(0, length - chunkSize);
      const sealedLength = sealChunksInto(fileKey, header, index, now, atEnd, slot.sealed, 0);
      index += atEnd ? Math.max(1, Math.ceil(now.length / chunkSize)) : now.length / chunkSize;
      if (atEnd) {
        slot.idle = Promise.all([hashed, write(slot.sealed.subarray(0, sealedLength))]);
        break;
      }
      carry = { slot, length, sealedLength, hashed };
    }
    const sha256 = await hash.digest();
    await written;
    check();
    return { sha256, size, head };
  } catch (error) {
    hash.abort();
    // Nothing may still be reading the caller's file or writing this handle once the caller closes them.
    await filling.catch(() => undefined);
    await written;
    await reader.close();
    throw error;
  } finally {
    // The slots held plaintext evidence; leave none of it to whoever gets this memory next.
    new Uint8Array(shared).fill(0);
  }
}

type Reader = { fill(into: Uint8Array): Promise<number>; close(): Promise<void> };

/** Fills `into` completely unless the source ends first: a slot shorter than full always means the end. */
function readerOf(source: ImportSource): Reader {
  if ('file' in source) {
    const { file } = source;
    return {
      async fill(into) {
        let length = 0;
        while (length < into.length) {
          const { bytesRead } = await file.read(into, length, into.length - length, null);
          if (bytesRead === 0) break;
          length += bytesRead;
        }
        return length;
      },
      close: async () => undefined,
    };
  }
  const iterator = source[Symbol.asyncIterator]();
  let rest: Uint8Array = new Uint8Array(0);
  let done = false;
  return {
    async fill(into) {
      let length = 0;
      while (length < into.length && !done) {
        if (rest.length === 0) {
          const next = await iterator.next();
          if (next.done) done = true;
          else rest = next.value;
          continue;
        }
        const take = Math.min(rest.length, into.length - length);
        into.set(rest.subarray(0, take), length);
        rest = rest.subarray(take);
        length += take;
      }
      return length;
    },
    // As for-await would on an early exit: lets a stream release its file or socket.
    async close() {
      if (!done) await iterator.return?.()?.catch(() => undefined);
    },
  };
}

async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at, null)).bytesWritten;
}
