// How a person is named on screen and matched when picked, whatever script the name was written in.
// Used by the registry, the case editor and spreadsheet import alike.
import type { Person, PersonName } from '../../../shared/model';
import { searchKey } from '../../../shared/text';

export function scriptOf(text: string): PersonName['script'] {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(text)) return 'latin';
  return 'other';
}

/** The primary name, else the first one, else the description an anonymous person or group is known by. */
export function displayName(person: Person | undefined): string {
  if (!person) return '';
  return (person.names.find((n) => n.kind === 'primary') ?? person.names[0])?.text ?? person.description ?? '';
}

/** People whose any name, folded across scripts, contains the folded query ("ilyash" finds Ильяшев). */
export function matchPeople(people: readonly Person[], query: string, limit = 8): Person[] {
  const key = searchKey(query);
  if (!key) return [];
  return people.filter((p) => p.names.some((n) => searchKey(n.text).includes(key)) || (p.description && searchKey(p.description).includes(key))).slice(0, limit);
}
