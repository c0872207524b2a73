/**
 * Takes a zip apart into its records and lays it out again, so tests can forge what a hostile archive would hold:
 * a local header that disagrees with the central directory, bytes before the first entry, gaps, shared bytes.
 * No vitest imports: tests/fixtures/hostile/make-hostile-bundles.ts uses this too.
 */
export type ZipPart = {
  name: string;
  /** Local header with its name and extra field. */
  local: Buffer;
  data: Buffer;
  /** Data descriptor (empty when the entry has none). */
  descriptor: Buffer;
  /** Central directory record with its name, extra field and comment. */
  central: Buffer;
};

export type ZipParts = { parts: ZipPart[]; end: Buffer };

/** Reads a well-formed zip (no Zip64, no comment) into parts, in central-directory order. */
export function splitZip(zip: Uint8Array): ZipParts {
  const bytes = Buffer.from(zip);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(p + 28);
    const centralLength = 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const central = Buffer.from(bytes.subarray(p, p + centralLength));
    const offset = central.readUInt32LE(42);
    const dataStart = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const dataEnd = dataStart + central.readUInt32LE(20);
    let descriptorLength = 0;
    if (central.readUInt16LE(8) & 0x8) descriptorLength = bytes.readUInt32LE(dataEnd) === 0x08074b50 ? 16 : 12;
    parts.push({
      name: central.subarray(46, 46 + nameLength).toString('utf8'),
      local: Buffer.from(bytes.subarray(offset, dataStart)),
      data: Buffer.from(bytes.subarray(dataStart, dataEnd)),
      descriptor: Buffer.from(bytes.subarray(dataEnd, dataEnd + descriptorLength)),
      central,
    });
    p += centralLength;
  }
  return { parts, end: Buffer.from(bytes.subarray(eocd, eocd + 22)) };
}

export type Layout = {
  /** Bytes written before the first entry (a self-extractor stub, or a hidden second archive). */
  prefix?: Buffer;
  /** Bytes written after the entry at that index, before the next one. */
  gaps?: ReadonlyMap<number, Buffer>;
  /** Central records point here instead of where the entry was written: index → index of the entry to share. */
  pointAt?: ReadonlyMap<number, number>;
};

/** Writes the parts back out with every offset recomputed, so the only flaw is the one the test put there. */
export function joinZip({ parts, end }: ZipParts, layout: Layout = {}): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  const push = (bytes: Buffer) => {
    out.push(bytes);
    at += bytes.length;
  };
  if (layout.prefix) push(layout.prefix);
  const offsets: number[] = [];
  parts.forEach((part, i) => {
    offsets.push(at);
    push(part.local);
    push(part.data);
    push(part.descriptor);
    const gap = layout.gaps?.get(i);
    if (gap) push(gap);
  });
  const cdOffset = at;
  parts.forEach((part, i) => {
    const central = Buffer.from(part.central);
    central.writeUInt32LE(offsets[layout.pointAt?.get(i) ?? i]!, 42);
    push(central);
  });
  const eocd = Buffer.from(end);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(at - cdOffset, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  push(eocd);
  return Buffer.concat(out);
}

/** Local header fields by offset (APPNOTE §4.3.7). */
export const LOCAL = { flags: 6, method: 8, crc: 14, compressedSize: 18, size: 22 } as const;
