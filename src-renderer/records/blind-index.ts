// Defends against: equality lookups on sensitive values (a person's name, a tag) leaking the value to anyone who
// copies the IndexedDB files. Follows the blind-index pattern: HMAC-SHA-256 under the `index` subkey over a
// normalised value. Equal inputs still give equal outputs, so the index reveals which rows share a value, never what it is.
import { searchKey } from '../../shared/text';

const encoder = new TextEncoder();
// 128 bits keeps collisions out of reach for any vault size while halving what each row stores.
const INDEX_BYTES = 16;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The blind index of one value. `domain` separates uses (a tag id and a name that happen to be equal must not
 * index equal). The value is hashed exactly as given; callers normalise first (see nameIndexValue).
 */
export async function blindIndex(key: CryptoKey, domain: string, value: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${domain}\u0000${value}`));
  return toBase64Url(new Uint8Array(mac, 0, INDEX_BYTES));
}

/** Folds a name so Ильяшев, Ilyashev and Il'yashev land on one index entry. */
export const nameIndexValue = (name: string): string => searchKey(name);
