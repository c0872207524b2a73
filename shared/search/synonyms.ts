// Synonym groups (from the gazetteer, passed in by the caller) turned into a lookup from a query phrase, as a key
// sequence, to every other way of writing it. Kept as data so the index does not need to know places exist.
import { searchKey, tokenizeQuery } from '../text';

/** One way of writing a group member, as the keyed terms a query must contain (all of them). */
export type TermSequence = readonly string[];

export type SynonymTable = {
  /** Alternatives for a phrase, keyed by its terms joined with one space. */
  readonly alternatives: ReadonlyMap<string, readonly TermSequence[]>;
  /** Longest member length in terms, so phrase lookup knows how far to look ahead. */
  readonly longestPhrase: number;
};

// A member can be written split or joined (Nur-Sultan, Nur Sultan, Nursultan): docs index a hyphenated word both
// ways, but "Nur Sultan" only split, so both forms are alternatives and both forms are lookup keys.
function spellingsOf(member: string): TermSequence[] {
  const split = tokenizeQuery(member);
  if (split.length === 0) return [];
  if (split.length === 1) return [split];
  return [split, [searchKey(split.join(''))]];
}

export function buildSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const alternatives = new Map<string, Map<string, TermSequence>>();
  let longestPhrase = 1;
  for (const group of groups) {
    const spellings = new Map<string, TermSequence>();
    for (const member of group) {
      for (const sequence of spellingsOf(member)) spellings.set(sequence.join(' '), sequence);
    }
    for (const [phrase] of spellings) {
      longestPhrase = Math.max(longestPhrase, phrase.split(' ').length);
      // A word in two groups (Almaty the city and the region) expands to both groups' spellings.
      const known = alternatives.get(phrase) ?? new Map<string, TermSequence>();
      for (const [key, sequence] of spellings) known.set(key, sequence);
      alternatives.set(phrase, known);
    }
  }
  const frozen = new Map<string, readonly TermSequence[]>();
  for (const [phrase, known] of alternatives) frozen.set(phrase, [...known.values()]);
  return { alternatives: frozen, longestPhrase };
}
