/**
 * Defends against: filenames, hashes and sizes of evidence being readable on a seized disk, and record swapping.
 * Follows: "TMGI" ‖ version(1) ‖ aes-gcm-box under the `items` subkey, AAD binding the item id (file name).
 * Vectors: tests/fixtures/vault-v1/vault/items/ (frozen v1 records) and tests/unit/main/vault/evidence-item-store.test.ts.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EvidenceItemRecord, type ItemRecord } from '../../shared/ipc/channels/vault';
import { writeFileAtomic, sweepTempFiles } from '../fs/atomic-file';
import { openBox, sealBox, utf8 } from './aes-gcm-box';

const MAGIC = Buffer.from('TMGI\x01', 'latin1');
const aadFor = (itemId: string) => utf8(`tamga item v1 ${itemId}`);

export type UnreadableRecord = { itemId: string };

/** Main's own list of evidence items, one sealed file each, so the CLI can list and verify without the renderer. */
export class EvidenceItemStore {
  constructor(readonly root: string) {}

  async write(record: ItemRecord, itemsKey: Uint8Array): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const sealed = sealBox(itemsKey, utf8(JSON.stringify(record)), aadFor(record.id));
    await writeFileAtomic(join(this.root, record.id), Buffer.concat([MAGIC, sealed]));
  }

  /** Every record; ones that fail to open are returned separately so verify can name them. */
  async readAll(itemsKey: Uint8Array): Promise<{ records: ItemRecord[]; unreadable: UnreadableRecord[] }> {
    const records: ItemRecord[] = [];
    const unreadable: UnreadableRecord[] = [];
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const name of names) {
      if (!/^[0-9a-f]{32}$/.test(name)) continue;
      const record = openRecord(await readFile(join(this.root, name)), name, itemsKey);
      if (record) records.push(record);
      else unreadable.push({ itemId: name });
    }
    records.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
    return { records, unreadable };
  }

  sweepTempFiles(): Promise<number> {
    return sweepTempFiles(this.root);
  }
}

function openRecord(bytes: Buffer, itemId: string, itemsKey: Uint8Array): ItemRecord | undefined {
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const plaintext = openBox(itemsKey, bytes.subarray(MAGIC.length), aadFor(itemId));
  if (!plaintext) return undefined;
  try {
    const parsed = EvidenceItemRecord.safeParse(JSON.parse(plaintext.toString('utf8')));
    return parsed.success && parsed.data.id === itemId ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
