import type { RendererKeys } from '../../shared/ipc/channels/vault';

/** The renderer's keys for its records (I6), held only as non-extractable WebCrypto keys. */
export type RecordKeys = { records: CryptoKey; index: CryptoKey };

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function importRecordKeys(keys: RendererKeys): Promise<RecordKeys> {
  const recordsBytes = fromBase64(keys.records);
  const indexBytes = fromBase64(keys.index);
  try {
    const [records, index] = await Promise.all([
      crypto.subtle.importKey('raw', recordsBytes, 'AES-GCM', false, ['encrypt', 'decrypt']),
      crypto.subtle.importKey('raw', indexBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
    ]);
    return { records, index };
  } finally {
    // Raw key bytes live only as long as the import takes.
    recordsBytes.fill(0);
    indexBytes.fill(0);
  }
}
