// Dates as monitors actually know them: "26.03.2020", "late April 2020", "spring 2021", "2020", a span, or an
// open-ended "since 2017" that runs to the present. The precision is kept so "March 2020" is never silently widened to 1 March, and conflicting dates stay comparable
// through earliest()/latest().
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import {
  isRealDay,
  KK_MONTH_ABLATIVE,
  KK_PART_ABLATIVE,
  KK_SEASON_ABLATIVE,
  lookupDateWord,
  MONTH_NAMES,
  MONTH_PARTS,
  RU_PART_GENITIVE,
  RU_SEASON_GENITIVE,
  SEASON_NAMES,
  type DateLanguage,
} from './date-words';

export type { DateLanguage } from './date-words';

const Year = z.number().int().min(1000).max(9999);
const Month = z.number().int().min(1).max(12);
export const Season = z.enum(['winter', 'spring', 'summer', 'autumn']);
export const MonthPart = z.enum(['early', 'mid', 'late']);

const DaySchema = z
  .object({ precision: z.literal('day'), year: Year, month: Month, day: z.number().int().min(1).max(31) })
  .refine((d) => isRealDay(d.year, d.month, d.day), { message: 'no such day' });
const MonthSchema = z.object({ precision: z.literal('month'), year: Year, month: Month, part: MonthPart.optional() });
const SeasonSchema = z.object({ precision: z.literal('season'), year: Year, season: Season });
const YearSchema = z.object({ precision: z.literal('year'), year: Year });

/** A single point known to some precision; ranges are built from two of these. */
export const PointDate = z.union([DaySchema, MonthSchema, SeasonSchema, YearSchema]);
export type PointDate = z.infer<typeof PointDate>;

const RangeSchema: z.ZodType<RangeDate> = z
  .object({ precision: z.literal('range'), from: PointDate, to: PointDate })
  .refine((r) => earliest(r.from) <= latest(r.to), { message: 'range ends before it starts' });

export type RangeDate = { precision: 'range'; from: PointDate; to: PointDate };
/** From a known point to the present, still going on: "since 2017", «с 2017 года», «2017 жылдан бері». */
export type SinceDate = { precision: 'since'; from: PointDate };
const SinceSchema = z.object({ precision: z.literal('since'), from: PointDate });
export type ApproximateDate = PointDate | RangeDate | SinceDate;
export const ApproximateDate: z.ZodType<ApproximateDate> = z.union([DaySchema, MonthSchema, SeasonSchema, YearSchema, RangeSchema, SinceSchema]);

/** What latest() gives for an open-ended date: it may reach any later day, so every later filter includes it. */
export const OPEN_END = '9999-12-31';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Winter belongs to the year of its December (winter 2020 = Dec 2020 – Feb 2021), the usual reading in reports.
const SEASON_MONTHS = { winter: [12, 2], spring: [3, 5], summer: [6, 8], autumn: [9, 11] } as const;
const PART_DAYS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

/** First calendar day the date can mean, as YYYY-MM-DD (sortable as text). */
export function earliest(date: ApproximateDate): string {
  switch (date.precision) {
    case 'day': return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month': return `${date.year}-${pad(date.month)}-${pad(date.part ? PART_DAYS[date.part][0] : 1)}`;
    case 'season': return `${date.year}-${pad(SEASON_MONTHS[date.season][0])}-01`;
    case 'year': return `${date.year}-01-01`;
    case 'range':
    case 'since': return earliest(date.from);
  }
}

/** Last calendar day the date can mean, as YYYY-MM-DD. */
export function latest(date: ApproximateDate): string {
  switch (date.precision) {
    case 'day': return earliest(date);
    case 'month': {
      const last = date.part ? Math.min(PART_DAYS[date.part][1], daysIn(date.year, date.month)) : daysIn(date.year, date.month);
      return `${date.year}-${pad(date.month)}-${pad(last)}`;
    }
    case 'season': {
      const endMonth = SEASON_MONTHS[date.season][1];
      const endYear = date.season === 'winter' ? date.year + 1 : date.year;
      return `${endYear}-${pad(endMonth)}-${pad(daysIn(endYear, endMonth))}`;
    }
    case 'year': return `${date.year}-12-31`;
    case 'range': return latest(date.to);
    case 'since': return OPEN_END;
  }
}

