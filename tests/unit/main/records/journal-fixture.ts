import { createCipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalWrite } from '../../../../shared/ipc/channels/records';
import { openPassphraseSlot } from '../../../../src-main/vault/key-slots';
import { parseVaultHeader } from '../../../../src-main/vault/vault-header';
import { deriveSubkey } from '../../../../src-main/vault/vault-keys';

/** Seals a record exactly as the renderer's record-seal.ts does, with the vault's own `records` key. */
export function sealLikeTheRenderer(recordsKey: Uint8Array, table: string, id: string, record: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', recordsKey, iv).setAAD(Buffer.from(`tamga.record.v1\u0000${table}\u0000${id}`));
  const body = Buffer.concat([cipher.update(JSON.stringify(record)), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([Buffer.from([1]), iv, body]).toString('base64');
}

/** The foreign ids the renderer indexes, and so keeps in the clear beside the sealed payload (database.ts). */
function foreignIds(record: Record<string, unknown>): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const name of ['caseId', 'personId', 'eventId', 'sourceId', 'itemId']) if (typeof record[name] === 'string') columns[name] = record[name] as string;
  return columns;
}

/** A `put` the way the renderer sends it, for a vault made with the tests' tiny KDF. */
export async function rendererWrites(dataDir: string, passphrase: string) {
  const header = parseVaultHeader(readFileSync(join(dataDir, 'vault', 'vault.json')), { memoryKiB: 8, iterations: 1, parallelism: 1 });
  const recordsKey = deriveSubkey(await openPassphraseSlot(header, passphrase), 'records');
  return (table: JournalWrite['table'], id: string, record: Record<string, unknown>): JournalWrite => ({
    op: 'put',
    table,
    id,
    row: { columns: { kind: table, updatedAt: '2025-01-01T00:00:00.000Z', ...foreignIds(record) }, sealed: sealLikeTheRenderer(recordsKey, table, id, { id, ...record }) },
  });
}
