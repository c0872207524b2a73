import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../../../../shared/ipc/channels/vault';
import { EvidenceItemStore } from '../../../../src-main/vault/evidence-item-store';
import { tempDir } from './temp-vault';

const key = Buffer.alloc(32, 5);
const record = (id: string, name: string, importedAt: string): ItemRecord => ({
  id, blobId: 'b'.repeat(32), sha256: 'c'.repeat(64), size: 12, originalName: name, importedAt,
});

describe('evidence item store', () => {
  it('writes sealed records that read back in import order, with no name or hash on disk', async () => {
    const store = new EvidenceItemStore(join(tempDir(), 'items'));
    await store.write(record('2'.repeat(32), 'Решение суда.pdf', '2025-02-01T00:00:00.000Z'), key);
    await store.write(record('1'.repeat(32), 'protocol.jpg', '2025-01-01T00:00:00.000Z'), key);
    const { records, unreadable } = await store.readAll(key);
    expect(records.map((r) => r.originalName)).toEqual(['protocol.jpg', 'Решение суда.pdf']);
    expect(unreadable).toEqual([]);
    for (const name of readdirSync(store.root)) {
      const bytes = readFileSync(join(store.root, name));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('TMGI\x01');
      expect(bytes.includes(Buffer.from('protocol')) || bytes.includes(Buffer.from('c'.repeat(64)))).toBe(false);
    }
  });

  it('reports a record renamed to another item id, garbage, another key and another magic as unreadable, by id', async () => {
    const root = join(tempDir(), 'items');
    const store = new EvidenceItemStore(root);
    for (const id of ['a', 'b', 'c', 'd'].map((c) => c.repeat(32))) await store.write(record(id, `${id}.txt`, '2025-01-01T00:00:00.000Z'), key);
    renameSync(join(root, 'a'.repeat(32)), join(root, 'e'.repeat(32)));
    writeFileSync(join(root, 'b'.repeat(32)), 'garbage');
    await new EvidenceItemStore(root).write(record('c'.repeat(32), 'c.txt', '2025-01-01T00:00:00.000Z'), Buffer.alloc(32, 6));
    const magic = readFileSync(join(root, 'd'.repeat(32)));
    magic[4] = 2;
    writeFileSync(join(root, 'd'.repeat(32)), magic);
    writeFileSync(join(root, 'not-an-item-id'), 'ignored');
    const { records, unreadable } = await store.readAll(key);
    expect(records).toEqual([]);
    expect(unreadable.map((u) => u.itemId).sort()).toEqual(['b', 'c', 'd', 'e'].map((c) => c.repeat(32)));
  });

  it('reads an empty or absent folder as no records', async () => {
    expect(await new EvidenceItemStore(join(tempDir(), 'absent')).readAll(key)).toEqual({ records: [], unreadable: [] });
  });
});
