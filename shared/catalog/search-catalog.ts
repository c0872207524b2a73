// Ranking for the tag picker. A query is split into article numbers ("19", "20(2)", "3.8") and words; every
// part must match. Numbers match an entry's own number; words match its labels and aliases (strongest) or the
// names of its instrument (so "ICCPR 19" and "Criminal Code 174" work). Ties go to the instrument's priority.
// Everyday phrases ("freedom of assembly") count as an article's own words, and typing a whole one ranks it first.
// A document symbol typed whole ("A/HRC/43/10", any case or spacing) ranks the entry that is that document first.
// A number the catalog lacks is never matched to the entry above it: missingNumber says which instrument lacks it.
// A number after a marker ("art. 10", "ст. VII", Kazakh «10-бап») is the article's; other numbers are then part of
// a name ("Political parties law 2002 art. 10"), so the names the app shows in every language read back as typed.
import { searchKey } from '../text';
import { phrasesFor } from './everyday-phrases';
import { loadCatalog } from './load-catalog';
import { documentSymbolsOf, labelOf, type LabelText } from './lookup';
import type { Lang } from './schema';
import { localisedShortNames } from './short-names';
import { articlesWithNumberedTails } from './tag-migration';
import type { Catalog, CatalogEntry, InstrumentEntry } from './types';

export type CatalogHit = { id: string; entry: CatalogEntry; score: number; label: LabelText };

type Indexed = {
  entry: CatalogEntry;
  number?: string;
  /** An article's instrument number, so "ILO 87 art. 3" finds article 3 of C087. */
  instrumentNumber?: string;
  own: string[];
  context: string[];
  /** Everyday phrases as significant words joined by a space, compared with the query's whole wording. */
  phrases: string[];
  /** The document symbols the entry stands for, as symbolKey gives them. */
  symbols: string[];
  /** An instrument's short name and aliases as significant words, so "Refugee Convention" typed whole ranks it first. */
  names: string[];
  priority: number;
  /** The article's dotted tails are numbers of their own (SDG 16.10), so "16.99" is not a paragraph of 16. */
  dotted?: boolean;
};

// Words that only announce a number: an article's (art., статья, ст., бап, No.) or a part's within it (para., ч.,
// часть, п., пункт, бөлігі, тармақ). Parts rank by depth: ч. 4 п. 2 ст. 274 is paragraph 4.2 of article 274.
const ARTICLE_MARKERS = new Set(['art', 'artikle', 'article', 'articles', 'statia', 'st', 'bap', 'no', 'n', 'nomer']);
const PART_MARKERS = new Map([
  ...['part', 'para', 'paragraph', 'ch', 'chast', 'chasti', 'bolik', 'boligi'].map((w) => [w, 0] as const),
  ...['p', 'pt', 'pp', 'punkt', 'podpunkt', 'subparagraph', 'tarmak', 'tarmagi'].map((w) => [w, 1] as const),
]);
const MARKERS = new Set([...ARTICLE_MARKERS, ...PART_MARKERS.keys()]);
const STOP_WORDS = new Set(['of', 'the', 'on', 'and', 'i', 'v', 'na', 'jane', 'pa']);
// "460-1" is an article inserted after 460, never its paragraph 1; a paragraph can carry a hyphen too ("176.2-1").
const NUMBER = /^\d+(?:-\d+)*(?:\.[0-9a-z]+(?:-\d+)*)*$/;

// Kazakh writes the word after the number, with case endings: «274-бап», «19-бабы», «460-1-бабының», «VII-бап»,
// and a part likewise: «4-бөлігі», «2-тармағы».
const KAZAKH_ARTICLE = /^((?:\d+(?:-\d+)*|[ivxl]+)(?:\.[0-9a-z]+(?:-\d+)*)*)-ба[пб]\p{L}*$/u;
const KAZAKH_PART = /^(\d+)-(?:(бөлі)|тарма)\p{L}*$/u;
// A case ending hyphenated to an abbreviation: «ҚК-нің», «АСҚХП-ның», «ӘҚБтК-не».
const KAZAKH_CASE_ENDING =
  /^(\p{L}{2,6})-(?:[ндт][ыі]ң|[ндт][ыі]|[гк][е]|[ғқ][а]|[нтд]?[еа]|[нтд][еа]н|[мбп]ен|[нтд][ае]ғы|[нтд]егі)$/u;
