// A stored row and its journal form, both ways. The journal carries the row exactly as IndexedDB holds it (clear
// columns, blind indexes, sealed payload), so a row replayed into another profile is byte for byte the one written.
import type { JournalEntry, JournalRow, JournalTable, JournalWrite } from '../../shared/ipc/channels/records';
import { SEALED_COLUMN } from './sealed-row';

type StoredRow = Record<string, unknown> & { id: string };

// Chunks keep String.fromCharCode's argument list short; itemTexts payloads can run to megabytes.
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The write that puts `row` (as the middleware is about to store it) into the journal. */
export function putWrite(table: JournalTable, row: Record<string, unknown>): JournalWrite {
  const { id, [SEALED_COLUMN]: sealed, ...rest } = row;
  const columns: JournalRow['columns'] = {};
  for (const [column, value] of Object.entries(rest)) {
    if (typeof value === 'string' || Array.isArray(value)) columns[column] = value as string | string[];
  }
  return { op: 'put', table, id: String(id), row: { columns, sealed: toBase64(sealed as Uint8Array) } };
}

/**
 * The row a journal put stores. Only columns this schema indexes are kept, as the middleware writes them: a column
 * nothing queries has no reason to sit in the clear. `id` and the payload come from the entry, never the columns.
 */
export function storedRow(entry: Extract<JournalEntry, { op: 'put' }>, indexed: ReadonlySet<string>): StoredRow {
  const row: StoredRow = { id: entry.id };
  for (const [column, value] of Object.entries(entry.row.columns)) {
    if (indexed.has(column) && column !== 'id' && column !== SEALED_COLUMN) row[column] = value;
  }
  row[SEALED_COLUMN] = fromBase64(entry.row.sealed);
  return row;
}

/**
 * Names one write well enough to recognise it again in the journal: its payload carries a random IV, so two
 * different writes never share a fingerprint. What the working copy keeps to confirm the journal it was built from.
 */
export async function fingerprint(write: JournalWrite): Promise<string> {
  const text = JSON.stringify([write.op, write.table, write.id, write.op === 'put' ? write.row.sealed : null]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Rough bytes a write takes on the wire, to keep one append well under the transport's message limit. */
export const wireSize = (write: JournalWrite): number => 200 + write.id.length + (write.op === 'put' ? write.row.sealed.length + JSON.stringify(write.row.columns).length : 0);
