// Cyrillic → Latin skeleton, then collapsing of the many Latin spellings of one name onto that skeleton.
// Input is the output of foldLetters (lowercase, no marks, Kazakh letters already folded to Russian ones).
// The skeleton is a matching key, not a romanisation: it is never shown to people.
//
// Order matters and is the point of this file: Cyrillic is first spelled out in ordinary Russian-style Latin
// (ж → zh, х → kh, я → ya), and only then do the Latin rules run, on Cyrillic-derived and typed Latin alike.
// So any rule that merges two Latin spellings also merges their Cyrillic sources, and no pair can match in one
// direction but not the other.

const CYRILLIC_VOWELS = 'аеёиоуыэюя';

// Plain Russian-style spelling; every later variant is reached by the Latin rules, not here.
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

const APOSTROPHE = "['’ʼʻ`´‘ʹ′]";

const APOSTROPHE_RULES: ReadonlyArray<[RegExp, string]> = [
  // A soft or hard sign before a vowel is heard as y: Гурьев is Guryev, Ильяшев is Ilyashev. Before a consonant
  // it is silent (Маленьких → Malenkikh), so it is dropped.
  [new RegExp(`[ьъ](?=[${CYRILLIC_VOWELS}])`, 'g'), 'й'],
  [/[ьъ]/g, ''],
  // Kazakh Latin 2017 writes ш and ч as s' and c', and у as y' (ы is plain y). Other letter+apostrophe pairs
  // (a' g' n' o' u' i') fold to the bare letter, which is what the 2018 and 2021 forms fold to as well.
  [new RegExp(`s${APOSTROPHE}(?=\\p{L})`, 'gu'), 'sh'],
  [new RegExp(`c${APOSTROPHE}(?=\\p{L})`, 'gu'), 'ch'],
  [new RegExp(`y${APOSTROPHE}(?=\\p{L})`, 'gu'), 'u'],
  // In Russian-style romanisation an apostrophe after a consonant is a soft sign: Gur'ev = Гурьев = Guryev.
  // g' and n' are excluded because in 2017 Kazakh Latin they are ғ and ң (Qarag'andy, Jan'aozen).
  [new RegExp(`(?<=[bdfklmprtvz])${APOSTROPHE}(?=[aeiouy])`, 'gu'), 'y'],
];

// Rules on one Latin word, all of them either removing a letter that no rule re-creates (y, x, q) or shortening
// the word, so applying them until nothing changes always ends, and the result is a fixed point (idempotent key).
const LATIN_RULES: ReadonlyArray<[RegExp, string]> = [
  // Russian-based and Kazakh-based romanisations disagree on q/k (Qazaqstan/Kazakhstan) and x is ks (Max/Макс).
  [/q/g, 'k'],
  [/x/g, 'ks'],
  // y is i in every position that matters: -iy/-y endings, ya/ia, ы (Almaty), й (Baysakova/Baisakova).
  [/y/g, 'i'],
  // Kh/H (Kharkova/Харькова → h, Mukhtar/Muhtar); gh is the Kazakh-based ғ (Qaraghandy).
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  // Zh/J/Dzh: Zhanaozen/Janaozen, Zhambyl/Dzhambul, Kassym-Zhomart/Kassym-Jomart.
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/dj/g, 'j'],
  // щ is spelled shch/sch/sh; Tsoi/Tsoy/Цой and the seed variant Tshoi (only word-initially, where t+sh
  // cannot be a syllable boundary in Kazakh or Russian names).
  [/shch/g, 'sh'],
  [/^tsh/g, 'c'],
  [/ts/g, 'c'],
  // German-style th (Reikherth next to Reikhert): neither Russian nor Kazakh has the sound.
  [/th/g, 't'],
  // Doubled letters vary freely in transliteration (Kassym/Қасым, Gennadiy/Genadiy) and collapse ii from -iy.
  [/([a-z])\1+/g, '$1'],
  // Russian е is "ye" at the start of a word and after a vowel, and writers choose e or ye at will:
  // Yerlan/Erlan, Yevgeniy/Evgeniy, Tokayev/Tokaev. y is already i here, so ie → e.
  [/^ie/g, 'e'],
  [/(?<=[aeiou])ie/g, 'e'],
];

/** Spells Cyrillic letters in plain Russian-style Latin; other characters pass through. */
export function transliterateCyrillic(folded: string): string {
  let s = folded;
  for (const [pattern, replacement] of APOSTROPHE_RULES) s = s.replace(pattern, replacement);
  let out = '';
  for (const ch of s) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** Collapses the Latin spelling variants of one word (a-z only) to its skeleton. */
export function collapseLatinVariants(word: string): string {
  let current = word;
  for (;;) {
    let next = current;
    for (const [pattern, replacement] of LATIN_RULES) next = next.replace(pattern, replacement);
    if (next === current) return current;
    current = next;
  }
}
