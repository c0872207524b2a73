/**
 * Defends against: a lost or seized laptop taking every case and exhibit with it, and a backup file that was cut
 *   short, edited, or swapped for another vault's being restored as if it were whole.
 * Follows: one append-only file. "TAMGA-BACKUP 1\n", then segments `[u32 length][AES-256-GCM box]`, each sealed
 *   under the vault's `backup` subkey with AAD "tamga backup v1 <offset of the segment>", so no segment can be
 *   moved, dropped or replayed elsewhere in the file. A file is a `file` segment (path, size, SHA-256) and its
 *   `data` segments (1 MiB at most); each backup run ends with an `index` segment naming, for every path, the
 *   offset of its latest copy, and a clear trailer: the vault header as it was then (it holds only wrapped keys,
 *   and restoring needs it to turn the passphrase or recovery key into the master key), its length, the index's
 *   offset and "TAMGAEND". A later run appends only the files that changed and a new index and trailer.
 *   The vault's own files are already sealed; the backup adds integrity for the whole and order.
 * Vectors: tests/unit/main/backup/vault-backup.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { TamgaError } from '../../shared/result';
import { isTempName, openAtomicFile } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from '../vault/aes-gcm-box';

const MAGIC = Buffer.from('TAMGA-BACKUP 1\n', 'utf8');
const END = Buffer.from('TAMGAEND', 'utf8');
const TRAILER_BYTES = 4 + 8 + END.length;
const DATA_BYTES = 1 << 20;
/** Bigger than any segment this writer makes (1 MiB of data, or an index of a very large vault): a sanity bound. */
const MAX_SEGMENT = 256 << 20;

const SEGMENT = { file: 1, data: 2, index: 3 } as const;

