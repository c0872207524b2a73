// The table of cases by article a partner pastes into their own spreadsheet: one row for each case and each
// article it engages, whether tagged on the case or on one of its events (a paragraph tag counts for its article).
// Only articles count here; instruments, violation types and places are not rows.
import { entryName } from '../catalog/entry-name';
import { recommendationsFor } from '../catalog/lookup';
import { resolveTagTarget, resolvedEntry } from '../catalog/tag-migration';
import type { ArticleEntry, Catalog } from '../catalog/types';
import { readableDate } from '../i18n/readable-date';
import type { Language } from '../i18n/resources';
import type { Translate } from '../i18n/translate';
import { earliest, latest, type Case, type CaseEvent, type CaseItem } from '../model';
import { fail, ok, type Result } from '../result';
import { placeName } from './case-dossier';

export type CaseTableRecords = { cases: readonly Case[]; events: readonly CaseEvent[]; caseItems: readonly CaseItem[] };

export type CaseTableOptions = {
  catalog: Catalog;
  lang: Language;
  t: Translate;
  /** An article id keeps its rows; an instrument id keeps the rows of all its articles. */
  scope?: string;
};

export type CaseTableRow = {
  caseId: string;
  title: string;
  status: string;
  firstEvent: string;
  lastEvent: string;
  places: string;
  article: string;
  articleHeading: string;
  recommendations: string;
  exhibits: number;
};

export const CASE_TABLE_COLUMNS = ['case', 'status', 'firstEvent', 'lastEvent', 'places', 'article', 'articleHeading', 'recommendations', 'exhibits', 'caseId'] as const;
export type CaseTableColumn = (typeof CASE_TABLE_COLUMNS)[number];

export type CaseTable = { columns: string[]; rows: CaseTableRow[] };

/** The scope's catalog entry, or why it cannot be one (an unknown id, or an entry that is neither article nor instrument). */
function resolveScope(scope: string | undefined, catalog: Catalog): Result<((article: ArticleEntry) => boolean) | undefined> {
  if (scope === undefined) return ok(undefined);
  const entry = resolvedEntry(resolveTagTarget(scope, catalog));
  if (entry?.kind === 'article') return ok((article) => article.id === entry.id);
  if (entry?.kind === 'instrument') return ok((article) => article.instrumentId === entry.id);
  return fail('catalog.unknownArticle', { id: scope });
}

function byCase<T extends { caseId: string }>(records: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const record of records) {
    const list = grouped.get(record.caseId);
    if (list) list.push(record);
    else grouped.set(record.caseId, [record]);
  }
  return grouped;
}

const inCaseOrder = (a: Case, b: Case) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

export function buildCaseTable(records: CaseTableRecords, options: CaseTableOptions): Result<CaseTable> {
  const { catalog, lang, t } = options;
  const inScope = resolveScope(options.scope, catalog);
  if (!inScope.ok) return inScope;
  const eventsOf = byCase(records.events);
  const exhibitsOf = byCase(records.caseItems);
  const article = (tag: string) => {
    const entry = resolvedEntry(resolveTagTarget(tag, catalog));
    return entry?.kind === 'article' ? entry : undefined;
  };
  const rows: CaseTableRow[] = [];
  for (const kase of [...records.cases].filter((c) => !c.mergedInto).sort(inCaseOrder)) {
    const events = eventsOf.get(kase.id) ?? [];
    const tags = [...kase.tags, ...events.flatMap((event) => event.tags)];
    const articles = new Map<string, ArticleEntry>();
    for (const tag of tags) {
      const found = article(tag);
      if (found && (!inScope.value || inScope.value(found))) articles.set(found.id, found);
    }
    if (articles.size === 0) continue;
    const dated = events.filter((event) => event.when);
    const first = dated.reduce<CaseEvent | undefined>((best, event) => (!best || earliest(event.when!) < earliest(best.when!) ? event : best), undefined);
    const last = dated.reduce<CaseEvent | undefined>((best, event) => (!best || latest(event.when!) > latest(best.when!) ? event : best), undefined);
    const places = [...kase.places, ...events.flatMap((event) => (event.place ? [event.place] : []))].map((place) => placeName(place, catalog, { lang, t }));
    const tagged = new Set(tags.map((tag) => resolvedEntry(resolveTagTarget(tag, catalog))?.id).filter(Boolean));
    const exhibits = new Set((exhibitsOf.get(kase.id) ?? []).map((item) => item.itemId)).size;
    for (const entry of articles.values()) {
      const named = entryName(entry.id, catalog, lang, t);
      const recommendations = recommendationsFor(entry.id, catalog)
        .filter((rec) => tagged.has(rec.id))
        .map((rec) => [entryName(rec.id, catalog, lang, t).name, rec.recommendationNumber ? t('catalog:browser.recommendations.number', { number: rec.recommendationNumber }) : undefined].filter(Boolean).join(', '));
      rows.push({
        caseId: kase.id,
        title: kase.title,
        status: t(`cases:status.${kase.status}`),
        firstEvent: first?.when ? readableDate(first.when, lang) : '',
        lastEvent: last?.when ? readableDate(last.when, lang) : '',
        places: [...new Set(places)].join('; '),
        article: named.name,
        articleHeading: named.heading ?? '',
        recommendations: recommendations.join('; '),
        exhibits,
      });
    }
  }
  return ok({ columns: CASE_TABLE_COLUMNS.map((column) => t(`dossier:table.column.${column}`)), rows });
}

/** A row's cells in column order; the exhibit count stays a number so a spreadsheet can sum it. */
export const rowCells = (row: CaseTableRow): (string | number)[] => CASE_TABLE_COLUMNS.map((column) => (column === 'case' ? row.title : row[column]));
