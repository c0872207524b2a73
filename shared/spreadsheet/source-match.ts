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
  return words.map((word) => letterKey(word.charAt(0))).join('');
}

// Folding is the slow part of matching a 50,000-row sheet, and initials keep folding the same few letters.
const letterKeys = new Map<string, string>();
function letterKey(letter: string): string {
  let key = letterKeys.get(letter);
  if (key === undefined) {
    key = searchKey(letter);
    letterKeys.set(letter, key);
  }
  return key;
}

/** A name written as one short capitalised word, as acronyms are ("HRW", "H.R.W.", "КМБПЧ"), folded; else ''. */
const acronymKey = (text: string): string => {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return '';
  // "H. R. W." is still one word; "HRW Report" is not an acronym.
  if (/\s/.test(text.trim().replace(/\.\s+/g, '.'))) return '';
  return searchKey(text).replace(/ /g, '');
};

type NameKeys = { key: string; initials: string; acronym: string };
const keysOf = (name: string): NameKeys => ({ key: searchKey(name), initials: initialsOf(name), acronym: acronymKey(name) });

/**
 * Finds sources by any of their names. Keys are worked out once per spelling, so a sheet of 50,000 rows is
 * matched in one pass however many sources the vault holds; sources the file adds (`isNew`) join the same index,
 * and a later spelling of one of them is reported as that new source.
 */
export function sourceIndex(known: readonly KnownSource[] = []): { match(written: string): SourceMatch; add(source: KnownSource): void } {
  type Entry = { source: KnownSource; isNew: boolean };
  const byName = new Map<string, Entry>();
  const byAlias = new Map<string, Entry>();
  const byInitials = new Map<string, Set<Entry>>();
  const byAcronym = new Map<string, Set<Entry>>();
  const cachedKeys = new Map<string, NameKeys>();
  const keys = (name: string): NameKeys => {
    let found = cachedKeys.get(name);
    if (!found) {
      found = keysOf(name);
      cachedKeys.set(name, found);
    }
    return found;
  };
  const file = (map: Map<string, Set<Entry>>, key: string, entry: Entry): void => {
    if (key !== '') map.set(key, (map.get(key) ?? new Set()).add(entry));
  };
  const index = (source: KnownSource, isNew: boolean): void => {
    const entry = { source, isNew };
    // Two recorded sources with the same folded name are one source entered twice, so the first will do.
    const nameKey = keys(source.name).key;
    if (!byName.has(nameKey)) byName.set(nameKey, entry);
    for (const alias of source.aliases) if (!byAlias.has(keys(alias).key)) byAlias.set(keys(alias).key, entry);
    for (const name of [source.name, ...source.aliases]) {
      file(byInitials, keys(name).initials, entry);
      file(byAcronym, keys(name).acronym, entry);
    }
  };
  known.forEach((source) => index(source, false));

  const found = ({ source, isNew }: Entry, via: 'name' | 'alias' | 'initials'): SourceMatch =>
    isNew ? { kind: 'new', name: source.name } : { kind: 'existing', id: source.id, name: source.name, via };
  const match = (written: string): SourceMatch => {
    const { key, acronym, initials } = keys(written);
    if (key === '') return { kind: 'new', name: written };
    const named = byName.get(key);
    if (named) return found(named, 'name');
    const aliased = byAlias.get(key);
    if (aliased) return found(aliased, 'alias');
    // Shared initials are weaker evidence (HRW is also a Human Rights Watchdog), so they must point at one source.
    const fitting = new Set([...(byInitials.get(acronym) ?? []), ...(byAcronym.get(initials) ?? [])]);
    const [only] = fitting;
    return fitting.size === 1 && only ? found(only, 'initials') : { kind: 'new', name: written };
  };
  return { match, add: (source) => index(source, true) };
}

export const matchSource = (written: string, known: readonly KnownSource[]): SourceMatch => sourceIndex(known).match(written);
