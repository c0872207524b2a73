// The one way in: validate the shipped files, build the map, check cross-references, cache the result.
import { buildCatalog } from './build-catalog';
import { shippedData } from './data';
import { findIntegrityProblems } from './integrity';
import { CatalogDataSchema } from './schema';
import type { Catalog } from './types';

export class CatalogDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogDataError';
  }
}

/** Validates and builds a catalog from raw data; throws CatalogDataError on a schema or reference error. */
export function catalogFromData(raw: unknown): Catalog {
  const parsed = CatalogDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CatalogDataError(`Catalog data invalid at ${first?.path.join('.')}: ${first?.message}`);
  }
  const catalog = buildCatalog(parsed.data);
  const problems = findIntegrityProblems(catalog);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new CatalogDataError(`${problems.length} broken reference(s); first: ${p.id}.${p.field} → ${p.target} (${p.problem})`);
  }
  return catalog;
}

let cached: Catalog | undefined;

/** The shipped catalog, validated once per process. A shipped data error is a bug, so it throws. */
export function loadCatalog(): Catalog {
  cached ??= catalogFromData(shippedData);
  return cached;
}
