/**
 * Defends against: a record main writes itself (one received in a bundle) reading differently from one the
 *   renderer wrote: another seal, a missing clear column or a blind index the working copy cannot match.
 * Follows: the renderer's row exactly — payload sealed as src-renderer/records/record-seal.ts seals it (AES-256-GCM
 *   under the `records` subkey, [version 1][IV 12][ciphertext ‖ tag 16], AAD "tamga.record.v1\0<table>\0<id>"), blind
 *   indexes as src-renderer/records/blind-index.ts computes them (HMAC-SHA-256 under the `index` subkey over
 *   "<domain>\0<value>", first 16 bytes, base64url), clear columns from shared/records/record-tables.ts.
 * Tests: tests/unit/main/records/record-row.test.ts and tests/component/records/record-row-compat.test.ts.
 */
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import type { JournalRow, JournalTable } from '../../shared/ipc/channels/records';
import { plainColumns, TABLE_SPECS, type TableSpec } from '../../shared/records/record-tables';

const SEAL_VERSION = 1;
const IV_BYTES = 12;
const INDEX_BYTES = 16;

export type RowKeys = { records: Uint8Array; index: Uint8Array };

export function sealRecordPayload(recordsKey: Uint8Array, table: string, id: string, record: unknown): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', recordsKey, iv);
  cipher.setAAD(Buffer.from(`tamga.record.v${SEAL_VERSION}\u0000${table}\u0000${id}`, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(record), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([SEAL_VERSION]), iv, body, cipher.getAuthTag()]);
}

export const blindIndexOf = (indexKey: Uint8Array, domain: string, value: string): string =>
  createHmac('sha256', indexKey).update(`${domain}\u0000${value}`, 'utf8').digest().subarray(0, INDEX_BYTES).toString('base64url');

/** The journal row the renderer would have written for `record`: clear columns, blind indexes, sealed payload. */
export function journalRowOf(keys: RowKeys, table: JournalTable, record: Record<string, unknown> & { id: string }): JournalRow {
  const spec: TableSpec = TABLE_SPECS[table];
  const columns: JournalRow['columns'] = {};
  for (const [column, value] of Object.entries(plainColumns(spec, record))) if (value !== undefined) columns[column] = value;
  for (const [column, { domain, values }] of Object.entries(spec.blind ?? {})) columns[column] = values(record).map((value) => blindIndexOf(keys.index, domain, value));
  return { columns, sealed: sealRecordPayload(keys.records, table, record.id, record).toString('base64') };
}
