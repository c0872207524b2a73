// Cross-reference checks the schemas cannot express: every id an entry points at must resolve to a current
// entry of the right kind, and the rename/retire maps must lead somewhere.
import { resolveTagTarget } from './tag-migration';
import type { Catalog, CatalogEntry, EntryKind } from './types';

export type IntegrityProblem = { id: string; field: string; target: string; problem: string };

type Ref = { field: string; target: string; kinds?: readonly EntryKind[] };
const TAGGABLE: readonly EntryKind[] = ['article', 'instrument'];

function refsOf(entry: CatalogEntry): Ref[] {
  const many = (field: string, ids: readonly string[] | undefined, kinds?: readonly EntryKind[]) =>
    (ids ?? []).map((target) => (kinds ? { field, target, kinds } : { field, target }));
  const one = (field: string, id: string | undefined, kinds: readonly EntryKind[]) => (id ? [{ field, target: id, kinds }] : []);
  switch (entry.kind) {
    case 'instrument':
      return [...one('parent', entry.parent, ['instrument']), ...many('engages', entry.engages, TAGGABLE)];
    case 'article':
      return [
        ...one('instrumentId', entry.instrumentId, ['instrument']),
        ...one('partOf', entry.partOf, ['article']),
        ...many('engages', entry.engages, TAGGABLE),
      ];
    case 'mechanism':
      return many('reviews', entry.reviews, ['instrument']);
    case 'review':
      return [...one('mechanism', entry.mechanism, ['mechanism']), ...one('instrument', entry.instrument, ['instrument'])];
    case 'recommendation':
      return [
        ...one('review', entry.review, ['review']),
        ...one('mechanism', entry.mechanism, ['mechanism']),
        ...many('concerns', entry.concerns, TAGGABLE),
      ];
    case 'violation-type':
    case 'topic':
      return many('engages', entry.engages, TAGGABLE);
    case 'place':
      return one('parent', entry.parent, ['place']);
  }
}

export function findIntegrityProblems(catalog: Catalog): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const entry of catalog.entries.values()) {
    for (const { field, target, kinds } of refsOf(entry)) {
      const resolved = resolveTagTarget(target, catalog);
      if (resolved.status !== 'current') {
        problems.push({ id: entry.id, field, target, problem: `reference is ${resolved.status}` });
      } else if (kinds && !kinds.includes(resolved.entry.kind)) {
        problems.push({ id: entry.id, field, target, problem: `expected ${kinds.join('/')}, got ${resolved.entry.kind}` });
      }
    }
  }
  for (const r of catalog.ratifications) {
    const target = catalog.entries.get(r.instrument);
    if (target?.kind !== 'instrument') {
      problems.push({ id: `ratification ${r.country}`, field: 'instrument', target: r.instrument, problem: 'not an instrument' });
    }
  }
  for (const [from, to] of Object.entries(catalog.renamedIds)) {
    if (catalog.entries.has(from)) problems.push({ id: from, field: 'renamedIds', target: to, problem: 'old id is still current' });
    if (resolveTagTarget(from, catalog).status !== 'renamed') {
      problems.push({ id: from, field: 'renamedIds', target: to, problem: 'rename leads nowhere' });
    }
  }
  for (const [id, retired] of Object.entries(catalog.retiredIds)) {
    if (catalog.entries.has(id)) problems.push({ id, field: 'retiredIds', target: id, problem: 'retired id is still current' });
    if (retired.replacedBy && !catalog.entries.has(retired.replacedBy)) {
      problems.push({ id, field: 'retiredIds', target: retired.replacedBy, problem: 'replacement is not current' });
    }
  }
  return problems;
}