function formatPoint(date: PointDate, lang: DateLanguage): string {
  switch (date.precision) {
    case 'day': return earliest(date);
    case 'year': return String(date.year);
    case 'season': return `${SEASON_NAMES[lang][date.season]} ${date.year}`;
    case 'month': {
      const month = MONTH_NAMES[lang][date.month - 1];
      if (!date.part) return `${month} ${date.year}`;
      const part = MONTH_PARTS[lang][date.part];
      // Russian and Kazakh put the part after or around the month in the genitive; these forms read naturally.
      if (lang === 'en') return `${part} ${month} ${date.year}`;
      if (lang === 'ru') return `${part} ${MONTH_NAMES.ruGenitive[date.month - 1]} ${date.year}`;
      return `${month} айының ${part} ${date.year}`;
    }
  }
}

// «с марта 2020», «с весны 2021»: Russian puts the start in the genitive after «с».
function formatSinceRu(date: PointDate): string {
  switch (date.precision) {
    case 'day': return `с ${earliest(date)}`;
    case 'year': return `с ${date.year} года`;
    case 'season': return `с ${RU_SEASON_GENITIVE[date.season]} ${date.year}`;
    case 'month': {
      const month = MONTH_NAMES.ruGenitive[date.month - 1];
      return date.part ? `с ${RU_PART_GENITIVE[date.part]} ${month} ${date.year}` : `с ${month} ${date.year}`;
    }
  }
}

// «2017 жылдан бері», «2020 жылғы наурыздан бері»: Kazakh puts the start in the ablative before «бері».
function formatSinceKk(date: PointDate): string {
  switch (date.precision) {
    case 'day': return `${date.year} жылғы ${date.day} ${KK_MONTH_ABLATIVE[date.month - 1]} бері`;
    case 'year': return `${date.year} жылдан бері`;
    case 'season': return `${date.year} жылғы ${KK_SEASON_ABLATIVE[date.season]} бері`;
    case 'month':
      return date.part
        ? `${date.year} жылғы ${MONTH_NAMES.kk[date.month - 1]} айының ${KK_PART_ABLATIVE[date.part]} бері`
        : `${date.year} жылғы ${KK_MONTH_ABLATIVE[date.month - 1]} бері`;
  }
}

/** Text a person can read and parseApproximateDate(text, lang) reads back to the same value. */
export function formatApproximateDate(date: ApproximateDate, lang: DateLanguage): string {
  if (date.precision === 'range') return `${formatPoint(date.from, lang)} – ${formatPoint(date.to, lang)}`;
  if (date.precision === 'since') {
    if (lang === 'ru') return formatSinceRu(date.from);
    if (lang === 'kk') return formatSinceKk(date.from);
    return `since ${formatPoint(date.from, lang)}`;
  }
  return formatPoint(date, lang);
}

// Words that carry no date information in any of the three languages ("in March", "2020 г.", "2020 жылы").
const FILLER = new Set(['in', 'of', 'the', 'on', 'в', 'во', 'г', 'год', 'года', 'году', 'гг', 'ж', 'жыл', 'жылы', 'жылғы', 'жылдан', 'айы', 'айының', 'айында', 'айынан', 'го']);

