// Read-side helpers over a built catalog. Each takes the catalog last, defaulting to the shipped one, so a
// catalog merged with user vocabularies works the same way.
import { loadCatalog } from './load-catalog';
import type { Lang, Ratification } from './schema';
import { resolveTagTarget, resolvedEntry } from './tag-migration';
import type { ArticleEntry, Catalog, CatalogEntry, RecommendationEntry } from './types';

export type LabelText = { text: string; lang: Lang; fellBack: boolean };

export function getEntry(id: string, catalog: Catalog = loadCatalog()): CatalogEntry | undefined {
  return catalog.entries.get(id);
}

export function articlesOf(instrumentId: string, catalog: Catalog = loadCatalog()): ArticleEntry[] {
  const instrument = catalog.entries.get(instrumentId);
  if (instrument?.kind !== 'instrument') return [];
  return instrument.articleIds.flatMap((id) => {
    const entry = catalog.entries.get(id);
    return entry?.kind === 'article' ? [entry] : [];
  });
}

/** The label in the requested language, or English with fellBack=true so the UI can mark it. */
export function labelOf(entry: Pick<CatalogEntry, 'label'>, lang: Lang): LabelText {
  const text = entry.label[lang];
  return text ? { text, lang, fellBack: false } : { text: entry.label.en, lang: 'en', fellBack: lang !== 'en' };
}

/** Whether a recommendation's target (possibly "ICCPR-20.2" or an old id) lands on the given entry id. */
function concernsId(target: string, id: string, catalog: Catalog): boolean {
  const entry = resolvedEntry(resolveTagTarget(target, catalog));
  if (!entry) return false;
  return entry.id === id || (entry.kind === 'article' && entry.instrumentId === id);
}

/**
 * Recommendations concerning an article (or domestic provision). Given an instrument id, also those about any
 * of its articles. Old ids are followed first.
 */
export function recommendationsFor(id: string, catalog: Catalog = loadCatalog()): RecommendationEntry[] {
  const target = resolvedEntry(resolveTagTarget(id, catalog))?.id ?? id;
  const out: RecommendationEntry[] = [];
  for (const entry of catalog.entries.values()) {
    if (entry.kind === 'recommendation' && entry.concerns.some((c) => concernsId(c, target, catalog))) out.push(entry);
  }
  return out;
}

/** International articles (or instruments) usually engaged by a violation type, domestic provision or topic. */
export function suggestArticles(entryId: string, catalog: Catalog = loadCatalog()): CatalogEntry[] {
  const entry = resolvedEntry(resolveTagTarget(entryId, catalog));
  if (!entry || !('engages' in entry)) return [];
  const seen = new Set<string>();
  const out: CatalogEntry[] = [];
  for (const id of entry.engages) {
    const target = resolvedEntry(resolveTagTarget(id, catalog));
    if (target && !seen.has(target.id)) {
      seen.add(target.id);
      out.push(target);
    }
  }
  return out;
}

/**
 * The document symbols an entry stands for: an instrument's own symbol, or every document of a review (state
 * report, concluding observations, working-group report, replies, decision). A recommendation is not a document
 * of its own, so it has none.
 */
export function documentSymbolsOf(entry: CatalogEntry): string[] {
  if (entry.kind === 'instrument') return entry.symbol ? [entry.symbol] : [];
  if (entry.kind === 'review') return entry.documents.map((d) => d.symbol);
  return [];
}

/** Every recorded claim about a country's status under an instrument; conflicting claims stay separate. */
export function ratificationsOf(country: string, instrumentId?: string, catalog: Catalog = loadCatalog()): Ratification[] {
  return catalog.ratifications.filter((r) => r.country === country && (!instrumentId || r.instrument === instrumentId));
}
