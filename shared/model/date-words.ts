// Month, season and part-of-month words in English, Russian and Kazakh, in the forms reports use them
// ("март", "марта", "марте"; "көктем", "көктемде"). Kept apart from the parser so a translator can check them.
export type DateLanguage = 'en' | 'ru' | 'kk';
type Season = 'winter' | 'spring' | 'summer' | 'autumn';
type Part = 'early' | 'mid' | 'late';

export const MONTH_NAMES = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ruGenitive: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
} as const;

/** Kazakh ablative forms ("наурыздан бері", since March), which an open-ended date is written with. */
export const KK_MONTH_ABLATIVE = ['қаңтардан', 'ақпаннан', 'наурыздан', 'сәуірден', 'мамырдан', 'маусымнан', 'шілдеден', 'тамыздан', 'қыркүйектен', 'қазаннан', 'қарашадан', 'желтоқсаннан'];
export const KK_SEASON_ABLATIVE: Record<Season, string> = { winter: 'қыстан', spring: 'көктемнен', summer: 'жаздан', autumn: 'күзден' };
export const KK_PART_ABLATIVE: Record<Part, string> = { early: 'басынан', mid: 'ортасынан', late: 'аяғынан' };
/** Russian genitive forms after «с» ("с весны 2021", "с начала марта 2020"). */
export const RU_SEASON_GENITIVE: Record<Season, string> = { winter: 'зимы', spring: 'весны', summer: 'лета', autumn: 'осени' };
export const RU_PART_GENITIVE: Record<Part, string> = { early: 'начала', mid: 'середины', late: 'конца' };

const RU_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const EN_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const SEASON_NAMES: Record<DateLanguage, Record<Season, string>> = {
  en: { winter: 'winter', spring: 'spring', summer: 'summer', autumn: 'autumn' },
  ru: { winter: 'зима', spring: 'весна', summer: 'лето', autumn: 'осень' },
  kk: { winter: 'қыс', spring: 'көктем', summer: 'жаз', autumn: 'күз' },
};

export const MONTH_PARTS: Record<DateLanguage, Record<Part, string>> = {
  en: { early: 'early', mid: 'mid', late: 'late' },
  ru: { early: 'начало', mid: 'середина', late: 'конец' },
  kk: { early: 'басы', mid: 'ортасы', late: 'аяғы' },
};

type Meaning = { type: 'month'; value: number } | { type: 'season'; value: Season } | { type: 'part'; value: Part };

const SEASON_FORMS: Record<string, Season> = {
  fall: 'autumn', зимой: 'winter', зимы: 'winter', весной: 'spring', весны: 'spring', летом: 'summer', лета: 'summer',
  осенью: 'autumn', осени: 'autumn', қыста: 'winter', көктемде: 'spring', көктемі: 'spring', жазда: 'summer', күзде: 'autumn',
};
const PART_FORMS: Record<string, Part> = {
  beginning: 'early', middle: 'mid', end: 'late', 'mid-': 'mid', начале: 'early', начала: 'early', середине: 'mid',
  середины: 'mid', конце: 'late', конца: 'late', басында: 'early', ортасында: 'mid', аяғында: 'late', соңы: 'late', соңында: 'late',
};

// Every language's words are accepted whatever `lang` says: monitors paste Russian text into an English UI.
// `lang` only breaks ties, and today no word is ambiguous across the three tables.
const WORDS = new Map<string, Meaning>();
function addAll(names: readonly string[], make: (i: number) => Meaning): void {
  names.forEach((name, i) => WORDS.set(name.toLowerCase(), make(i)));
}
for (const list of [MONTH_NAMES.en, MONTH_NAMES.ru, MONTH_NAMES.ruGenitive, MONTH_NAMES.kk, RU_PREPOSITIONAL, EN_SHORT, KK_MONTH_ABLATIVE]) {
  addAll(list, (i) => ({ type: 'month', value: i + 1 }));
}
for (const lang of ['en', 'ru', 'kk'] as const) {
  for (const [season, name] of Object.entries(SEASON_NAMES[lang])) WORDS.set(name, { type: 'season', value: season as Season });
  for (const [part, name] of Object.entries(MONTH_PARTS[lang])) WORDS.set(name, { type: 'part', value: part as Part });
}
for (const [word, season] of Object.entries(SEASON_FORMS)) WORDS.set(word, { type: 'season', value: season });
for (const [season, word] of Object.entries(KK_SEASON_ABLATIVE)) WORDS.set(word, { type: 'season', value: season as Season });
for (const [part, word] of Object.entries(KK_PART_ABLATIVE)) WORDS.set(word, { type: 'part', value: part as Part });
for (const [word, part] of Object.entries(PART_FORMS)) WORDS.set(word, { type: 'part', value: part });

export function lookupDateWord(word: string, _lang: DateLanguage): Meaning | undefined {
  return WORDS.get(word.toLowerCase()) ?? WORDS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
