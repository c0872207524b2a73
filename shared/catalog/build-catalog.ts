// Turns validated data files into the id → entry map. Article ids are derived here (instrument id + "-" +
// number) so a data file cannot spell an article id differently from its number.
import type { CatalogData } from './schema';
import type { ArticleEntry, Catalog, CatalogEntry, InstrumentEntry } from './types';

export class DuplicateIdError extends Error {
  constructor(readonly id: string) {
    super(`Duplicate catalog id ${id}`);
    this.name = 'DuplicateIdError';
  }
}

export const articleId = (instrumentId: string, number: string): string => `${instrumentId}-${number}`;

function instrumentEntries(data: CatalogData): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const { articles, title, aliases, engages, ...rest } of data.instruments) {
    const articleIds = articles.map((a) => articleId(rest.id, a.number));
    const instrument: InstrumentEntry = {
      ...rest,
      kind: 'instrument',
      label: title,
      aliases,
      engages: engages ?? [],
      origin: 'catalog',
      articleIds,
    };
    out.push(instrument);
    for (const a of articles) {
      const article: ArticleEntry = {
        kind: 'article',
        id: articleId(rest.id, a.number),
        instrumentId: rest.id,
        number: a.number,
        substantive: a.substantive,
        label: a.heading,
        aliases: [],
        engages: a.engages ?? [],
        priority: rest.priority,
        origin: 'catalog',
        ...(a.partOf ? { partOf: articleId(rest.id, a.partOf) } : {}),
        ...(a.note ? { note: a.note } : {}),
        ...(a.verify ? { verify: a.verify } : {}),
        ...(a.sources ? { sources: a.sources } : {}),
      };
      out.push(article);
    }
  }
  return out;
}

function otherEntries(data: CatalogData): CatalogEntry[] {
  const recommendations = [
    ...data.recommendationGroups.flatMap(({ recommendations, note: _groupNote, ...group }) =>
      recommendations.map((r) => ({ recommendingState: null, ...group, ...r })),
    ),
    ...data.recommendations,
  ];
  return [
    ...data.mechanisms.map((m): CatalogEntry => ({ ...m, kind: 'mechanism', origin: 'catalog' })),
    ...data.reviews.map((r): CatalogEntry => ({ ...r, kind: 'review', aliases: [], origin: 'catalog' })),
    ...recommendations.map(({ summary, ...r }): CatalogEntry => ({
      ...r,
      kind: 'recommendation',
      label: summary,
      aliases: [r.document, r.paragraph && r.document ? `${r.document} para ${r.paragraph}` : undefined].filter(
        (a): a is string => Boolean(a),
      ),
      origin: 'catalog',
    })),
    ...data.violationTypes.types.map((v): CatalogEntry => ({ ...v, kind: 'violation-type', aliases: [], origin: 'catalog' })),
    ...data.places.map((p): CatalogEntry => ({ ...p, kind: 'place', aliases: [], origin: 'catalog' })),
  ];
}

export function buildCatalog(data: CatalogData): Catalog {
  const entries = new Map<string, CatalogEntry>();
  for (const entry of [...instrumentEntries(data), ...otherEntries(data)]) {
    if (entries.has(entry.id)) throw new DuplicateIdError(entry.id);
    entries.set(entry.id, entry);
  }
  return {
    catalogVersion: data.manifest.catalogVersion,
    entries,
    ratifications: data.ratifications,
    renamedIds: data.manifest.renamedIds,
    retiredIds: data.manifest.retiredIds,
    vocabularies: [],
  };
}
