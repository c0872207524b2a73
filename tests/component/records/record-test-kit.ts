// Real WebCrypto keys and a fresh database name per test, so tests never share IndexedDB state.
import Dexie from 'dexie';
import type { RecordKeys } from '../../../src-renderer/platform/record-keys';

export async function makeRecordKeys(): Promise<RecordKeys> {
  const [records, index] = await Promise.all([
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
  ]);
  return { records, index };
}

let counter = 0;
export const uniqueDatabaseName = (label: string): string => `tamga-test-${label}-${Date.now()}-${++counter}`;

/** The database as an attacker with the files sees it: no middleware, no keys. */
export async function readRawRows(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of raw.tables) out[table.name] = await table.toArray();
  raw.close();
  return out;
}

export async function withRawTable<T>(name: string, table: string, work: (t: Dexie.Table) => Promise<T>): Promise<T> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await work(raw.table(table));
  } finally {
    raw.close();
  }
}
