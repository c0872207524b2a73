/**
 * Reads a consent cell as monitors write it in English, Russian or Kazakh ("named", «можно называть», «тек
 * ішкі»), including the app's own wording from the person form. Only whole phrases count, so "not named" or
 * «нельзя называть» are never read as permission; anything unread is left to the caller, which records the
 * person as internal-only, the most protective choice.
 */
import type { Consent } from '../model/person';
import enPeople from '../i18n/en/people.json';
import kkPeople from '../i18n/kk/people.json';
import ruPeople from '../i18n/ru/people.json';
import { foldLabel } from './column-mapping';

const PHRASES: Record<Consent, readonly string[]> = {
  'named-publication': [
    'named', 'named publication', 'publish named', 'publish with name', 'can be named', 'may be named', 'by name', 'public',
    'можно называть', 'можно назвать', 'можно с именем', 'с именем', 'публиковать с именем', 'называть', 'публично',
    'атын атауға болады', 'атымен', 'атымен жариялау', 'аты аталсын', 'атын атауға келісті',
  ],
  'anonymised-publication': [
    'anonymised', 'anonymized', 'anonymous', 'anonymously', 'anonymised publication', 'anonymized publication', 'publish anonymised',
    'publish anonymously', 'without name', 'no name',
    'анонимно', 'анонимная публикация', 'обезличенно', 'без имени', 'публиковать анонимно', 'можно анонимно',
    'анонимді', 'атын атамай', 'есімін атамай', 'аты аталмасын', 'жасырын',
  ],
  'internal-only': [
    'internal', 'internal only', 'internal use only', 'do not publish', 'not for publication', 'confidential',
    'только внутреннее', 'внутреннее', 'только для внутреннего использования', 'для внутреннего пользования', 'не публиковать', 'конфиденциально',
    'тек ішкі', 'ішкі', 'тек ішкі пайдалану', 'жарияламау', 'жариялауға болмайды', 'құпия',
  ],
};

const byPhrase = new Map<string, Consent>();
for (const [consent, phrases] of Object.entries(PHRASES) as [Consent, readonly string[]][]) {
  for (const phrase of [...phrases, enPeople.consent[consent], ruPeople.consent[consent], kkPeople.consent[consent], consent]) {
    byPhrase.set(foldLabel(phrase), consent);
  }
}

/** The consent a cell states, or undefined when it states none Tamga can be sure of. */
export function readConsent(text: string): Consent | undefined {
  return byPhrase.get(foldLabel(text));
}

/** Every phrase readConsent accepts, folded, with the consent it stands for. */
export const consentPhrases = (): ReadonlyMap<string, Consent> => byPhrase;
