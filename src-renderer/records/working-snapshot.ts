// Defends against: reading the decrypted working set from the IndexedDB files, or passing off an edited, truncated
// or relabelled snapshot as fresh (I6). Follows AES-256-GCM (NIST SP 800-38D) with the records key, a random 96-bit
// IV per write and AAD naming the snapshot and its format version. Tested in working-snapshot.test.ts.
//
// Sealed layout: [format 1][IV 12][ciphertext + 16-byte tag]; the plaintext is JSON (SnapshotBody). Each table's
// entry is the result of opening its rows as table-load.ts does, filed under the digest of those raw rows, so the
// snapshot is only ever a cache: a table whose rows no longer hash to that digest is opened row by row instead.
import type { ModelTable, RecordOf } from './record-model';

export const SNAPSHOT_FORMAT = 1;
/** The one row the snapshots table holds per database (a database is one vault). */
export const SNAPSHOT_ID = 'working-set';

const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const aad = (): Uint8Array<ArrayBuffer> => encoder.encode(`tamga.records-snapshot.v${SNAPSHOT_FORMAT}\u0000${SNAPSHOT_ID}`);

/** One table as it opened: its records, the ids of rows that failed (in key order), and the raw rows' digest. */
export type TableSnapshot<T extends ModelTable = ModelTable> = { digest: string; records: RecordOf<T>[]; damaged: string[] };
export type SnapshotBody = { format: typeof SNAPSHOT_FORMAT; tables: { [T in ModelTable]?: TableSnapshot<T> } };

export async function sealSnapshot(key: CryptoKey, body: SnapshotBody): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(body));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad() }, key, plain);
  const sealed = new Uint8Array(1 + IV_BYTES + cipher.byteLength);
  sealed[0] = SNAPSHOT_FORMAT;
  sealed.set(iv, 1);
  sealed.set(new Uint8Array(cipher), 1 + IV_BYTES);
  return sealed;
}

const isTableSnapshot = (value: unknown): value is TableSnapshot => {
  const t = value as Partial<TableSnapshot> | null;
  return (
    typeof t === 'object' && t !== null && typeof t.digest === 'string' && Array.isArray(t.records) && Array.isArray(t.damaged) &&
    t.damaged.every((id) => typeof id === 'string')
  );
};

/**
 * Opens a sealed snapshot, or returns undefined for anything that is not a readable snapshot of this format: the
 * caller then opens every table row by row, so a bad snapshot costs time, never records.
 */
export async function openSnapshot(key: CryptoKey, sealed: unknown): Promise<SnapshotBody | undefined> {
  if (Object.prototype.toString.call(sealed) !== '[object Uint8Array]') return undefined;
  const bytes = sealed as Uint8Array<ArrayBuffer>;
  if (bytes.length < 1 + IV_BYTES + 16 || bytes[0] !== SNAPSHOT_FORMAT) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(1, 1 + IV_BYTES), additionalData: aad() },
      key,
      bytes.subarray(1 + IV_BYTES),
    );
    const body = JSON.parse(decoder.decode(new Uint8Array(plain))) as Partial<SnapshotBody> | null;
    if (body?.format !== SNAPSHOT_FORMAT || typeof body.tables !== 'object' || body.tables === null) return undefined;
    // Authenticated, so written by us; the shape check only guards against our own older or buggy writers.
    if (!Object.values(body.tables).every(isTableSnapshot)) return undefined;
    return body as SnapshotBody;
  } catch {
    return undefined;
  }
}
