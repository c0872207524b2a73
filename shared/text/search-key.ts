// The matching key: one string of skeleton words separated by single spaces. Two spellings of a name match when
// their keys are equal; the search index stores and queries keys only, so the rules live in one place.
import { foldLetters } from './fold';
import { collapseLatinVariants, transliterateCyrillic } from './transliteration';

// Any apostrophe left after transliteration is a separator inside a word (O'skemen, Il'yashev, don't), never a
// word break, so it is deleted rather than turned into a space.
const APOSTROPHES = /['’ʼʻ`´‘ʹ′]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// After folding, Latin and Cyrillic letters outside a-z are ones no rule knows (ɔ, ѯ); they are dropped rather
// than kept, so keys stay in the documented alphabet. Letters of other scripts (Chinese, Arabic, Greek) are kept
// as they are: names of people in Atajurt cases must stay findable even though we do not transliterate them.
const UNKNOWN_LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

function keepKnown(word: string): string {
  let out = '';
  for (const ch of word) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (!UNKNOWN_LATIN_OR_CYRILLIC.test(ch)) out += ch;
  }
  return out;
}

/**
 * Folds text for matching: Ильяшев, Ilyashev and Il'yashev give "iliashev"; Тоқаев, Токаев, Tokayev and Toqaev
 * give "tokaev". Output: words of [a-z0-9] (plus letters of scripts we do not transliterate) joined by one space.
 */
export function searchKey(text: string): string {
  const latin = transliterateCyrillic(foldLetters(text)).replace(APOSTROPHES, '');
  const words: string[] = [];
  for (const raw of latin.split(NON_WORD)) {
    const word = collapseLatinVariants(keepKnown(raw));
    if (word) words.push(word);
  }
  return words.join(' ');
}
