import { resolveTagTarget, resolvedEntry, type Catalog } from '../../../shared/catalog';

/** What the browser needs to know about a record; the records layer passes these in so this feature stays independent. */
export type TaggedRecord = {
  id: string;
  kind: 'case' | 'event' | 'excerpt';
  title: string;
  /** ISO date, possibly partial (YYYY or YYYY-MM). */
  date?: string;
  tags: string[];
};

/**
 * Records by the catalog entry each tag lands on. Tags are resolved first, so a paragraph tag ("ICCPR-21.1")
 * counts for its article and a tag stored under a renamed id counts for the new one.
 */
export function indexByEntry(records: readonly TaggedRecord[], catalog: Catalog): Map<string, TaggedRecord[]> {
  const landing = new Map<string, string | undefined>();
  const index = new Map<string, TaggedRecord[]>();
  for (const record of records) {
    const entryIds = new Set<string>();
    for (const tag of record.tags) {
      if (!landing.has(tag)) landing.set(tag, resolvedEntry(resolveTagTarget(tag, catalog))?.id);
      const id = landing.get(tag);
      if (id) entryIds.add(id);
    }
    for (const id of entryIds) index.set(id, [...(index.get(id) ?? []), record]);
  }
  return index;
}

export type YearCount = { year: string | undefined; case: number; event: number; excerpt: number; total: number };

/** Counts per calendar year, oldest first, with undated records last (year undefined). */
export function countByYear(records: readonly TaggedRecord[]): YearCount[] {
  const byYear = new Map<string | undefined, YearCount>();
  for (const record of records) {
    const year = record.date && /^\d{4}/.test(record.date) ? record.date.slice(0, 4) : undefined;
    const row = byYear.get(year) ?? { year, case: 0, event: 0, excerpt: 0, total: 0 };
    row[record.kind] += 1;
    row.total += 1;
    byYear.set(year, row);
  }
  return [...byYear.values()].sort((a, b) => (a.year ?? '9999z').localeCompare(b.year ?? '9999z'));
}

/** Newest first; undated records after dated ones. */
export function newestFirst(records: readonly TaggedRecord[]): TaggedRecord[] {
  return [...records].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
}
