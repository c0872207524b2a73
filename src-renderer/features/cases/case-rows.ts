// The case list's rows: each case with what its filters and sorts need (first event date, places, people),
// computed once per load so filtering 10,000 cases is a pass over plain objects.
import { earliest, latest, type ApproximateDate, type Case, type Place } from '../../../shared/model';
import { searchKey } from '../../../shared/text';
import type { CasesRecords } from './cases-records';
import { displayName } from '../people/person-names';

type Status = Case['status'];

export type CaseRow = {
  id: string;
  title: string;
  status: Status;
  updatedAt: string;
  /** First possible day of the earliest dated event, YYYY-MM-DD; undefined when no event has a date. */
  firstEvent?: string;
  /** That event's date as recorded ("spring 2021" stays a season), for the list to show. */
  firstEventDate?: ApproximateDate;
  /** Where the first event happened, or the case's first place when that event has none. */
  firstPlace?: Place;
  /** Every day any event can mean, as [earliest, latest] pairs, for the date-range filter. */
  eventSpans: [string, string][];
  tags: string[];
  placeKeys: string;
  people: string[];
  peopleKeys: string;
};

const placeText = (place: Place | undefined) => (!place ? '' : 'text' in place ? place.text : `${place.label ?? ''} ${place.gazetteerId}`);

export async function loadCaseRows(records: CasesRecords): Promise<CaseRow[]> {
  const [cases, events, links, people] = await Promise.all([records.cases.list(), records.events.list(), records.casePeople.list(), records.people.list()]);
  const names = new Map(people.map((p) => [p.id, displayName(p)]));
  const eventsBy = groupBy(events, (e) => e.caseId);
  // People in the order they were added to the case, as the editor lists them.
  const linksBy = groupBy([...links].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), (l) => l.caseId);
  return cases.map((c: Case) => {
    const caseEvents = eventsBy.get(c.id) ?? [];
    const dated = caseEvents.flatMap((e) => (e.when ? [{ event: e, when: e.when, from: earliest(e.when) }] : []));
    const spans = dated.map((d): [string, string] => [d.from, latest(d.when)]);
    const first = dated.reduce<(typeof dated)[number] | undefined>((best, d) => (!best || d.from < best.from ? d : best), undefined);
    const firstPlace = first?.event.place ?? c.places[0];
    const personNames = (linksBy.get(c.id) ?? []).map((l) => names.get(l.personId) ?? '').filter(Boolean);
    return {
      id: c.id,
      title: c.title,
      status: c.status,
      updatedAt: c.updatedAt,
      firstEvent: first?.from,
      ...(first ? { firstEventDate: first.when } : {}),
      ...(firstPlace ? { firstPlace } : {}),
      eventSpans: spans,
      tags: c.tags,
      placeKeys: searchKey([...c.places.map(placeText), ...caseEvents.map((e) => placeText(e.place))].join(' ')),
      people: personNames,
      peopleKeys: searchKey(personNames.join(' ')),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}

export type CaseFilter = { status?: Status; from?: ApproximateDate; to?: ApproximateDate; place: string; tag?: string; person: string };
export type CaseSort = 'updated' | 'title' | 'status' | 'eventDate';
export const CASE_SORTS: readonly CaseSort[] = ['updated', 'title', 'status', 'eventDate'];

export function filterRows(rows: readonly CaseRow[], filter: CaseFilter): CaseRow[] {
  const place = searchKey(filter.place);
  const person = searchKey(filter.person);
  const from = filter.from ? earliest(filter.from) : undefined;
  const to = filter.to ? latest(filter.to) : undefined;
  return rows.filter(
    (row) =>
      (!filter.status || row.status === filter.status) &&
      (!filter.tag || row.tags.includes(filter.tag)) &&
      (!place || row.placeKeys.includes(place)) &&
      (!person || row.peopleKeys.includes(person)) &&
      // A case is in the range when any of its events could have happened in it.
      (!(from || to) || row.eventSpans.some(([a, b]) => (!from || b >= from) && (!to || a <= to))),
  );
}

const STATUS_ORDER: Record<Status, number> = { open: 0, verified: 1, closed: 2 };

export function sortRows(rows: CaseRow[], sort: CaseSort, collator: Intl.Collator): CaseRow[] {
  const byTitle = (a: CaseRow, b: CaseRow) => collator.compare(a.title, b.title);
  const compare: Record<CaseSort, (a: CaseRow, b: CaseRow) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    title: byTitle,
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byTitle(a, b),
    // Newest first; cases with no dated event go last.
    eventDate: (a, b) => (b.firstEvent ?? '').localeCompare(a.firstEvent ?? '') || byTitle(a, b),
  };
  return rows.sort(compare[sort]);
}
