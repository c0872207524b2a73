// Place-name groups for the search engine: every spelling, script and former name of one place in one group.
// Two places that share no id never share a group (Masanchi and Makanchi stay apart).
import { loadCatalog } from './load-catalog';
import type { Catalog, PlaceEntry } from './types';

export function placesOf(catalog: Catalog = loadCatalog()): PlaceEntry[] {
  return [...catalog.entries.values()].filter((e): e is PlaceEntry => e.kind === 'place');
}

/** Groups of distinct names (two or more) of the same place, for synonym expansion. */
export function gazetteerSynonyms(catalog: Catalog = loadCatalog()): string[][] {
  const groups: string[][] = [];
  for (const place of placesOf(catalog)) {
    const names = new Set<string>();
    for (const n of place.names) names.add(n.text);
    for (const text of Object.values(place.label)) if (text) names.add(text);
    if (names.size > 1) groups.push([...names]);
  }
  return groups;
}
