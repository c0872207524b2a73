// Defends against: reading or moving record payloads in the IndexedDB files (I6). Follows AES-256-GCM (NIST
// SP 800-38D) with a random 96-bit IV per write and AAD = format, table and record id, so a sealed payload copied
// onto another row or table fails authentication. Sealed layout: [version 1][IV 12][ciphertext + 16-byte tag].
import { TamgaError } from '../../shared/result';

const SEAL_VERSION = 1;
const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const aad = (table: string, id: string): Uint8Array<ArrayBuffer> => encoder.encode(`tamga.record.v${SEAL_VERSION}\u0000${table}\u0000${id}`);

export async function sealRecord(key: CryptoKey, table: string, id: string, record: unknown): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(record));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(table, id) }, key, plain);
  const sealed = new Uint8Array(1 + IV_BYTES + cipher.byteLength);
  sealed[0] = SEAL_VERSION;
  sealed.set(iv, 1);
  sealed.set(new Uint8Array(cipher), 1 + IV_BYTES);
  return sealed;
}

/** Opens a sealed payload or throws records.unreadable; a payload that fails authentication is never parsed. */
export async function openRecord(key: CryptoKey, table: string, id: string, sealed: unknown): Promise<unknown> {
  const unreadable = () => new TamgaError('records.unreadable', { table, id: String(id) });
  // Checked by tag, not instanceof: rows cloned by IndexedDB may come from another realm.
  if (Object.prototype.toString.call(sealed) !== '[object Uint8Array]') throw unreadable();
  if (!(sealed instanceof Uint8Array) || sealed.length < 1 + IV_BYTES + 16 || sealed[0] !== SEAL_VERSION) throw unreadable();
  // Views, not copies: at unlock this runs once per row, and WebCrypto copies its inputs anyway. A row read from
  // IndexedDB is a structured clone, so its buffer is a plain ArrayBuffer, never a shared one.
  const bytes = sealed as Uint8Array<ArrayBuffer>;
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(1, 1 + IV_BYTES), additionalData: aad(table, id) },
      key,
      bytes.subarray(1 + IV_BYTES),
    );
  } catch {
    throw unreadable();
  }
  try {
    return JSON.parse(decoder.decode(new Uint8Array(plain)));
  } catch {
    throw unreadable();
  }
}
