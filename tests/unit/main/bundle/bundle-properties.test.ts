import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyBundle, writeBundle } from '../../../../src-main/bundle';
import { bytesOf, openTestVault, tempDir } from '../vault/temp-vault';
import { entriesOf, text } from './bundle-fixture';

/** Offset of an entry's stored bytes, read from the central directory and local header as any unzip would. */
function dataOffset(zip: Buffer, name: string): number {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (;;) {
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.subarray(p + 46, p + 46 + nameLength).toString('utf8') === name) {
      const local = zip.readUInt32LE(p + 42);
      return local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
}

const exhibit = fc.record({ name: fc.string({ minLength: 0, maxLength: 40 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 2000 }) });

describe('bundle properties', () => {
  it('any set of files exports to a bundle that verifies, and any flipped byte in an exhibit names exactly that file', async () => {
    const vault = openTestVault();
    await vault.create('property passphrase');
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(exhibit, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (files, pick, at, mask) => {
        const itemIds: string[] = [];
        for (const file of files) itemIds.push((await vault.importStream(bytesOf(file.bytes), { originalName: file.name })).item.id);
        const out = join(dir, `bundle-${run++}.zip`);
        await writeBundle(vault, { itemIds, out });
        expect((await verifyBundle(out)).problems).toEqual([]);

        const manifest = JSON.parse(text(entriesOf(out)['manifest.json']));
        const target: string = manifest.files[pick % files.length].path;
        const zip = readFileSync(out);
        const offset = dataOffset(zip, target) + (at % files[pick % files.length]!.bytes.length);
        zip[offset]! ^= mask;
        writeFileSync(out, zip);
        expect((await verifyBundle(out)).problems).toEqual([{ code: 'bundle.fileAltered', details: { path: target, reason: 'SHA-256 differs' } }]);
      }),
      { numRuns: 25 },
    );
  }, 30_000);
});