// Roman numerals name articles (Helsinki principle VII) and instruments (Geneva Convention II). Folding would read
// "II" and "III" as "i", so a Latin numeral up to XX becomes a word of its own before folding: "II" → "2r".
const ROMAN = /^(?:x{0,2})(?:ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    total += value < (ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0) ? -value : value;
  }
  return total;
}
const romanWords = (text: string): string =>
  text.replace(/(?<![\p{L}\p{N}])[IVXivx]+(?![\p{L}\p{N}])/gu, (w) => (ROMAN.test(w.toLowerCase()) ? ` ${romanValue(w.toLowerCase())}r ` : w));

// Kazakh cites a code in the genitive: «Конституцияның 12-бабы», «Еңбек кодексінің 176-бабы», «Пактінің». The
// ending (-ның, -нің, -дың, -дің, -тың, -тің; folded "nin", "din", "tin") comes off long words in the index and the
// query alike, and with it a possessive -і/-ы after a consonant (кодекс-і-нің, пакт-і-нің).
const GENITIVE = /^(.{4,}?)[ndt]in$/;
function withoutGenitive(word: string): string {
  const stem = word.length >= 7 ? GENITIVE.exec(word)?.[1] : undefined;
  if (stem === undefined) return word;
  return /[^aeiouy]i$/.test(stem) ? stem.slice(0, -1) : stem;
}

const words = (texts: readonly (string | undefined)[]): string[] =>
  texts.flatMap((t) => (t ? searchKey(romanWords(t)).split(' ').filter(Boolean).map(withoutGenitive) : []));
const significant = (keys: readonly string[]): string[] => keys.filter((w) => !MARKERS.has(w) && !STOP_WORDS.has(w));
/** Symbols keep their slashes and dots, which carry meaning (43/10 is not 4/310); only case and spaces are ignored. */
const symbolKey = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

/** The Russian and Kazakh short names the app shows for an instrument (Kazakh codes and laws). */
const shortNamesOf = (id: string): string[] => Object.values(localisedShortNames()[id] ?? {});

function numberOf(entry: CatalogEntry): string | undefined {
  if (entry.kind === 'article') return entry.number.toLowerCase();
  if (entry.kind === 'instrument') return entry.number?.toLowerCase();
  if (entry.kind === 'recommendation') return entry.paragraph;
  return undefined;
}

function indexEntry(entry: CatalogEntry, catalog: Catalog): Indexed {
  // An article's id repeats its instrument's, so only other kinds match on id words ("VT KETTLING").
  const symbols = documentSymbolsOf(entry);
  const own = words([...Object.values(entry.label), ...entry.aliases, ...symbols, entry.kind === 'article' ? undefined : entry.id.replace(/-/g, ' ')]);
  if (entry.kind === 'instrument') own.push(...words([entry.shortName, ...shortNamesOf(entry.id)]));
  if (entry.kind === 'mechanism') own.push(...words([entry.shortName]));
  if (entry.kind === 'place') own.push(...words(entry.names.map((n) => n.text)));
  const phraseTexts = phrasesFor(entry.id);
  own.push(...words(phraseTexts));
  const phrases = phraseTexts.map((p) => significant(words([p])).join(' '));
  let context: string[] = [];
  let instrumentNumber: string | undefined;
  let priority = 0;
  let dotted = false;
  if (entry.kind === 'article') {
    const instrument = catalog.entries.get(entry.instrumentId);
    if (instrument?.kind === 'instrument') {
      context = words([instrument.shortName, ...shortNamesOf(instrument.id), instrument.id.replace(/-/g, ' '), ...instrument.aliases, ...Object.values(instrument.label)]);
      instrumentNumber = instrument.number?.toLowerCase();
    }
    priority = entry.priority + (entry.substantive ? 5 : 0);
    dotted = articlesWithNumberedTails(catalog).has(entry.id);
  } else if (entry.kind === 'instrument') {
    priority = entry.priority;
  } else if (entry.kind === 'recommendation') {
    context = words([entry.document, entry.mechanism?.replace(/-/g, ' ')]);
  } else if (entry.kind === 'violation-type') {
    priority = 20;
  }
  const number = numberOf(entry);
  return {
    entry,
    own,
    context,
    phrases,
    symbols: symbols.map(symbolKey),
    names: entry.kind === 'instrument' ? [entry.shortName, ...shortNamesOf(entry.id), ...entry.aliases].map((n) => significant(words([n])).join(' ')) : [],
    priority,
    ...(number === undefined ? {} : { number }),
    ...(instrumentNumber === undefined ? {} : { instrumentNumber }),
    ...(dotted ? { dotted } : {}),
  };
}

const indexes = new WeakMap<Catalog, Indexed[]>();
function indexOf(catalog: Catalog): Indexed[] {
  let index = indexes.get(catalog);
  if (!index) {
    index = [...catalog.entries.values()].map((e) => indexEntry(e, catalog));
    indexes.set(catalog, index);
  }
  return index;
}

