/**
 * Defends against: hostile archives — path traversal, absolute paths, symlinks, duplicate or case-colliding names,
 *   decompression bombs (declared or actual), overlapping entries, too many entries — before any byte is used.
 * Follows: PKWARE APPNOTE 6.3.10 (§4.3.7 local header, §4.3.12 central directory, §4.3.16 end record); no Zip64.
 * Vectors: hand-built archives in tests/unit/main/bundle/hostile-archives.test.ts, generated ones in zip-layout.test.ts,
 *   and tests/fixtures/hostile/bundles/.
 *
 * Nothing is ever extracted: entries are read from the archive file and streamed to the caller (a hash). The
 * central directory is the only index trusted. Each local header (and data descriptor) must agree with it on name,
 * method, CRC-32 and sizes, and the entries must tile the file exactly from byte 0 to the central directory: any
 * prefix, gap or overlap is where a second reading of the archive could hide, so it is refused. The CRC-32 of the
 * bytes themselves is left to the caller (verify-bundle.ts), after the SHA-256 the signed manifest promises.
 */
import type { FileHandle } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { TamgaError } from '../../shared/result';

export type ZipLimits = {
  maxEntries: number;
  /** Largest uncompressed size of one entry, declared or actual. */
  maxEntryBytes: number;
  /** Largest uncompressed : compressed ratio a deflated entry may declare. */
  maxRatio: number;
  maxCentralDirectoryBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 65_535, maxEntryBytes: 0xffff_fffe, maxRatio: 1000, maxCentralDirectoryBytes: 64 << 20 };

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the stored bytes start and end, from the local header the layout check read. */
  dataStart: number;
  dataEnd: number;
  nameBytes: Buffer;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
/** Bit 0 encrypted, bit 3 sizes in a data descriptor, bit 11 UTF-8 name: the bits that change how bytes are read. */
const MEANINGFUL_FLAGS = 0x1 | 0x8 | 0x800;
const READ_BYTES = 1 << 20;
const INFLATE_SLICE = 16 << 10;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  // Unsafe is fine: only the bytesRead prefix is ever returned.
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Reads and checks the whole central directory; throws a TamgaError naming the first hostile entry. */
export async function readCentralDirectory(handle: FileHandle, fileSize: number, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const head = await readAt(handle, 0, 4);
    if (head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE) throw new TamgaError('bundle.truncated', { reason: 'no end-of-archive record' });
    throw new TamgaError('bundle.unreadable', { path: 'archive' });
  }
  const declared = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdOffset = fileSize - tailLength + eocd;
  if (tail.readUInt16LE(eocd + 4) !== 0 || tail.readUInt16LE(eocd + 6) !== 0) throw malformed('split archive');
  if (declared === 0xffff || cdSize === 0xffff_ffff || cdOffset === 0xffff_ffff) throw malformed('Zip64 is not supported');
  if (cdOffset + cdSize > eocdOffset) throw new TamgaError('bundle.truncated', { reason: 'central directory runs past the end' });
  if (cdOffset + cdSize < eocdOffset) throw malformed(`${eocdOffset - cdOffset - cdSize} unlisted bytes before the end record`);
  if (cdSize > limits.maxCentralDirectoryBytes) throw new TamgaError('bundle.tooManyEntries', { count: `>${declared}`, limit: limits.maxEntries });

  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (let p = 0; p < cd.length; count++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw malformed('central directory record');
    const nameLength = cd.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    if (next > cd.length) throw malformed('central directory record');
    // Count every record before judging any, so "too many entries" wins over whatever else a flood contains.
    if (count < limits.maxEntries) entries.push(parseRecord(cd, p, nameLength, limits, seen));
    p = next;
  }
  if (count > limits.maxEntries) throw new TamgaError('bundle.tooManyEntries', { count, limit: limits.maxEntries });
  if (count !== declared) throw malformed(`end record counts ${declared} entries, directory has ${count}`);
  await checkLayout(handle, fileSize, entries, cdOffset);
  return entries;
}

