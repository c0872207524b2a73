// Tags store catalog ids forever, so an id is never deleted: a catalog update moves it to renamedIds or
// retiredIds and resolveTagTarget follows the trail. A paragraph reference ("ICCPR-20.2") resolves to its article,
// except where the article's dotted tails are numbers of their own: SDG-16.99 is a target the catalog lacks, never
// goal 16's "paragraph 99", so it stays unknown and the UI says so.
import type { Catalog, CatalogEntry, Retired } from './types';

export type TagResolution =
  | { status: 'current'; id: string; entry: CatalogEntry; paragraph?: string }
  | { status: 'renamed'; from: string; id: string; entry: CatalogEntry; paragraph?: string }
  | { status: 'retired'; id: string; retired: Retired; replacement?: TagResolution }
  | { status: 'unknown'; id: string };

const MAX_HOPS = 16;

const tailsByEntries = new WeakMap<Catalog['entries'], ReadonlySet<string>>();
/**
 * Articles whose dotted tails are numbers of their own rather than paragraphs: every SDG goal and target (16.10,
 * 16.10.1), and any article another entry is numbered under (Copenhagen 9 if 9.2 exists).
 */
export function articlesWithNumberedTails(catalog: Pick<Catalog, 'entries'>): ReadonlySet<string> {
  let found = tailsByEntries.get(catalog.entries);
  if (!found) {
    const ids = new Set<string>();
    for (const entry of catalog.entries.values()) {
      if (entry.kind !== 'article') continue;
      const instrument = catalog.entries.get(entry.instrumentId);
      if (instrument?.kind === 'instrument' && instrument.family === 'sdg') ids.add(entry.id);
      for (let dot = entry.number.lastIndexOf('.'); dot > 0; dot = entry.number.lastIndexOf('.', dot - 1)) {
        ids.add(`${entry.instrumentId}-${entry.number.slice(0, dot)}`);
      }
    }
    tailsByEntries.set(catalog.entries, ids);
    found = ids;
  }
  return found;
}

/**
 * An id under a renamed instrument keeps its tail: OP2-ICCPR-1 becomes ICCPR-OP2-1. Only an instrument's rename
 * carries its articles along: KZ-CAO-460 renamed to the article 460-1 says nothing about KZ-CAO-460-1.2.
 */
function renamedPrefix(id: string, catalog: Catalog, hops: number): string | undefined {
  const { renamedIds } = catalog;
  let best: string | undefined;
  for (const from of Object.keys(renamedIds)) {
    const isInstrument = id.startsWith(`${from}-`) && resolvedEntry(follow(from, catalog, hops + 1))?.kind === 'instrument';
    if (isInstrument && (!best || from.length > best.length)) best = from;
  }
  return best === undefined ? undefined : `${renamedIds[best]}${id.slice(best.length)}`;
}

function follow(id: string, catalog: Catalog, hops: number): TagResolution {
  if (hops > MAX_HOPS) return { status: 'unknown', id };
  const entry = catalog.entries.get(id);
  if (entry) return { status: 'current', id, entry };

  const renamed = catalog.renamedIds[id] ?? renamedPrefix(id, catalog, hops);
  if (renamed !== undefined) {
    const next = follow(renamed, catalog, hops + 1);
    if (next.status === 'current' || next.status === 'renamed') {
      return { ...next, status: 'renamed', from: id };
    }
    return next;
  }

  const retired = catalog.retiredIds[id];
  if (retired) {
    const replacement = retired.replacedBy ? follow(retired.replacedBy, catalog, hops + 1) : undefined;
    return replacement ? { status: 'retired', id, retired, replacement } : { status: 'retired', id, retired };
  }

  const dot = id.lastIndexOf('.');
  if (dot > 0) {
    const base = follow(id.slice(0, dot), catalog, hops + 1);
    const isParagraph = (base.status === 'current' || base.status === 'renamed') && base.entry.kind === 'article' && !articlesWithNumberedTails(catalog).has(base.entry.id);
    if (isParagraph) {
      const tail = id.slice(dot + 1);
      return { ...base, paragraph: base.paragraph ? `${base.paragraph}.${tail}` : tail };
    }
  }
  return { status: 'unknown', id };
}

/** Where a stored tag id points in this catalog: current, renamed (with the new id), retired, or unknown. */
export function resolveTagTarget(id: string, catalog: Catalog): TagResolution {
  return follow(id, catalog, 0);
}

/** The entry a tag ends up at, following renames and retirement replacements; undefined if it leads nowhere. */
export function resolvedEntry(resolution: TagResolution): CatalogEntry | undefined {
  if (resolution.status === 'current' || resolution.status === 'renamed') return resolution.entry;
  if (resolution.status === 'retired' && resolution.replacement) return resolvedEntry(resolution.replacement);
  return undefined;
}
