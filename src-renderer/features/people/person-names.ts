import type { Person, PersonName } from '../../../shared/model';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The script a name is written in, so search and exports can tell a transliteration from the original. */
export function scriptOf(text: string): PersonName['script'] {
  if (CYRILLIC.test(text)) return 'cyrillic';
  if (LATIN.test(text)) return 'latin';
  return 'other';
}

export const primaryName = (person: Pick<Person, 'names' | 'description'>): string =>
  (person.names.find((n) => n.kind === 'primary') ?? person.names[0])?.text ?? person.description ?? '';
