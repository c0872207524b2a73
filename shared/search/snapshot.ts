// Snapshot envelope for a search index. The caller encrypts it: the index holds every name in the vault.
// Versioned like every on-disk format (STYLE §2.3): format 1 wraps MiniSearch's own serialisation, and the
// field weights it was built with, because MiniSearch silently misreads an index loaded with other fields.
import { z } from 'zod';

export const SEARCH_SNAPSHOT_FORMAT = 1;

export class SearchSnapshotError extends Error {
  override readonly name = 'SearchSnapshotError';
}

const Envelope = z.object({
  format: z.literal(SEARCH_SNAPSHOT_FORMAT),
  fields: z.record(z.string(), z.number().positive()),
  index: z.object({ serializationVersion: z.number() }).passthrough(),
});

export type SearchSnapshot = z.infer<typeof Envelope>;

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
