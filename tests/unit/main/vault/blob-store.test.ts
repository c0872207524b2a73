import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, codeOf, openTestVault, readAll, tempDir } from './temp-vault';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pattern = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256));

async function unlocked() {
  const vault = openTestVault();
  await vault.create('pass phrase');
  return vault;
}
const blobPath = (dataDir: string, blobId: string) => join(dataDir, 'vault', 'blobs', blobId.slice(0, 2), blobId.slice(2));

describe('evidence import and blob store', () => {
  it('imports a stream in one pass, recording the SHA-256 and size of the original bytes', async () => {
    const vault = await unlocked();
    const data = pattern(1000);
    const { item, duplicateOf } = await vault.importStream(bytesOf(data.subarray(0, 10), data.subarray(10)), { originalName: 'протокол.pdf' });
    expect(item).toMatchObject({ sha256: sha(data), size: 1000, originalName: 'протокол.pdf' });
    expect(duplicateOf).toBeUndefined();
    expect((await readAll(vault.readItem(item.id))).equals(data)).toBe(true);
  });

  it('refuses a blob file swapped onto another blob\'s name, so no item is served with another\'s bytes', async () => {
    const vault = await unlocked();
    const a = (await vault.importStream(bytesOf('exhibit A: court ruling'), { originalName: 'a.txt' })).item;
    const b = (await vault.importStream(bytesOf('exhibit B: police protocol'), { originalName: 'b.txt' })).item;
    const pathA = blobPath(vault.dataDir, a.blobId);
    const pathB = blobPath(vault.dataDir, b.blobId);
    const [bytesA, bytesB] = [readFileSync(pathA), readFileSync(pathB)];
    writeFileSync(pathA, bytesB);
    writeFileSync(pathB, bytesA);
    expect(await codeOf(() => readAll(vault.readItem(a.id)))).toBe('blob.corrupt');
    expect(await codeOf(() => readAll(vault.readItem(b.id)))).toBe('blob.corrupt');
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.damaged.map((d) => [d.itemId, d.code]).sort()).toEqual([[a.id, 'blob.corrupt'], [b.id, 'blob.corrupt']].sort());
  });

  it('names blobs by random ids, never the plaintext hash, and stores no plaintext', async () => {
    const vault = await unlocked();
    const data = Buffer.from('CANARY-evidence-text '.repeat(20));
    const { item } = await vault.importStream(bytesOf(data), { originalName: 'canary-name.txt' });
    expect(item.blobId).not.toBe(item.sha256.slice(0, 32));
    const stored = readFileSync(blobPath(vault.dataDir, item.blobId));
    expect(stored.subarray(0, 4).toString()).toBe('TMGB');
    expect(stored.includes('CANARY')).toBe(false);
    for (const name of readdirSync(join(vault.dataDir, 'vault', 'items'))) {
      expect(readFileSync(join(vault.dataDir, 'vault', 'items', name)).includes('canary-name')).toBe(false);
    }
  });

  it('imports a file from disk, empty files and exact chunk multiples included', async () => {
    const vault = await unlocked();
    const dir = tempDir();
    for (const size of [0, 64, 128, 129]) {
      const path = join(dir, `f${size}.bin`);
      writeFileSync(path, pattern(size));
      const { item } = await vault.importFile(path);
      expect(item.originalName).toBe(`f${size}.bin`);
      expect((await readAll(vault.readItem(item.id))).equals(pattern(size))).toBe(true);
    }
    expect(await codeOf(() => vault.importFile(join(dir, 'nope')))).toBe('item.sourceUnreadable');
  });

  it('hashes a large file on a worker thread and records the same SHA-256 as a one-shot hash', async () => {
    const vault = await unlocked();
    const data = pattern(17 << 20); // above the 16 MiB worker threshold
    const path = join(tempDir(), 'large.bin');
    writeFileSync(path, data);
    const { item } = await vault.importFile(path);
    expect(item).toMatchObject({ sha256: sha(data), size: data.length });
    expect(sha(await readAll(vault.readItem(item.id)))).toBe(sha(data));
  });

  it('links a file already in the vault to the existing blob and says which item it duplicates', async () => {
    const vault = await unlocked();
    const first = await vault.importStream(bytesOf('same bytes'), { originalName: 'a.txt' });
    const second = await vault.importStream(bytesOf('same ', 'bytes'), { originalName: 'b.txt' });
    expect(second.duplicateOf).toBe(first.item.id);
    expect(second.item.blobId).toBe(first.item.blobId);
    const blobs = readdirSync(join(vault.dataDir, 'vault', 'blobs'), { recursive: true }).filter((p) => String(p).includes('/'));
    expect(blobs).toHaveLength(1);
  });

  it('detects the media type from magic bytes, not the name', async () => {
    const vault = await unlocked();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const { item } = await vault.importStream(bytesOf(png), { originalName: 'photo.txt' });
    expect(item.mediaType).toBe('image/png');
  });

  it('reads any byte range by decrypting only the chunks it needs', async () => {
    const vault = await unlocked();
    const data = pattern(500);
    const { item } = await vault.importStream(bytesOf(data), { originalName: 'r' });
    for (const [start, end] of [[0, 1], [63, 65], [64, 128], [100, 500], [499, 500], [10, 10], [450, undefined]] as const) {
      const got = await readAll(vault.readItem(item.id, end === undefined ? { start } : { start, end }));
      expect(got.equals(data.subarray(start, end))).toBe(true);
    }
    // Damage chunk 0 only: a range in chunk 3 still reads, a range touching chunk 0 fails naming the item.
    const path = blobPath(vault.dataDir, item.blobId);
    const bytes = readFileSync(path);
    bytes[30]! ^= 1;
    writeFileSync(path, bytes);
    expect((await readAll(vault.readItem(item.id, { start: 200, end: 250 }))).equals(data.subarray(200, 250))).toBe(true);
    await expect(readAll(vault.readItem(item.id, { start: 0, end: 5 }))).rejects.toMatchObject({ code: 'blob.corrupt', details: { item: item.id } });
  });

  it('verify names each damaged item: flipped bit, truncation, missing blob', async () => {
    const vault = await unlocked();
    const items = [];
    for (const name of ['ok', 'flipped', 'cut', 'gone']) items.push((await vault.importStream(bytesOf(pattern(300), name), { originalName: name })).item);
    const [, flipped, cut, gone] = items;
    const flippedBytes = readFileSync(blobPath(vault.dataDir, flipped!.blobId));
    flippedBytes[100]! ^= 4;
    writeFileSync(blobPath(vault.dataDir, flipped!.blobId), flippedBytes);
    truncateSync(blobPath(vault.dataDir, cut!.blobId), 24 + 4 * 80); // drop the final chunk exactly
    writeFileSync(blobPath(vault.dataDir, gone!.blobId), Buffer.alloc(0));
    const { rmSync } = await import('node:fs');
    rmSync(blobPath(vault.dataDir, gone!.blobId));
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.itemsChecked).toBe(4);
    expect(report.damaged).toEqual([
      { itemId: flipped!.id, originalName: 'flipped', code: 'blob.corrupt' },
      { itemId: cut!.id, originalName: 'cut', code: 'blob.truncated' },
      { itemId: gone!.id, originalName: 'gone', code: 'blob.missing' },
    ]);
  });

  it('lists items after lock and unlock, and refuses an unknown item id', async () => {
    const vault = await unlocked();
    const { item } = await vault.importStream(bytesOf('x'), { originalName: 'x.txt' });
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect(await vault.listItems()).toEqual([item]);
    expect(await codeOf(() => readAll(vault.readItem('0'.repeat(32))))).toBe('item.missing');
  });

  it('sweeps temp files a crash left behind at unlock', async () => {
    const vault = await unlocked();
    const { item } = await vault.importStream(bytesOf('x'), { originalName: 'x.txt' });
    const orphan = join(vault.dataDir, 'vault', 'blobs', item.blobId.slice(0, 2), '.tmp-abc-123');
    writeFileSync(orphan, 'half a blob');
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect(() => statSync(orphan)).toThrow();
  });
});