function parseRecord(cd: Buffer, p: number, nameLength: number, limits: ZipLimits, seen: Set<string>): ZipEntry {
  const flags = cd.readUInt16LE(p + 8);
  const method = cd.readUInt16LE(p + 10);
  const compressedSize = cd.readUInt32LE(p + 20);
  const size = cd.readUInt32LE(p + 24);
  const nameBytes = Buffer.from(cd.subarray(p + 46, p + 46 + nameLength));
  const name = decodeName(nameBytes, (flags & 0x800) !== 0);
  checkName(name);
  // Unix (3) and macOS (19) keep the file type in the high half of the external attributes.
  const host = cd.readUInt8(p + 5);
  const type = (cd.readUInt32LE(p + 38) >>> 16) & 0o170000;
  if ((host === 3 || host === 19) && type === 0o120000) throw new TamgaError('bundle.symlink', { entry: name });
  if ((host === 3 || host === 19) && type !== 0 && type !== 0o100000 && type !== 0o040000) throw malformed(`special file "${name}"`);
  // Case-folded: on Windows and macOS two names differing only in case extract over each other.
  const key = name.normalize('NFC').toLowerCase();
  if (seen.has(key)) throw new TamgaError('bundle.duplicateEntry', { entry: name });
  seen.add(key);
  if (flags & 0x1) throw malformed(`encrypted entry "${name}"`);
  if (method !== 0 && method !== 8) throw malformed(`compression method ${method} in "${name}"`);
  if (compressedSize === 0xffff_ffff || size === 0xffff_ffff) throw malformed('Zip64 is not supported');
  if (size > limits.maxEntryBytes) throw new TamgaError('bundle.entryTooLarge', { entry: name, limit: limits.maxEntryBytes });
  if (method === 0 && size !== compressedSize) throw malformed(`stored entry "${name}" has two sizes`);
  if (method === 8 && size > limits.maxRatio * Math.max(compressedSize, 1)) throw new TamgaError('bundle.bomb', { entry: name });
  const crc = cd.readUInt32LE(p + 16);
  return { name, method, flags, crc, compressedSize, size, localOffset: cd.readUInt32LE(p + 42), dataStart: 0, dataEnd: 0, nameBytes };
}

function decodeName(bytes: Buffer, isUtf8: boolean): string {
  if (!isUtf8) return bytes.toString('latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TamgaError('bundle.unsafeName', { entry: bytes.toString('latin1') });
  }
}

function checkName(name: string): void {
  const segments = name.split(/[/\\]/);
  if (segments.includes('..')) throw new TamgaError('bundle.pathTraversal', { entry: name });
  if (/^([/\\]|[A-Za-z]:)/.test(name)) throw new TamgaError('bundle.absolutePath', { entry: name });
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must refuse
  if (name.length === 0 || /[\u0000-\u001f\u007f\\:]/.test(name) || segments.slice(0, -1).some((s) => s === '' || s === '.')) {
    throw new TamgaError('bundle.unsafeName', { entry: name });
  }
}

/**
 * Reads every local header (and data descriptor) and holds it to its central record, then checks that the entries
 * tile the file: the first at byte 0, each next one where the previous ends, the central directory right after the
 * last. Entries sharing bytes (the overlapping-file bomb), bytes before the first entry and unlisted gaps are refused.
 */
async function checkLayout(handle: FileHandle, fileSize: number, entries: ZipEntry[], cdOffset: number): Promise<void> {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  let previous: ZipEntry | undefined;
  for (const entry of byOffset) {
    if (entry.localOffset < expected) throw malformed(previous ? `"${entry.name}" overlaps "${previous.name}"` : `"${entry.name}" overlaps`);
    if (entry.localOffset > expected) {
      const gap = entry.localOffset - expected;
      throw malformed(previous ? `${gap} unlisted bytes between "${previous.name}" and "${entry.name}"` : `${gap} bytes of other data before the first entry "${entry.name}"`);
    }
    expected = await readLocalHeader(handle, fileSize, entry, cdOffset);
    previous = entry;
  }
  if (expected > cdOffset) throw malformed(`"${previous!.name}" overlaps the central directory`);
  if (expected < cdOffset) throw malformed(previous ? `${cdOffset - expected} unlisted bytes after "${previous.name}"` : `${cdOffset} bytes of other data and no entries`);
}