/** 3 exact, 2 prefix ("expr" → expression), 1 shared stem (выражения ~ выражение); 0 none. */
function wordScore(query: string, candidates: readonly string[]): number {
  let best = 0;
  for (const w of candidates) {
    if (w === query) return 3;
    if (query.length >= 3 && w.startsWith(query)) best = Math.max(best, 2);
    else if (query.length >= 5 && w.length >= 5 && w.slice(0, query.length - 2) === query.slice(0, -2)) best = Math.max(best, 1);
  }
  return best;
}

/** `name` is every word and number as typed, to compare with an instrument's name that has a number in it. */
type Query = { raw: string; numbers: string[]; words: string[]; phrase: string; name: string };

function parseQuery(raw: string): Query {
  const numbers: string[] = [];
  const marked: string[] = [];
  const parts: { number: string; depth: number }[] = [];
  const rest: string[] = [];
  let marker: 'article' | number | undefined;
  for (let piece of raw.toLowerCase().split(/[\s,;]+/)) {
    const glued = /^(art|st|ст|ч|п|para|no|№)\.?(?=\d)/u.exec(piece)?.[1];
    if (glued) marker = glued === 'ч' || glued === 'para' ? 0 : glued === 'п' ? 1 : 'article';
    piece = piece.replace(/^(art|st|ст|ч|п|para|no|№)\.?(?=\d)/u, '').replace(/\((\w{1,3}(?:-\d+)?)\)/g, '.$1').replace(/\.$/, '');
    const kazakh = KAZAKH_ARTICLE.exec(piece);
    const kazakhPart = KAZAKH_PART.exec(piece);
    if (kazakh || kazakhPart) {
      if (kazakh) marked.push(kazakh[1]!);
      else parts.push({ number: kazakhPart![1]!, depth: kazakhPart![2] ? 0 : 1 });
      marker = undefined;
      continue;
    }
    piece = piece.replace(KAZAKH_CASE_ENDING, '$1');
    // "cc-405", "cao-460-1": a name glued to a number. The name ends in a letter, so "460-1" itself stays whole.
    const hyphenated = piece.match(/^(.*?[^\d-])-(\d+(?:-\d+)*(?:\.[0-9a-z]+)*)$/);
    if (hyphenated) {
      rest.push(hyphenated[1]!);
      piece = hyphenated[2]!;
    }
    const isNumber = NUMBER.test(piece) || (marker === 'article' && piece !== '' && ROMAN.test(piece));
    if (isNumber && marker === 'article') marked.push(piece);
    else if (isNumber && typeof marker === 'number') parts.push({ number: piece, depth: marker });
    else if (isNumber) numbers.push(piece);
    else if (piece) rest.push(piece);
    const keys = piece === '' ? [] : words([piece]);
    marker =
      keys.length > 0 && keys.every((w) => ARTICLE_MARKERS.has(w))
        ? 'article'
        : keys.length > 0 && keys.every((w) => PART_MARKERS.has(w))
          ? Math.max(...keys.map((w) => PART_MARKERS.get(w)!))
          : undefined;
  }
  // A marked number is the article, its parts a paragraph of it; any other number is part of the instrument's name
  // ("law 2002 art. 10"). Parts with no marked article are plain numbers ("CCPR/C/KAZ/CO/2 para 18").
  if (marked.length > 0) {
    const paragraph = parts.toSorted((a, b) => a.depth - b.depth).map((p) => `.${p.number}`).join('');
    marked[0] += paragraph;
    rest.push(...numbers.splice(0, numbers.length, ...marked));
  } else {
    numbers.push(...parts.map((p) => p.number));
  }
  const queryWords = significant(words(rest));
  return { raw: raw.trim(), numbers, words: queryWords, phrase: queryWords.join(' '), name: significant(words([raw])).join(' ') };
}

/** 60 when the query's words are one of the entry's everyday phrases, 30 when they begin one; 0 otherwise. */
function phraseScore(query: Query, phrases: readonly string[]): number {
  if (query.numbers.length > 0 || query.phrase === '') return 0;
  if (phrases.includes(query.phrase)) return 60;
  return query.phrase.length >= 3 && phrases.some((p) => p.startsWith(query.phrase)) ? 30 : 0;
}

