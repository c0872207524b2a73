// What a report is made of before anyone writes: its sections (one per article in the instrument's order for a
// treaty body, one per theme for the UPR or a thematic report), and under each the cases, events and excerpts in
// scope. Scope is the project's: period (or a narrower range), places, tags, and verified cases only by default.
import { entryName } from '../catalog/entry-name';
import { articlesOf } from '../catalog/lookup';
import { resolveTagTarget, resolvedEntry } from '../catalog/tag-migration';
import type { Catalog } from '../catalog/types';
import type { Language } from '../i18n/resources';
import type { Translate } from '../i18n/translate';
import { searchKey } from '../text';
import {
  earliest,
  emptyNarrative,
  latest,
  OPEN_END,
  type ApproximateDate,
  type Case,
  type CaseEvent,
  type CaseItem,
  type CasePerson,
  type Excerpt,
  type Narrative,
  type Person,
  type Place,
  type ReportProject,
} from '../model';

/** The records a report draws on; callers pass the whole working set (or the journal's current records). */
export type ReportRecords = {
  cases: readonly Case[];
  events: readonly CaseEvent[];
  excerpts: readonly Excerpt[];
  caseItems: readonly CaseItem[];
  casePeople: readonly CasePerson[];
  people: readonly Person[];
};

export type PlannedSection = {
  key: string;
  title: string;
  /** The catalog entries the section gathers, as their catalog ids. */
  articles: string[];
  narrative: Narrative;
  cases: Case[];
  /** Events of the section's cases inside the range, oldest first: the section's timeline. */
  events: CaseEvent[];
  excerpts: Excerpt[];
};

type Options = { catalog: Catalog; lang: Language; t: Translate };

/** The dates a case covers: its own period, or the span of its dated events; undefined when nothing is dated. */
export function caseSpan(kase: Case, events: readonly CaseEvent[]): { from: string; to: string } | undefined {
  const dates: ApproximateDate[] = [...(kase.period ? [kase.period] : []), ...events.flatMap((e) => (e.when ? [e.when] : []))];
  if (dates.length === 0) return undefined;
  // An event still going on ("since 2017") reaches no recorded end; its start is what was seen.
  const end = (date: ApproximateDate) => (date.precision === 'since' ? earliest(date) : latest(date));
  return { from: dates.map(earliest).sort()[0]!, to: dates.map(end).sort().at(-1)! };
}

const overlaps = (span: { from: string; to: string }, range: { from: string; to: string }) => span.from <= range.to && span.to >= range.from;

/** The range the report covers: the scope's narrower range when set, else the reporting period. */
export const reportRange = (project: ReportProject): { from: string; to: string } => project.scope.dateRange ?? project.period;

const placeKey = (place: Place): string => ('gazetteerId' in place ? `g:${place.gazetteerId}` : `t:${searchKey(place.text)}`);

/** The article a tag lands on (a paragraph tag counts for its article), or the entry itself for anything else. */
function resolvedId(tag: string, catalog: Catalog): string {
  return resolvedEntry(resolveTagTarget(tag, catalog))?.id ?? tag;
}

/** Whether a case passes the project's filters, leaving aside which section's articles it engages. */
export function isCaseInScope(project: ReportProject, kase: Case, events: readonly CaseEvent[], catalog: Catalog): boolean {
  if (kase.mergedInto) return false;
  if (project.scope.verifiedOnly && kase.status !== 'verified') return false;
  // An undated case is kept: nothing says it falls outside, and the builder lists it for the team to date.
  const span = caseSpan(kase, events);
  if (span && !overlaps(span, reportRange(project))) return false;
  if (project.scope.places.length > 0) {
    const wanted = new Set(project.scope.places.map(placeKey));
    const places = [...kase.places, ...events.flatMap((e) => (e.place ? [e.place] : []))];
    if (!places.some((place) => wanted.has(placeKey(place)))) return false;
  }
  if (project.scope.tags.length > 0) {
    const wanted = new Set(project.scope.tags.map((tag) => resolvedId(tag, catalog)));
    const tags = [...kase.tags, ...events.flatMap((e) => e.tags)];
    if (!tags.some((tag) => wanted.has(resolvedId(tag, catalog)))) return false;
  }
  return true;
}

