// What every stored record has. Ids are random so they say nothing about content or order (I6 keeps them in the
// clear); timestamps are ISO strings so exports and the clear Dexie columns read the same.
import { z } from 'zod';

export const RecordId = z.string().regex(/^[0-9a-f]{32}$/, 'not a record id');
export type RecordId = z.infer<typeof RecordId>;
export const Timestamp = z.iso.datetime();

export const recordBase = { id: RecordId, createdAt: Timestamp, updatedAt: Timestamp };

/** 128 random bits as hex: unguessable, and no counter that would leak how many records exist. */
export function newRecordId(): RecordId {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** A record as callers hand it to save(): the store fills in the id and timestamps. */
export type Unsaved<T extends { id: string; createdAt: string; updatedAt: string }> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
};

/** Long pasted text (court rulings, transcripts) must fit: 8 M characters is far above a 1 MB paste. */
export const LongText = z.string().max(8_000_000);
export const ShortText = z.string().trim().max(2_000);
