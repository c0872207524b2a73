// Which parts of each record may sit in the clear (I6): the record kind, timestamps, foreign ids and blind
// indexes, derived from the record itself. Everything else exists only inside the sealed payload.
import { searchKey } from '../text';

type AnyRecord = Record<string, unknown>;

export type BlindColumn = { domain: string; values: (record: AnyRecord) => string[] };
export type TableSpec = {
  kind: (record: AnyRecord) => string;
  blind?: Record<string, BlindColumn>;
};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const tombstoneOr = (kind: string) => (r: AnyRecord) => (r.mergedInto ? `${kind}-tombstone` : kind);

/** Clear columns any record may carry; each is written only when the table's current schema indexes it. */
export const PLAIN_COLUMNS = ['createdAt', 'updatedAt', 'caseId', 'personId', 'eventId', 'sourceId', 'mergedInto', 'itemId'] as const;

export const TABLE_SPECS = {
  cases: {
    kind: tombstoneOr('case'),
    blind: { tagIndex: { domain: 'case.tag', values: (r) => (Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : []) } },
  },
  events: { kind: () => 'event' },
  people: {
    kind: tombstoneOr('person'),
    blind: { nameIndex: { domain: 'person.name', values: (r) => personNameKeys(r) } },
  },
  casePeople: { kind: () => 'case-person' },
  notes: { kind: () => 'note' },
  sources: { kind: () => 'source' },
  claims: { kind: () => 'claim' },
  proceedings: { kind: () => 'proceeding' },
  drafts: { kind: () => 'draft' },
  custodyRefs: { kind: () => 'custody-ref' },
  caseItems: { kind: () => 'case-item' },
  itemTexts: { kind: () => 'item-text' },
  excerpts: { kind: () => 'excerpt' },
  reportProjects: { kind: () => 'report-project' },
  // Written and read raw, already sealed (working-snapshot.ts); the spec only keeps the middleware's rule that no
  // table passes through unsealed, so a stray Dexie read of it fails as records.unreadable instead of leaking.
  snapshots: { kind: () => 'snapshot' },
  // The journal position (journal-writer.ts): also written and read raw, sealed; the same rule applies.
  meta: { kind: () => 'meta' },
} satisfies Record<string, TableSpec>;

export type RecordTable = keyof typeof TABLE_SPECS;

function personNameKeys(record: AnyRecord): string[] {
  const names = Array.isArray(record.names) ? record.names : [];
  const keys = new Set<string>();
  for (const name of names) {
    const text = str((name as AnyRecord | null)?.text);
    // The same folding as the renderer's nameIndexValue, so Ильяшев, Ilyashev and Il'yashev share one index entry.
    const key = text ? searchKey(text) : '';
    if (key) keys.add(key);
  }
  return [...keys];
}

export function plainColumns(spec: TableSpec, record: AnyRecord): Record<string, string | undefined> {
  const columns: Record<string, string | undefined> = { kind: spec.kind(record) };
  for (const name of PLAIN_COLUMNS) columns[name] = str(record[name]);
  return columns;
}
