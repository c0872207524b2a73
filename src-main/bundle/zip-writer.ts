import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/** Plain zip (no Zip64, which fflate does not write): 32-bit sizes and offsets, 16-bit entry count. */
export const ZIP32_MAX_BYTES = 0xffff_fffe;
export const ZIP32_MAX_ENTRIES = 0xffff;
/** Local header + data descriptor + central record, without the name (counted twice separately). */
export const ZIP_ENTRY_OVERHEAD = 30 + 16 + 46;
const FLUSH_BYTES = 1 << 20;
const UNIX_REGULAR_FILE = (0o100644 << 16) >>> 0;

/**
 * Stored (uncompressed) entries written to a file as they arrive. fflate's Zip calls back synchronously, so each
 * push's output is collected and written (in ~1 MiB writes) before the next chunk is read: memory stays at about
 * one chunk plus one write buffer, whatever the file size. The whole archive's SHA-256 is computed on the way out.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly hash = createHash('sha256');
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: Error | undefined;

  constructor(
    private readonly handle: FileHandle,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
      }
    });
  }

  async addBytes(name: string, bytes: Uint8Array): Promise<void> {
    const entry = this.open(name);
    entry.push(bytes, true);
    await this.flush(true);
  }

  /** `onChunk` sees each chunk of plaintext as it passes, so the caller can hash it without a second read. */
  async addStream(name: string, source: AsyncIterable<Uint8Array>, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.open(name);
    for await (const chunk of source) {
      onChunk(chunk);
      entry.push(chunk);
      await this.flush(false);
    }
    entry.push(new Uint8Array(0), true);
    await this.flush(true);
  }

  /** Writes the central directory; returns the archive's SHA-256 (hex). */
  async end(): Promise<string> {
    this.zip.end();
    await this.flush(true);
    return this.hash.digest('hex');
  }

  private open(name: string): ZipPassThrough {
    const entry = new NativeCrcPassThrough(name);
    // A fixed time (the bundle's) rather than "now", so rebuilding from the same inputs gives the same entries.
    entry.mtime = this.mtime;
    // Unix host and a plain rw-r--r-- file: Info-ZIP unzip then takes the UTF-8 name bytes as they are, instead of
    // converting from the DOS code page and mangling Cyrillic names (it ignores the UTF-8 flag for DOS-made entries).
    entry.os = 3;
    entry.attrs = UNIX_REGULAR_FILE;
    this.zip.add(entry);
    return entry;
  }

  private async flush(force: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pendingBytes === 0 || (!force && this.pendingBytes < FLUSH_BYTES)) return;
    const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(bytes);
    let written = 0;
    while (written < bytes.length) written += (await this.handle.write(bytes, written, bytes.length - written)).bytesWritten;
  }
}

/**
 * fflate's CRC-32 is plain JavaScript and was the slowest step of an export (about a third of `zip -0`'s speed);
 * Node's zlib.crc32 is native. fflate documents push() as overridable; this keeps its contract (size, crc, process).
 */
class NativeCrcPassThrough extends ZipPassThrough {
  private running = 0;

  override push(chunk: Uint8Array, final = false): void {
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }
}
