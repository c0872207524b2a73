// One term per concept in each language. A monitor who reads «метка» on one screen and «тег» on the next, or
// «сақтау» for both the custody log and the Save button, has to wonder whether they are the same thing.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n/resources';

type Term = {
  concept: string;
  /** The word's stem as every label of the concept must contain it. */
  use: string;
  /** Synonyms the language must not use for it anywhere. */
  avoid?: RegExp;
  /** Labels that name the concept itself. */
  keys: string[];
};

// Word starts and ends by letter, not \b (which knows only ASCII).
const word = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');

const GLOSSARY: Record<'ru' | 'kk', Term[]> = {
  ru: [
    { concept: 'seal', use: 'опечат', avoid: /(?<!\p{L})запечат/iu, keys: ['evidence:state.sealed', 'evidence:choose'] },
    { concept: 'tag', use: 'тег', avoid: word('метк[аиеуо]?й?|меток|меткам|метками|метках'), keys: ['cases:field.tags', 'cases:sections.tags', 'cases:filter.tag', 'cases:matchField.tags', 'catalog:picker.chosen'] },
    { concept: 'excerpt', use: 'выдерж', avoid: /(?<!\p{L})(фрагмент|отрыв(ок|ка|ки|ков))/iu, keys: ['cases:kind.excerpt', 'catalog:browser.records.excerpt', 'catalog:browser.timeline.excerpts', 'case-evidence:excerpts.title'] },
    { concept: 'evidence item', use: 'материал', avoid: /(?<!\p{L})элемент/iu, keys: ['cases:history.record.caseItem', 'evidence:count_one'] },
    { concept: 'monitor', use: 'наблюдател', avoid: /мониторщи/iu, keys: ['case-evidence:how.captured-by-monitor'] },
    // The select said «использования» and the badge beside it «пользования»: one consent, one wording.
    { concept: 'internal-only consent', use: 'только для внутреннего использования', avoid: /внутреннего\s+пользования/iu, keys: ['people:consent.internal-only', 'people:badge.internal-only', 'cases:consent.internal-only', 'spreadsheet:preview.consentConfirm'] },
  ],
  kk: [
    { concept: 'tag', use: 'тег', avoid: word('белгі(?:лер(?:і|ді|ге|ден|дің|імен)?|ні|сі|ге|мен)?'), keys: ['cases:field.tags', 'cases:sections.tags', 'cases:filter.tag', 'cases:matchField.tags', 'catalog:picker.chosen'] },
    { concept: 'note', use: 'ескертпе', keys: ['cases:kind.note', 'cases:note.label', 'cases:note.add', 'cases:editor.notes', 'cases:matchField.note', 'export:preview.notes'] },
    { concept: 'evidence item', use: 'материал', avoid: /(?<!\p{L})элемент/iu, keys: ['cases:history.record.caseItem', 'evidence:count_one'] },
    // «Сақтау» is the Save button; custody is «иелік» (who held the item, and when).
    { concept: 'custody', use: 'иелік', avoid: /сақтау\s+(журнал|тарих)/iu, keys: ['viewer:custody.title', 'viewer:custody.loading'] },
  ],
};

function strings(tree: unknown, path: string): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => strings(value, path.includes(':') ? `${path}.${key}` : `${path}:${key}`));
}
const allStrings = (language: 'ru' | 'kk') => Object.entries(resources[language]).flatMap(([namespace, tree]) => strings(tree, namespace));
const valueAt = (language: 'ru' | 'kk', key: string) => new Map(allStrings(language)).get(key);

describe('glossary', () => {
  for (const language of ['ru', 'kk'] as const) {
    for (const term of GLOSSARY[language]) {
      it(`${language}: ${term.concept} is «${term.use}…» in every label that names it`, () => {
        const wrong = term.keys.filter((key) => !valueAt(language, key)?.toLowerCase().includes(term.use));
        expect(wrong.map((key) => `${key} = ${valueAt(language, key)}`)).toEqual([]);
      });
      if (term.avoid) {
        const avoid = term.avoid;
        it(`${language}: no string calls ${term.concept} anything else (${avoid.source})`, () => {
          const offenders = allStrings(language).filter(([, text]) => avoid.test(text));
          expect(offenders.map(([key, text]) => `${key} = ${text}`)).toEqual([]);
        });
      }
    }
  }
});
