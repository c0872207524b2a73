/**
 * Opens a record payload the renderer sealed (src-renderer/records/record-seal.ts), so main can name the fields an
 * edit changed and the command line can read cases. Layout: [version 1][IV 12][ciphertext ‖ tag 16], AES-256-GCM
 * under the `records` subkey, AAD "tamga.record.v1\0<table>\0<id>".
 */
import { createDecipheriv } from 'node:crypto';
import { TamgaError } from '../../shared/result';

const SEAL_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function openRecordPayload(recordsKey: Uint8Array, table: string, id: string, sealedBase64: string): Record<string, unknown> {
  const sealed = Buffer.from(sealedBase64, 'base64');
  const unreadable = () => new TamgaError('records.unreadable', { table, id });
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== SEAL_VERSION) throw unreadable();
  try {
    const decipher = createDecipheriv('aes-256-gcm', recordsKey, sealed.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(`tamga.record.v${SEAL_VERSION}\u0000${table}\u0000${id}`, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
    const record = JSON.parse(plain.toString('utf8')) as unknown;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw unreadable();
    return record as Record<string, unknown>;
  } catch {
    throw unreadable();
  }
}

/** Bookkeeping every save touches; listing it as "changed" would hide what the person actually edited. */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'id']);

/** Top-level fields whose value differs between two versions of a record, sorted; all of them for a new record. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...names].filter((name) => !BOOKKEEPING.has(name) && JSON.stringify(before?.[name]) !== JSON.stringify(after[name])).sort();
}