function scoreEntry(item: Indexed, query: Query): number {
  // "UNSC resolution 1325", "Charity law 2015": an instrument's whole name, whose number is no article number.
  if (query.numbers.length > 0 && item.names.includes(query.name)) return 160;
  let score = 0;
  let ownNumberMatched = false;
  let instrumentNumberMatched = false;
  for (const n of query.numbers) {
    if (item.number === n) score += 100;
    else if (item.number && !item.dotted && n.startsWith(`${item.number}.`)) score += 80;
    // "460" also offers 460-1 and 460-2, below 460 itself.
    else if (item.number?.startsWith(`${n}-`)) score += 50;
    else if (!instrumentNumberMatched && item.instrumentNumber === n) {
      instrumentNumberMatched = true;
      score += 30;
      continue;
    } else return 0;
    ownNumberMatched = true;
  }
  // "87" alone is convention 87 itself, not every article of it.
  if (instrumentNumberMatched && !ownNumberMatched) return 0;
  for (const w of query.words) {
    const own = wordScore(w, item.own);
    const context = wordScore(w, item.context);
    if (own === 0 && context === 0) return 0;
    score += Math.max(own * 10, context * 8);
  }
  const isWholeName = query.numbers.length === 0 && query.phrase !== '' && item.names.includes(query.phrase);
  return score + phraseScore(query, item.phrases) + (isWholeName ? 60 : 0);
}

/** Ranked catalog entries for a tag-picker query, labelled in `lang` (with visible English fallback). */
export function searchCatalog(query: string, lang: Lang, limit = 20, catalog: Catalog = loadCatalog()): CatalogHit[] {
  const parsed = parseQuery(query);
  const exact = catalog.entries.get(parsed.raw.toUpperCase());
  if (parsed.numbers.length === 0 && parsed.words.length === 0 && !exact) return [];
  const symbol = symbolKey(parsed.raw);
  const hits: CatalogHit[] = [];
  for (const item of indexOf(catalog)) {
    const base = item.entry === exact ? 1000 : item.symbols.includes(symbol) ? 900 : scoreEntry(item, parsed);
    if (base > 0) {
      hits.push({ id: item.entry.id, entry: item.entry, score: base + item.priority / 10, label: labelOf(item.entry, lang) });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return hits.slice(0, limit);
}

/** A number typed for an instrument whose catalog entry has no such article or target. */
export type MissingNumber = { instrumentId: string; number: string };

/**
 * The instrument the query names and the number it lacks ("SDG 16.99", "ICCPR 99", "SDG 16.10.1"), so the picker
 * can say the number is not in the catalog instead of quietly offering goal 16 or the whole covenant. A paragraph
 * of a known article ("ICCPR 19(2)") and an instrument's own number ("ILO 87") are not missing. Without words, only
 * a dotted number under a known goal counts ("16.99"); a bare "99" names no instrument.
 */
export function missingNumber(query: string, catalog: Catalog = loadCatalog()): MissingNumber | undefined {
  const parsed = parseQuery(query);
  const number = parsed.numbers[0];
  if (parsed.numbers.length !== 1 || number === undefined) return undefined;
  if (indexOf(catalog).some((item) => item.names.includes(parsed.name))) return undefined;
  // "freedom 19" finds ICCPR 19 by its heading: a number some matching entry carries is not missing.
  if (indexOf(catalog).some((item) => item.number === number && scoreEntry(item, parsed) > 0)) return undefined;
  const numberedTails = articlesWithNumberedTails(catalog);
  const numbersOf = (instrument: InstrumentEntry): string[] =>
    instrument.articleIds.flatMap((id) => {
      const article = catalog.entries.get(id);
      return article?.kind === 'article' ? [article.number.toLowerCase()] : [];
    });
  const parent = number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : undefined;
  const named = indexOf(catalog)
    .filter((item): item is Indexed & { entry: InstrumentEntry } => item.entry.kind === 'instrument')
    .map((item) => ({ instrument: item.entry, score: parsed.words.length > 0 ? scoreEntry(item, { ...parsed, numbers: [] }) : 0, numbers: numbersOf(item.entry) }))
    .filter(({ instrument, score, numbers }) =>
      parsed.words.length > 0 ? score > 0 : parent !== undefined && numbers.includes(parent) && numberedTails.has(`${instrument.id}-${parent}`),
    )
    .sort((a, b) => b.score - a.score || b.instrument.priority - a.instrument.priority);
  // "19.2" is paragraph 2 of article 19, unless 19's dotted tails are numbers of their own.
  const isParagraphOf = (instrument: InstrumentEntry, numbers: readonly string[]): boolean => {
    const article = number.split('.')[0]!;
    return article !== number && numbers.includes(article) && !numberedTails.has(`${instrument.id}-${article}`);
  };
  const has = ({ instrument, numbers }: (typeof named)[number]): boolean =>
    instrument.number?.toLowerCase() === number || numbers.includes(number) || isParagraphOf(instrument, numbers);
  const first = named[0];
  if (!first || named.some(has)) return undefined;
  return { instrumentId: first.instrument.id, number };
}
