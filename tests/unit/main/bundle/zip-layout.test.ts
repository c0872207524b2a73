import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCentralDirectory, readEntry } from '../../../../src-main/bundle/zip-reader';
import { tempDir } from '../vault/temp-vault';
import { joinZip, LOCAL, splitZip, type Layout, type ZipParts } from './zip-surgery';

type Spec = { bytes: Uint8Array; deflate: boolean; streamed: boolean };

/** Streamed entries get data descriptors (flag bit 3, zeros in the local header), as Tamga's own writer makes them. */
function build(specs: Spec[]): ZipParts {
  const parts = specs.map((spec, i) => {
    const name = `files/${i}/entry-${i}.bin`;
    if (!spec.streamed) return splitZip(zipSync({ [name]: [spec.bytes, { level: spec.deflate ? 6 : 0 }] } as Zippable)).parts[0]!;
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const entry = spec.deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(spec.bytes, true);
    zip.end();
    return splitZip(Buffer.concat(chunks)).parts[0]!;
  });
  return { parts, end: splitZip(zipSync({})).end };
}

async function read(zip: Buffer): Promise<Map<string, Buffer>> {
  const path = join(tempDir(), 'archive.zip');
  writeFileSync(path, zip);
  const handle = await open(path, 'r');
  try {
    const entries = await readCentralDirectory(handle, zip.length);
    const out = new Map<string, Buffer>();
    for (const entry of entries) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of readEntry(handle, entry, zip.length)) chunks.push(chunk);
      out.set(entry.name, Buffer.concat(chunks));
    }
    return out;
  } finally {
    await handle.close();
  }
}

async function refusal(zip: Buffer): Promise<{ code: string; reason: string }> {
  try {
    await read(zip);
  } catch (error) {
    const { code, details } = error as { code: string; details?: { reason?: string } };
    return { code, reason: details?.reason ?? '' };
  }
  throw new Error('the archive was accepted');
}

const spec = fc.record({ bytes: fc.uint8Array({ minLength: 0, maxLength: 300 }), deflate: fc.boolean(), streamed: fc.boolean() });
const flaw = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), at: fc.nat(), field: fc.constantFrom('crc', 'compressedSize', 'size', 'method'), by: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('descriptor' as const), at: fc.nat(), by: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ kind: fc.constant('prefix' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('gap' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('overlap' as const), at: fc.nat(), to: fc.nat() }),
);

type Flaw = typeof flaw extends fc.Arbitrary<infer F> ? F : never;

/** Applies one flaw; answers the names the refusal must mention (any one of them), or undefined if it does not apply. */
function applyFlaw(archive: ZipParts, f: Flaw): { zip: Buffer; names: string[] } | undefined {
  const { parts } = archive;
  const layout: Layout = {};
  const pick = (at: number) => at % parts.length;
  switch (f.kind) {
    case 'field': {
      const part = parts[pick(f.at)]!;
      const offset = LOCAL[f.field as keyof typeof LOCAL];
      if (f.field === 'method') part.local.writeUInt16LE(part.local.readUInt16LE(offset) === 0 ? 8 : 0, offset);
      // With a descriptor a zero local field is allowed, so the forged value is made non-zero.
      else part.local.writeUInt32LE(((part.central.readUInt32LE(offset + 2) + f.by) >>> 0) || 1, offset);
      return { zip: joinZip(archive, layout), names: [part.name] };
    }
    case 'descriptor': {
      const part = parts[pick(f.at)]!;
      if (part.descriptor.length === 0) return undefined;
      const crcAt = part.descriptor.length === 16 ? 4 : 0;
      part.descriptor.writeUInt32LE((part.descriptor.readUInt32LE(crcAt) + f.by) >>> 0, crcAt);
      return { zip: joinZip(archive, layout), names: [part.name] };
    }
    case 'prefix':
      return { zip: joinZip(archive, { prefix: Buffer.from(f.bytes) }), names: [parts[0]!.name] };
    case 'gap': {
      const i = pick(f.at);
      return { zip: joinZip(archive, { gaps: new Map([[i, Buffer.from(f.bytes)]]) }), names: [parts[i]!.name] };
    }
    case 'overlap': {
      const i = pick(f.at);
      const j = pick(f.to);
      if (i === j) return undefined;
      // Entry i's own bytes are now unlisted too, so the first flaw met may be the gap they leave before a third entry.
      return { zip: joinZip(archive, { pointAt: new Map([[i, j]]) }), names: parts.map((part) => part.name) };
    }
  }
}

describe('local headers and layout agree with the central directory', () => {
  it('any archive of stored, deflated and streamed entries reads back byte for byte; any one flaw is refused naming an entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 5 }), flaw, async (specs, f) => {
        const whole = await read(joinZip(build(specs)));
        specs.forEach((s, i) => expect(whole.get(`files/${i}/entry-${i}.bin`)).toEqual(Buffer.from(s.bytes)));

        const flawed = applyFlaw(build(specs), f);
        fc.pre(flawed !== undefined);
        const refused = await refusal(flawed!.zip);
        expect(refused.code).toBe('bundle.malformed');
        expect(flawed!.names.some((name) => refused.reason.includes(`"${name}"`)), refused.reason).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('names each kind of disagreement', async () => {
    const specs: Spec[] = [
      { bytes: Buffer.from('first'), deflate: false, streamed: false },
      { bytes: Buffer.from('second'), deflate: false, streamed: true },
    ];
    const crc = build(specs);
    crc.parts[0]!.local.writeUInt32LE(0xdeadbeef, LOCAL.crc);
    expect(await refusal(joinZip(crc))).toEqual({ code: 'bundle.malformed', reason: 'local header of "files/0/entry-0.bin" differs from the central directory (CRC-32)' });

    const size = build(specs);
    size.parts[0]!.local.writeUInt32LE(99, LOCAL.size);
    expect((await refusal(joinZip(size))).reason).toBe('local header of "files/0/entry-0.bin" differs from the central directory (size)');

    const method = build(specs);
    method.parts[1]!.local.writeUInt16LE(8, LOCAL.method);
    expect((await refusal(joinZip(method))).reason).toBe('local header of "files/1/entry-1.bin" differs from the central directory (compression method)');

    const descriptor = build(specs);
    descriptor.parts[1]!.descriptor.writeUInt32LE(7, 8);
    expect((await refusal(joinZip(descriptor))).reason).toBe('data descriptor of "files/1/entry-1.bin" differs from the central directory');

    expect((await refusal(joinZip(build(specs), { prefix: Buffer.from('MZ stub') }))).reason).toBe('7 bytes of other data before the first entry "files/0/entry-0.bin"');
    expect((await refusal(joinZip(build(specs), { gaps: new Map([[0, Buffer.alloc(5)]]) }))).reason).toBe('5 unlisted bytes between "files/0/entry-0.bin" and "files/1/entry-1.bin"');
    expect((await refusal(joinZip(build(specs), { gaps: new Map([[1, Buffer.alloc(3)]]) }))).reason).toBe('3 unlisted bytes after "files/1/entry-1.bin"');
    expect((await refusal(joinZip(build(specs), { pointAt: new Map([[1, 0]]) }))).reason).toBe('"files/1/entry-1.bin" overlaps "files/0/entry-0.bin"');
  });
});