/** Checks one local header against the central record; fills in where the data lies and returns where the entry ends. */
async function readLocalHeader(handle: FileHandle, fileSize: number, entry: ZipEntry, cdOffset: number): Promise<number> {
  const cutOff = () => new TamgaError('bundle.truncated', { reason: `"${entry.name}" is cut off` });
  const differs = (what: string) => malformed(`local header of "${entry.name}" differs from the central directory (${what})`);
  const local = await readAt(handle, entry.localOffset, 30 + entry.nameBytes.length);
  if (local.length < 30) throw cutOff();
  if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw malformed(`no local header for "${entry.name}"`);
  const nameLength = local.readUInt16LE(26);
  if (nameLength !== entry.nameBytes.length || !local.subarray(30).equals(entry.nameBytes)) throw differs('name');
  const flags = local.readUInt16LE(6);
  if ((flags & MEANINGFUL_FLAGS) !== (entry.flags & MEANINGFUL_FLAGS)) throw differs('flags');
  if (local.readUInt16LE(8) !== entry.method) throw differs('compression method');
  const fields = { crc: local.readUInt32LE(14), compressedSize: local.readUInt32LE(18), size: local.readUInt32LE(22) };
  // With a data descriptor the local fields may be zero (APPNOTE §4.4.4); whatever is there must still agree.
  const hasDescriptor = (entry.flags & 0x8) !== 0;
  for (const [what, value] of Object.entries(fields) as Array<[keyof typeof fields, number]>) {
    if (value !== entry[what] && !(hasDescriptor && value === 0)) throw differs(what === 'crc' ? 'CRC-32' : what === 'size' ? 'size' : 'compressed size');
  }
  entry.dataStart = entry.localOffset + 30 + nameLength + local.readUInt16LE(28);
  entry.dataEnd = entry.dataStart + entry.compressedSize;
  if (entry.dataEnd > fileSize) throw cutOff();
  if (entry.dataEnd > cdOffset) throw malformed(`"${entry.name}" overlaps the central directory`);
  return hasDescriptor ? entry.dataEnd + (await readDescriptor(handle, entry)) : entry.dataEnd;
}

/** A data descriptor is 12 bytes, or 16 with its optional signature; either way it must repeat the central values. */
async function readDescriptor(handle: FileHandle, entry: ZipEntry): Promise<number> {
  const bytes = await readAt(handle, entry.dataEnd, 16);
  const matches = (at: number) =>
    bytes.length >= at + 12 && bytes.readUInt32LE(at) === entry.crc && bytes.readUInt32LE(at + 4) === entry.compressedSize && bytes.readUInt32LE(at + 8) === entry.size;
  if (bytes.length >= 16 && bytes.readUInt32LE(0) === DESCRIPTOR_SIGNATURE && matches(4)) return 16;
  if (matches(0)) return 12;
  if (bytes.length < 12) throw new TamgaError('bundle.truncated', { reason: `"${entry.name}" is cut off` });
  throw malformed(`data descriptor of "${entry.name}" differs from the central directory`);
}

/**
 * The entry's uncompressed bytes, streamed. Deflated output is counted as it comes: past the declared size it stops
 * with bundle.bomb, so a lying header cannot make it expand without bound.
 */
export async function* readEntry(handle: FileHandle, entry: ZipEntry, fileSize: number): AsyncGenerator<Uint8Array> {
  // readCentralDirectory has already read and checked the local header and placed the data.
  const start = entry.dataStart;
  const end = entry.dataEnd;
  if (end > fileSize) throw new TamgaError('bundle.truncated', { reason: `"${entry.name}" is cut off` });

  const inflated: Uint8Array[] = [];
  let produced = 0;
  const inflate = entry.method === 8 ? new Inflate((chunk) => inflated.push(chunk)) : undefined;
  for await (const buffer of rawChunks(handle, start, end, entry.name)) {
    if (!inflate) {
      yield buffer;
      continue;
    }
    // Small slices: one push can expand ~1000-fold, so 16 KiB in means at most ~16 MiB out before it is counted.
    for (let i = 0; i < buffer.length; i += INFLATE_SLICE) {
      try {
        inflate.push(buffer.subarray(i, i + INFLATE_SLICE), buffer.isLast && i + INFLATE_SLICE >= buffer.length);
      } catch {
        throw malformed(`"${entry.name}" does not inflate`);
      }
      for (const chunk of inflated.splice(0)) {
        produced += chunk.length;
        if (produced > entry.size) throw new TamgaError('bundle.bomb', { entry: entry.name });
        yield chunk;
      }
    }
  }
  if (inflate && produced !== entry.size) throw malformed(`"${entry.name}" inflates to ${produced} bytes, not ${entry.size}`);
}

/** Reads ahead by one buffer, so the disk is busy while the caller hashes the previous one. */
async function* rawChunks(handle: FileHandle, start: number, end: number, name: string): AsyncGenerator<Buffer & { isLast: boolean }> {
  const next = (position: number) => {
    const read = readAt(handle, position, Math.min(READ_BYTES, end - position));
    read.catch(() => undefined); // a read-ahead the caller abandons (it stopped early) must not become an unhandled rejection
    return read;
  };
  let position = start;
  let pending = position < end ? next(position) : undefined;
  while (pending) {
    const buffer = await pending;
    if (buffer.length === 0) throw new TamgaError('bundle.truncated', { reason: `"${name}" is cut off` });
    position += buffer.length;
    pending = position < end ? next(position) : undefined;
    yield Object.assign(buffer, { isLast: pending === undefined });
  }
}

const malformed = (reason: string) => new TamgaError('bundle.malformed', { reason });
