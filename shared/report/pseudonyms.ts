// People a publication may not name appear as "Person A", "Person B"… the same letter everywhere in one report: in
// the narrative, the footnotes and the annex. Who may be named follows the case export's rule for a publication
// (shared/export/case-disclosure.ts): only consent to named publication allows a name.
import type { Person } from '../model';
import type { Translate } from '../i18n/translate';

export type Substitution = { personId: string; alias: string; names: string[]; consent: Person['consent'] };

/** The same rule discloseCase applies to a publication. */
export const mayBeNamed = (person: Pick<Person, 'consent'>): boolean => person.consent === 'named-publication';

const letters = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `${letters(Math.floor(index / 26) - 1)}${letters(index % 26)}`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Russian and Kazakh decline names ("Ильяшева", "Ильяшевым", "Бокаевқа"): a name's word followed by a short ending is
// still the name. Replacing a little too much is the safe side of a mistake here.
const ENDING = '\\p{L}{0,4}';
const MIN_WORD = 3;
// A name ending in a vowel changes it when declined (Шакибаева → Шакибаевой, Айгуль → Айгулю), so a longer word is
// matched on what comes before that vowel.
const FINAL_VOWEL = /[аеёиоуыэюяьйәөұүіaeiouy]$/iu;
const stem = (word: string): string => ([...word].length >= 5 && FINAL_VOWEL.test(word) ? word.slice(0, -1) : word);

export type Pseudonymiser = {
  readonly substitutions: readonly Substitution[];
  /** The alias of a person who may not be named, undefined for one who may. */
  aliasOf(personId: string): string | undefined;
  /** The text with every name (and every word of a name) of an unnamed person replaced by their alias. */
  apply(text: string): string;
};

/**
 * `people` in order of first appearance in the report, so Person A is the first one a reader meets. People who
 * may be named pass through untouched.
 */
export function createPseudonymiser(people: readonly Person[], t: Translate): Pseudonymiser {
  const substitutions: Substitution[] = [];
  const byId = new Map<string, Substitution>();
  for (const person of people) {
    if (mayBeNamed(person) || byId.has(person.id)) continue;
    const substitution = { personId: person.id, alias: t('report:person.alias', { letter: letters(substitutions.length) }), names: person.names.map((n) => n.text), consent: person.consent };
    substitutions.push(substitution);
    byId.set(person.id, substitution);
  }
  // Every name and every word of a name, each pointing at its alias. One pattern holds them all, longest first, so
  // "Ильяшев Алнур" becomes one alias rather than two, and a text is read once however many people there are (the
  // builder runs this on every keystroke). A word two people share goes to the one met first.
  const aliasOfText = new Map<string, string>();
  for (const { names, alias } of substitutions) {
    const whole = names.map((name) => name.trim()).filter((name) => [...name].length >= MIN_WORD);
    const words = names.flatMap((name) => name.split(/[\s,.'’-]+/u)).filter((word) => [...word].length >= MIN_WORD).map(stem);
    for (const text of [...whole, ...words]) if (!aliasOfText.has(text.toLowerCase())) aliasOfText.set(text.toLowerCase(), alias);
  }
  const texts = [...aliasOfText.keys()].sort((a, b) => b.length - a.length);
  const names = texts.length > 0 ? new RegExp(`(?<!\\p{L})(${texts.map(escape).join('|')})${ENDING}(?!\\p{L})`, 'giu') : undefined;
  // "Person A Person A", where a given name and a surname were replaced one by one, reads as one person.
  const repeated = substitutions.length > 0 ? new RegExp(`(${substitutions.map((s) => escape(s.alias)).join('|')})(?:\\s+\\1)+`, 'gu') : undefined;
  return {
    substitutions,
    aliasOf: (personId) => byId.get(personId)?.alias,
    apply(text) {
      if (!names || !repeated) return text;
      return text.replace(names, (match, name: string) => aliasOfText.get(name.toLowerCase()) ?? match).replace(repeated, '$1');
    },
  };
}