function parsePoint(text: string, lang: DateLanguage): Result<PointDate> {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  if (iso || dotted) {
    const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined]
      : [Number(dotted![3]), Number(dotted![2]), Number(dotted![1])];
    return checked(day === undefined ? { precision: 'month', year, month } : { precision: 'day', year, month, day }, text);
  }
  let year: number | undefined;
  let day: number | undefined;
  let month: number | undefined;
  let season: z.infer<typeof Season> | undefined;
  let part: z.infer<typeof MonthPart> | undefined;
  for (const word of trimmed.toLowerCase().split(/[\s,.-]+/u).filter(Boolean)) {
    if (FILLER.has(word)) continue;
    if (/^\d{4}$/.test(word) && year === undefined) { year = Number(word); continue; }
    if (/^\d{1,2}(?:st|nd|rd|th|-?го|-?е)?$/u.test(word) && day === undefined) { day = parseInt(word, 10); continue; }
    const meaning = lookupDateWord(word, lang);
    if (meaning?.type === 'month' && month === undefined) month = meaning.value;
    else if (meaning?.type === 'season' && season === undefined) season = meaning.value;
    else if (meaning?.type === 'part' && part === undefined) part = meaning.value;
    else return fail('date.unrecognised', { text });
  }
  if (year === undefined) return fail('date.unrecognised', { text });
  if (season !== undefined) {
    if (month !== undefined || day !== undefined || part !== undefined) return fail('date.unrecognised', { text });
    return checked({ precision: 'season', year, season }, text);
  }
  if (month === undefined) {
    if (day !== undefined || part !== undefined) return fail('date.unrecognised', { text });
    return checked({ precision: 'year', year }, text);
  }
  if (day !== undefined && part !== undefined) return fail('date.unrecognised', { text });
  if (day !== undefined) return checked({ precision: 'day', year, month, day }, text);
  return checked(part ? { precision: 'month', year, month, part } : { precision: 'month', year, month }, text);
}

function checked(candidate: unknown, text: string): Result<PointDate> {
  const parsed = PointDate.safeParse(candidate);
  return parsed.success ? ok(parsed.data) : fail('date.impossible', { text });
}

// Spaced hyphen, en/em dash, "..", "to", "по", "до" and "/" between two ISO dates all mean a span.
const RANGE_SEPARATOR = /\s+(?:-|–|—|to|по|до)\s+|\s*[–—]\s*|\s*\.\.\s*|(?<=\d)\/(?=\d{4}-)/u;

// An open end written after the start: "2017 – present", «2017 – н. в.», «2017 жылдан бері», «2017 – қазірге дейін».
const OPEN_END_WORDS = /(?:\s*[-–—]\s*(?:present|now|ongoing|по\s+настоящее\s+время|по\s+н\.\s*в\.|н\.\s*в\.|наст\.\s*вр\.|қазірге\s+дейін|осы\s+уақытқа\s+дейін)|\s+(?:onwards|on|бері|бастап))\s*$/iu;
const START_WORDS = /^\s*(?:since|from|starting|начиная\s+с|с|со)\s+/iu;

function since(text: string, lang: DateLanguage): Result<ApproximateDate> {
  const from = parsePoint(text, lang);
  return from.ok ? ok({ precision: 'since', from: from.value }) : from;
}

/**
 * Reads a date as people write it in English, Russian or Kazakh. Never throws: text that is not a date is
 * `date.unrecognised`, a date that cannot exist (31.02.2021) is `date.impossible`. A start with no end ("since
 * 2017", «с 2017 года», «2017 жылдан бері») is open-ended; "from 2017 to 2019" is a span.
 */
export function parseApproximateDate(text: string, lang: DateLanguage): Result<ApproximateDate> {
  if (text.length > 200) return fail('date.unrecognised', { text: text.slice(0, 200) });
  const openEnd = OPEN_END_WORDS.exec(text);
  if (openEnd) return since(text.slice(0, openEnd.index).replace(START_WORDS, ''), lang);
  const hasStartWord = START_WORDS.test(text);
  const parts = text.replace(/^\s*(?:from|between|с|со)\s+/iu, '').split(RANGE_SEPARATOR);
  if (parts.length === 1) return hasStartWord ? since(text.replace(START_WORDS, ''), lang) : parsePoint(text, lang);
  if (parts.length !== 2) return fail('date.unrecognised', { text });
  const from = parsePoint(parts[0]!, lang);
  if (!from.ok) return from;
  const to = parsePoint(parts[1]!, lang);
  if (!to.ok) return to;
  const range = ApproximateDate.safeParse({ precision: 'range', from: from.value, to: to.value });
  return range.success ? ok(range.data) : fail('date.impossible', { text });
}
