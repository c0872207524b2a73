// Snapshot envelope for a search index. The caller encrypts it: the index holds every name in the vault.
// Versioned like every on-disk format (STYLE §2.3). Format 2 holds our own term index (format 1 wrapped
// MiniSearch's serialisation and is no longer read: rebuild from the records instead), and the field weights it
// was built with, because an index loaded with other fields would score the wrong ones.
import { z } from 'zod';
import type { TermIndexData } from './term-index';

export const SEARCH_SNAPSHOT_FORMAT = 2;

export class SearchSnapshotError extends Error {
  override readonly name = 'SearchSnapshotError';
}

const count = z.number().int().nonnegative();

const Envelope = z.object({
  format: z.literal(SEARCH_SNAPSHOT_FORMAT),
  fields: z.record(z.string(), z.number().positive()),
  index: z.object({
    fieldCount: count,
    documents: z.array(z.tuple([z.string(), count, z.number().nonnegative(), z.array(z.number().int().min(-1))])),
    averages: z.array(z.number()),
    terms: z.array(z.string().min(1)),
    postings: z.array(z.array(z.tuple([count, z.array(count), z.array(z.number().int().positive())]))),
  }),
});

export type SearchSnapshot = { format: number; fields: Record<string, number>; index: TermIndexData };

export function readSnapshot(json: string): SearchSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new SearchSnapshotError('search snapshot is not JSON');
  }
  const result = Envelope.safeParse(parsed);
  if (!result.success) throw new SearchSnapshotError(`search snapshot is not format ${SEARCH_SNAPSHOT_FORMAT}`);
  return result.data;
}
