// Tags store catalog ids forever, so an id is never deleted: a catalog update moves it to renamedIds or
// retiredIds and resolveTagTarget follows the trail. A paragraph reference ("ICCPR-20.2") resolves to its article.
import type { Catalog, CatalogEntry, Retired } from './types';

export type TagResolution =
  | { status: 'current'; id: string; entry: CatalogEntry; paragraph?: string }
  | { status: 'renamed'; from: string; id: string; entry: CatalogEntry; paragraph?: string }
  | { status: 'retired'; id: string; retired: Retired; replacement?: TagResolution }
  | { status: 'unknown'; id: string };

const MAX_HOPS = 16;

/** An id under a renamed instrument keeps its tail: OP2-ICCPR-1 becomes ICCPR-OP2-1. */
function renamedPrefix(id: string, renamedIds: Catalog['renamedIds']): string | undefined {
  let best: string | undefined;
  for (const from of Object.keys(renamedIds)) {
    if (id.startsWith(`${from}-`) && (!best || from.length > best.length)) best = from;
  }
  return best === undefined ? undefined : `${renamedIds[best]}${id.slice(best.length)}`;
}

function follow(id: string, catalog: Catalog, hops: number): TagResolution {
  if (hops > MAX_HOPS) return { status: 'unknown', id };
  const entry = catalog.entries.get(id);
  if (entry) return { status: 'current', id, entry };

  const renamed = catalog.renamedIds[id] ?? renamedPrefix(id, catalog.renamedIds);
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
    if ((base.status === 'current' || base.status === 'renamed') && base.entry.kind === 'article') {
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
