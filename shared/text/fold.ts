// Script-preserving folding: compatibility forms, letter case, Latin/Cyrillic homoglyphs, diacritics and the
// Kazakh-only Cyrillic letters. The result is still Cyrillic where the input was; transliteration.ts turns it into
// the Latin skeleton. Kept apart because these rules change with Unicode, the others with romanisation habits.

const COMBINING_MARK = /\p{M}/gu;

// Letters whose mark carries meaning in Kazakh Latin and would be lost by plain mark stripping.
// Checked on lowercased NFD text, where each is a base letter plus one combining mark.
const MARK_DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  // 2021 alphabet ş/ç (and Turkish-style romanisations) are ш/ч, not s/c.
  [/s\u0327/g, 'sh'],
  [/c\u0327/g, 'ch'],
  // Romanian comma-below ș is the same sound; people type it by mistake for ş.
  [/s\u0326/g, 'sh'],
  // 2018 alphabet ý is у (consonantal u, "Aýyl" = ауыл), not ы; stripping the acute would make it y.
  [/y\u0301/g, 'u'],
];

// Latin letters that NFKD does not decompose. Without these they would be dropped as "unknown Latin".
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th',
  // 2021 Kazakh Latin ı is ы; Turkish-keyboard users type it for Kazakh i too.
  ı: 'i',
  // Schwa and eng appear in some Kazakh romanisations for ә and ң.
  ə: 'a', ŋ: 'n', ɨ: 'i',
};

// Kazakh letters fold to the Russian letter a Russian-language spelling of the same name uses (Тоқаев → Токаев),
// so Kazakh and Russian Cyrillic spellings meet before transliteration. Also a few Cyrillic letters of
// neighbouring languages that appear in names of Tajik, Ukrainian and Uzbek people.
const CYRILLIC_FOLDS: Readonly<Record<string, string>> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
  'ҳ': 'х', 'ҷ': 'ж', 'ӯ': 'у', 'є': 'е', 'ѳ': 'ф', 'ѣ': 'е', 'ѵ': 'и', 'ј': 'й', 'ѕ': 'з', 'ӏ': '',
};

// Pairs that render identically (or nearly so) in common fonts, in either case: pasted text from social media and
// scanned PDFs often mixes them inside one word ("Тokayev" with Cyrillic Т, "НУР-CУЛТАН" with Latin C).
// The table is lowercase and includes pairs that only look alike in capitals (h/н, t/т, m/м, b/в), because the
// decision must not depend on case: "Нx" and "НX" have to fold alike.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', j: 'ј', k: 'к', m: 'м', o: 'о', p: 'р', s: 'ѕ', t: 'т', x: 'х',
  y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin])),
  // Kazakh һ and ү look like h and y but the pairs above already use those Latin letters.
  'һ': 'h', 'ү': 'y',
};

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Rewrites lookalike letters so each lowercase word is in one script: the one its unambiguous letters use. */
export function unifyHomoglyphs(text: string): string {
  return text.replace(WORD, (word) => {
    let latin = 0;
    let cyrillic = 0;
    let latinLetters = 0;
    let cyrillicLetters = 0;
    for (const ch of word) {
      if (LATIN_LETTER.test(ch)) {
        latinLetters++;
        if (!(ch in LATIN_TO_CYRILLIC)) latin++;
      } else if (CYRILLIC_LETTER.test(ch)) {
        cyrillicLetters++;
        if (!(ch in CYRILLIC_TO_LATIN)) cyrillic++;
      }
    }
    // Unambiguous letters decide; a word made only of lookalikes goes with the majority ("Hур" is Cyrillic);
    // a true tie ("Нx") is left alone.
    if (latin === cyrillic) {
      latin = latinLetters;
      cyrillic = cyrillicLetters;
    }
    if (latin === cyrillic) return word;
    const table = latin > cyrillic ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
    let out = '';
    for (const ch of word) out += table[ch] ?? ch;
    return out;
  });
}

/** Lowercases, removes diacritics and folds Kazakh-only letters, keeping the script. */
export function foldLetters(text: string): string {
  // NFKD again after lowercasing: lowercasing can produce precomposed letters (and İ lowercases to i + dot).
  let s = text.normalize('NFKD').toLowerCase().normalize('NFKD');
  for (const [pattern, replacement] of MARK_DIGRAPHS) s = s.replace(pattern, replacement);
  // Latin specials before homoglyphs, so dotless ı (whose capital is plain I) counts as the i it folds to.
  let latin = '';
  for (const ch of s) latin += LATIN_SPECIALS[ch] ?? ch;
  s = unifyHomoglyphs(latin).replace(COMBINING_MARK, '');
  let out = '';
  for (const ch of s) out += CYRILLIC_FOLDS[ch] ?? ch;
  return out;
}