/** The sections the target calls for, each with the narrative already written for it (kept by key). */
export function reportSections(project: ReportProject, options: Options): { key: string; title: string; articles: string[]; narrative: Narrative }[] {
  const { catalog, lang, t } = options;
  const written = new Map(project.sections.map((section) => [section.key, section]));
  const titleOf = (id: string) => {
    const named = entryName(id, catalog, lang, t);
    return named.heading && named.heading !== named.name ? `${named.name}: ${named.heading}` : named.name;
  };
  const scoped = [...new Set(project.scope.articles)];
  if (project.target.kind === 'treaty-body') {
    // The instrument's own article order, as committees read reports; entries of other instruments follow as chosen.
    const order = new Map(articlesOf(project.target.instrumentId, catalog).map((article, index) => [article.id, index]));
    const rank = (id: string) => order.get(resolvedId(id, catalog)) ?? Number.MAX_SAFE_INTEGER;
    const sorted = scoped.map((id, index) => ({ id, index })).sort((a, b) => rank(a.id) - rank(b.id) || a.index - b.index);
    return sorted.map(({ id }) => ({ key: id, title: titleOf(id), articles: [id], narrative: written.get(id)?.narrative ?? emptyNarrative() }));
  }
  // A theme the team named and grouped stays as they made it; every other article in scope is a theme of its own.
  const themes = project.sections.filter((section) => section.title && section.articles.length > 0);
  const grouped = new Set(themes.flatMap((theme) => theme.articles));
  return [
    ...themes.map((theme) => ({ key: theme.key, title: theme.title!, articles: theme.articles, narrative: theme.narrative })),
    ...scoped.filter((id) => !grouped.has(id)).map((id) => ({ key: id, title: titleOf(id), articles: [id], narrative: written.get(id)?.narrative ?? emptyNarrative() })),
  ];
}

const inTimelineOrder = (a: CaseEvent, b: CaseEvent) =>
  (a.when ? earliest(a.when) : OPEN_END).localeCompare(b.when ? earliest(b.when) : OPEN_END) || a.createdAt.localeCompare(b.createdAt);

/** The report's sections with the material in scope for each. */
export function planReport(project: ReportProject, records: ReportRecords, options: Options): PlannedSection[] {
  const { catalog } = options;
  const eventsOf = new Map<string, CaseEvent[]>();
  for (const event of records.events) {
    const list = eventsOf.get(event.caseId);
    if (list) list.push(event);
    else eventsOf.set(event.caseId, [event]);
  }
  const scopedCases = records.cases.filter((kase) => isCaseInScope(project, kase, eventsOf.get(kase.id) ?? [], catalog));
  const range = reportRange(project);

  return reportSections(project, options).map((section) => {
    const wanted = new Set(section.articles.map((id) => resolvedId(id, catalog)));
    const engages = (tags: readonly string[]) => tags.some((tag) => wanted.has(resolvedId(tag, catalog)));
    const excerpts = records.excerpts.filter((x) => x.caseId && engages(x.tags));
    const viaExcerpt = new Set(excerpts.map((x) => x.caseId));
    const cases = scopedCases.filter((kase) => engages(kase.tags) || (eventsOf.get(kase.id) ?? []).some((e) => engages(e.tags)) || viaExcerpt.has(kase.id));
    const caseIds = new Set(cases.map((kase) => kase.id));
    const events = cases
      .flatMap((kase) => eventsOf.get(kase.id) ?? [])
      .filter((event) => !event.when || overlaps({ from: earliest(event.when), to: event.when.precision === 'since' ? earliest(event.when) : latest(event.when) }, range))
      .sort(inTimelineOrder);
    return { ...section, cases: [...cases].sort((a, b) => a.title.localeCompare(b.title)), events, excerpts: excerpts.filter((x) => caseIds.has(x.caseId!)) };
  });
}
