// The records the catalog lists under each entry, built from the working set: each with the date it is counted
// under, and the case it opens in.
import { earliest, type Case, type CaseEvent, type CaseItem } from '../../../shared/model';
import type { StoredExcerpt } from '../../records';
import type { TaggedRecord } from './tagged-records';

type Sources = { cases: readonly Case[]; events: readonly CaseEvent[]; excerpts: readonly StoredExcerpt[]; caseItems: readonly CaseItem[] };

export type CatalogRecords = {
  tagged: TaggedRecord[];
  /** The case each event or excerpt opens in. */
  caseOf: Map<string, string>;
};

/**
 * A case is dated by its period when it has one, else by its earliest dated event, as the case list's date filter
 * reads it: a case whose events are dated 10.01.2021 and «весна 2021» counts under 2021, not as undated.
 */
function caseDates(cases: readonly Case[], events: readonly CaseEvent[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const event of events) {
    if (!event.when) continue;
    const from = earliest(event.when);
    const known = first.get(event.caseId);
    if (!known || from < known) first.set(event.caseId, from);
  }
  for (const c of cases) if (c.period) first.set(c.id, earliest(c.period));
  return first;
}

export function catalogRecordsOf({ cases, events, excerpts, caseItems }: Sources): CatalogRecords {
  const titles = new Map(cases.map((c) => [c.id, c.title]));
  const fileNames = new Map(caseItems.map((item) => [item.itemId, item.snapshot.originalName]));
  const dates = caseDates(cases, events);
  // An excerpt drawn outside any case opens in a case its item is attached to.
  const caseOfItem = new Map(caseItems.map((item) => [item.itemId, item.caseId]));
  const caseOf = new Map<string, string>(events.map((e) => [e.id, e.caseId]));
  for (const x of excerpts) {
    const caseId = x.caseId ?? caseOfItem.get(x.itemId);
    if (caseId) caseOf.set(x.id, caseId);
  }
  const tagged: TaggedRecord[] = [
    ...cases.filter((c) => c.tags.length > 0).map((c) => ({ id: c.id, kind: 'case' as const, title: c.title, date: dates.get(c.id), tags: c.tags })),
    ...events
      .filter((e) => e.tags.length > 0)
      .map((e) => ({
        id: e.id,
        kind: 'event' as const,
        // The browser shows the date beside each record, so the title carries only the case and what happened.
        title: [titles.get(e.caseId), e.description].filter(Boolean).join(' — '),
        date: e.when ? earliest(e.when) : undefined,
        tags: e.tags,
      })),
    ...excerpts
      .filter((x) => x.tags.length > 0)
      .map((x) => ({
        id: x.id,
        kind: 'excerpt' as const,
        // A lawyer cites an excerpt as «quote» (file, page): the same parts, in that order.
        title: [x.quote ? `«${x.quote}»` : undefined, fileNames.get(x.itemId), x.page ? `p. ${x.page}` : undefined].filter(Boolean).join(' — '),
        date: x.createdAt.slice(0, 10),
        tags: x.tags,
      })),
  ];
  return { tagged, caseOf };
}
