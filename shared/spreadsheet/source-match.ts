/**
 * Which recorded source a spreadsheet's source cell means. A sheet says "HRW" where the vault has Human Rights
 * Watch, or "Азаттык" where it has Azattyq; importing each spelling as a new source would split one source's
 * claims in two. Names, recorded aliases and initials are compared folded (case, script and spelling habits
 * ignored); when initials fit two sources, neither is chosen, because a wrong match misattributes evidence.
 */
import { searchKey } from '../text';

export type KnownSource = { id: string; name: string; aliases: readonly string[] };

export type SourceMatch =
  | { kind: 'existing'; id: string; name: string; via: 'name' | 'alias' | 'initials' }
  | { kind: 'new'; name: string };

// Words that initials skip: "Kazakhstan International Bureau for Human Rights" is KIBHR, not KIBFHR.
const SKIPPED_IN_INITIALS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'at', 'по', 'и', 'в', 'за', 'на', 'для', 'о', 'об', 'және']);

/** The initials of a name as one folded word ("Human Rights Watch" → "hrw"), or '' for a one-word name. */
export function initialsOf(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !SKIPPED_IN_INITIALS.has(word.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((word) => searchKey(word.charAt(0))).join('');
}

/** A name written as one short capitalised word, as acronyms are ("HRW", "H.R.W.", "КМБПЧ"), folded; else ''. */
const acronymKey = (text: string): string => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return '';
  // "H. R. W." is still one word; "HRW Report" is not an acronym.
  if (/\s/.test(text.trim().replace(/\.\s+/g, '.'))) return '';
  return searchKey(text).replace(/ /g, '');
};

/**
 * Finds sources by any of their names. The keys are worked out once, so a sheet of 50,000 rows is matched in
 * one pass however many sources the vault holds; sources added later (from earlier rows) join the index.
 */
export function sourceIndex(known: readonly KnownSource[] = []): { match(written: string): SourceMatch; add(source: KnownSource): void } {
  const byName = new Map<string, KnownSource>();
  const byAlias = new Map<string, KnownSource>();
  const byInitials = new Map<string, Set<KnownSource>>();
  const byAcronym = new Map<string, Set<KnownSource>>();
  const file = (map: Map<string, Set<KnownSource>>, key: string, source: KnownSource): void => {
    if (key !== '') map.set(key, (map.get(key) ?? new Set()).add(source));
  };
  const add = (source: KnownSource): void => {
    // Two recorded sources with the same folded name are one source entered twice, so the first will do.
    const nameKey = searchKey(source.name);
    if (!byName.has(nameKey)) byName.set(nameKey, source);
    for (const alias of source.aliases) if (!byAlias.has(searchKey(alias))) byAlias.set(searchKey(alias), source);
    for (const name of [source.name, ...source.aliases]) {
      file(byInitials, initialsOf(name), source);
      file(byAcronym, acronymKey(name), source);
    }
  };
  known.forEach(add);

  const match = (written: string): SourceMatch => {
    const key = searchKey(written);
    const existing = (source: KnownSource, via: 'name' | 'alias' | 'initials'): SourceMatch => ({ kind: 'existing', id: source.id, name: source.name, via });
    if (key === '') return { kind: 'new', name: written };
    const named = byName.get(key);
    if (named) return existing(named, 'name');
    const aliased = byAlias.get(key);
    if (aliased) return existing(aliased, 'alias');
    // Shared initials are weaker evidence (HRW is also a Human Rights Watchdog), so they must point at one source.
    const fitting = new Set([...(byInitials.get(acronymKey(written)) ?? []), ...(byAcronym.get(initialsOf(written)) ?? [])]);
    const [only] = fitting;
    return fitting.size === 1 && only ? existing(only, 'initials') : { kind: 'new', name: written };
  };
  return { match, add };
}

export const matchSource = (written: string, known: readonly KnownSource[]): SourceMatch => sourceIndex(known).match(written);