const FileEntry = z.object({ path: z.string().min(1), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/), offset: z.number().int().nonnegative() });
type FileEntry = z.infer<typeof FileEntry>;
const Index = z.object({ generation: z.number().int().positive(), createdAt: z.string(), files: z.array(FileEntry) });
type Index = z.infer<typeof Index>;
const FileHead = z.object({ path: z.string().min(1), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export type BackupSummary = { generation: number; files: number; written: number; bytesWritten: number; createdAt: string };

const aad = (offset: number) => utf8(`tamga backup v1 ${offset}`);

/**
 * The files a backup holds: everything under the vault directory but temp files and a rewrite in progress, with
 * each signed head before its log. A log copied after its head can only be longer than the head says (the crash
 * window, accepted at open); the other order could restore a log shorter than its head, which reads as a cut.
 */
export async function vaultFiles(vaultDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (isTempName(entry.name) || entry.name.endsWith('.next')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(relative(vaultDir, path).split(sep).join('/'));
    }
  };
  await walk(vaultDir);
  const rank = (path: string) => (path.endsWith('.head') ? 0 : path.endsWith('.log') ? 2 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Writes (or extends) the backup at `out` from the vault directory, then reads back what it wrote and checks it.
 * `key` is the vault's `backup` subkey; `header` the vault header bytes to put in the clear trailer.
 */
export async function writeBackup(vaultDir: string, out: string, key: Uint8Array, header: Uint8Array, now: Date): Promise<BackupSummary> {
  const previous = await readIndexIfAny(out, key);
  const handle = await open(out, previous ? 'r+' : 'wx+', 0o600);
  // A run that fails part-way is cut off again, so the file still ends with the last complete run's trailer.
  const startedAt = previous?.size ?? 0;
  try {
    // What a run cut off mid-write left after the last complete run is dropped before anything is appended.
    if (previous && (await handle.stat()).size > startedAt) await handle.truncate(startedAt);
    let offset = startedAt;
    const append = async (bytes: Uint8Array) => {
      await handle.write(bytes, 0, bytes.length, offset);
      offset += bytes.length;
    };
    const segment = async (type: number, body: Uint8Array) => {
      const start = offset;
      const sealed = sealBox(key, Buffer.concat([Buffer.from([type]), body]), aad(start));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(sealed.length);
      await append(Buffer.concat([length, sealed]));
      return start;
    };
    if (!previous) await append(MAGIC);
    const known = new Map((previous?.files ?? []).map((file) => [file.path, file]));
    const files: FileEntry[] = [];
    const written: FileEntry[] = [];
    for (const path of await vaultFiles(vaultDir)) {
      const source = join(vaultDir, ...path.split('/'));
      const entry = { path, ...(await hashFile(source)) };
      const same = known.get(path);
      if (same && same.size === entry.size && same.sha256 === entry.sha256) {
        files.push(same);
        continue;
      }
      const at = await segment(SEGMENT.file, utf8(JSON.stringify(entry)));
      // Streamed, 1 MiB at a time: a video of several gigabytes is never held whole in memory.
      const copied = createHash('sha256');
      const input = await open(source, 'r');
      try {
        const chunk = Buffer.alloc(DATA_BYTES);
        for (let read = 0; read < entry.size; ) {
          const { bytesRead } = await input.read(chunk, 0, Math.min(DATA_BYTES, entry.size - read), read);
          if (bytesRead === 0) break;
          copied.update(chunk.subarray(0, bytesRead));
          await segment(SEGMENT.data, chunk.subarray(0, bytesRead));
          read += bytesRead;
        }
      } finally {
        await input.close();
      }
      // The vault is written only by this process while it backs up; a file that changed under it is refused.
      if (copied.digest('hex') !== entry.sha256) throw new TamgaError('backup.sourceChanged', { path });
      files.push({ ...entry, offset: at });
      written.push({ ...entry, offset: at });
    }
    const index: Index = { generation: (previous?.generation ?? 0) + 1, createdAt: now.toISOString(), files };
    const indexAt = await segment(SEGMENT.index, utf8(JSON.stringify(index)));
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeUInt32BE(header.length, 0);
    trailer.writeBigUInt64BE(BigInt(indexAt), 4);
    END.copy(trailer, 12);
    const bytesBefore = offset;
    await append(Buffer.concat([Buffer.from(header), trailer]));
    await handle.sync();
    // Read back what this run wrote, through the same path a restore takes.
    const reread = await readIndex(handle, offset, key);
    if (reread.generation !== index.generation) throw new TamgaError('backup.damaged');
    for (const file of written) await readFileFrom(handle, file, key, () => undefined);
    return { generation: index.generation, files: files.length, written: written.length, bytesWritten: bytesBefore - startedAt, createdAt: index.createdAt };
  } catch (error) {
    await (previous ? handle.truncate(startedAt) : handle.truncate(0)).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const input = await open(path, 'r');
  try {
    for await (const chunk of input.createReadStream({ highWaterMark: DATA_BYTES })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } finally {
    await input.close().catch(() => undefined);
  }
  return { size, sha256: hash.digest('hex') };
}

/** The vault header a backup carries in its clear trailer: what turns a passphrase into the key that opens it. */
export async function backupHeader(path: string): Promise<Uint8Array> {
  const handle = await openBackup(path);
  try {
    const size = (await handle.stat()).size;
    const { headerLength } = await readTrailer(handle, size);
    const header = Buffer.alloc(headerLength);
    await handle.read(header, 0, headerLength, size - TRAILER_BYTES - headerLength);
    return header;
  } finally {
    await handle.close();
  }
}

/**
 * Restores the latest state in the backup into `vaultDir`, which must not hold a vault. Every file is written to a
 * temp name and renamed only once its SHA-256 matched; anything wrong stops the restore with nothing half written.
 */
export async function restoreBackup(path: string, vaultDir: string, key: Uint8Array): Promise<{ generation: number; files: number; createdAt: string }> {
  const handle = await openBackup(path);
  try {
    const index = await readIndex(handle, (await handle.stat()).size, key);
    for (const file of index.files) {
      const target = join(vaultDir, ...safeSegments(file.path));
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      const out = await openAtomicFile(target);
      try {
        await readFileFrom(handle, file, key, (bytes) => out.handle.write(bytes));
        await out.commit();
      } catch (error) {
        await out.abort();
        throw error;
      }
    }
    return { generation: index.generation, files: index.files.length, createdAt: index.createdAt };
  } finally {
    await handle.close();
  }
}

async function openBackup(path: string): Promise<FileHandle> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new TamgaError(error.code === 'ENOENT' ? 'backup.missing' : 'backup.notBackup');
  });
  const magic = Buffer.alloc(MAGIC.length);
  await handle.read(magic, 0, MAGIC.length, 0);
  if (!magic.equals(MAGIC)) {
    await handle.close();
    throw new TamgaError('backup.notBackup');
  }
  return handle;
}

/**
 * The index of an existing backup to extend, or undefined when there is no file yet. Another vault's is refused.
 * A file whose end is not a trailer was cut off mid-run (a crash, a power cut): the writer goes back to the last
 * complete run — the last "TAMGAEND" whose index opens under this key — and that run's end is where it appends.
 * Only the writer does this; a restore of such a file is refused, so a cut-short backup never passes as whole.
 */
async function readIndexIfAny(path: string, key: Uint8Array): Promise<(Index & { size: number }) | undefined> {
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const handle = await openBackup(path);
  try {
    const size = (await handle.stat()).size;
    try {
      return { ...(await readIndex(handle, size, key)), size };
    } catch (error) {
      if (!(error instanceof TamgaError) || error.code !== 'backup.truncated') throw error;
      const end = await lastCompleteRun(handle, size, key);
      if (end === undefined) throw error;
      return { ...(await readIndex(handle, end, key)), size: end };
    }
  } finally {
    await handle.close();
  }
}

/** The end of the last complete run in a file whose tail was cut off, searching back from its end. */
async function lastCompleteRun(handle: FileHandle, size: number, key: Uint8Array): Promise<number | undefined> {
  const window = Buffer.alloc(1 << 20);
  for (let to = size; to > MAGIC.length; ) {
    const from = Math.max(MAGIC.length, to - window.length);
    const { bytesRead } = await handle.read(window, 0, to - from, from);
    for (let at = window.subarray(0, bytesRead).lastIndexOf(END); at >= 0; at = at > 0 ? window.subarray(0, bytesRead).lastIndexOf(END, at - 1) : -1) {
      const end = from + at + END.length;
      const opens = await readIndex(handle, end, key).then(
        () => true,
        () => false,
      );
      if (opens) return end;
    }
    // Overlap by the marker's length so one that straddles two windows is still found.
    to = from === MAGIC.length ? from : from + END.length - 1;
  }
  return undefined;
}

async function readTrailer(handle: FileHandle, size: number): Promise<{ headerLength: number; indexAt: number }> {
  if (size < MAGIC.length + TRAILER_BYTES) throw new TamgaError('backup.truncated');
  const trailer = Buffer.alloc(TRAILER_BYTES);
  await handle.read(trailer, 0, TRAILER_BYTES, size - TRAILER_BYTES);
  if (!trailer.subarray(12).equals(END)) throw new TamgaError('backup.truncated');
  const headerLength = trailer.readUInt32BE(0);
  const indexAt = Number(trailer.readBigUInt64BE(4));
  if (headerLength > size || indexAt < MAGIC.length || indexAt >= size) throw new TamgaError('backup.damaged');
  return { headerLength, indexAt };
}

async function readIndex(handle: FileHandle, size: number, key: Uint8Array): Promise<Index> {
  const { indexAt } = await readTrailer(handle, size);
  const { type, body } = await readSegment(handle, indexAt, key);
  if (type !== SEGMENT.index) throw new TamgaError('backup.damaged');
  const parsed = Index.safeParse(JSON.parse(body.toString('utf8')));
  if (!parsed.success) throw new TamgaError('backup.damaged');
  return parsed.data;
}

async function readSegment(handle: FileHandle, offset: number, key: Uint8Array): Promise<{ type: number; body: Buffer; next: number }> {
  const length = Buffer.alloc(4);
  const { bytesRead } = await handle.read(length, 0, 4, offset);
  if (bytesRead < 4) throw new TamgaError('backup.truncated');
  const size = length.readUInt32BE(0);
  if (size > MAX_SEGMENT) throw new TamgaError('backup.damaged');
  const sealed = Buffer.alloc(size);
  const read = await handle.read(sealed, 0, size, offset + 4);
  if (read.bytesRead < size) throw new TamgaError('backup.truncated');
  // Another vault's backup fails here as surely as an altered byte: neither opens under this key.
  const plain = openBox(key, sealed, aad(offset));
  if (!plain || plain.length < 1) throw new TamgaError('backup.damaged');
  return { type: plain[0]!, body: plain.subarray(1), next: offset + 4 + size };
}

/** Streams one file's bytes from its segments to `sink`, checking its header, its size and its SHA-256. */
async function readFileFrom(handle: FileHandle, file: FileEntry, key: Uint8Array, sink: (bytes: Buffer) => unknown): Promise<void> {
  const first = await readSegment(handle, file.offset, key);
  const head = first.type === SEGMENT.file ? FileHead.safeParse(JSON.parse(first.body.toString('utf8'))) : undefined;
  if (!head?.success || head.data.path !== file.path || head.data.sha256 !== file.sha256 || head.data.size !== file.size) throw new TamgaError('backup.damaged');
  const hash = createHash('sha256');
  let at = first.next;
  let seen = 0;
  while (seen < file.size) {
    const segment = await readSegment(handle, at, key);
    if (segment.type !== SEGMENT.data) throw new TamgaError('backup.damaged');
    hash.update(segment.body);
    await sink(segment.body);
    seen += segment.body.length;
    at = segment.next;
  }
  if (seen !== file.size || hash.digest('hex') !== file.sha256) throw new TamgaError('backup.damaged');
}

/** A stored path as directory names under the vault: relative, no "..", nothing a sealed index could escape with. */
function safeSegments(path: string): string[] {
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\') || part.includes('\0'))) throw new TamgaError('backup.damaged');
  return parts;
}
