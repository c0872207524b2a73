// Dates and numbers in the reader's language. Chromium ships no Kazakh locale data, so Intl falls back to its root
// pattern there ("2026 M12 6"); Kazakh is therefore written out here from the month names the date parser already
// reads, and Kazakh numbers borrow Russian's separators (non-breaking space, decimal comma), which are the same.
import { MONTH_NAMES } from '../model/date-words';
import { isLanguage, type Language } from './resources';

export type DateTimeFormat = {
  /** medium: "6 Dec 2026", "6 дек. 2026 г."; long: "6 December 2026", "6 декабря 2026 г.". Kazakh: "6 желтоқсан 2026 ж." */
  date?: 'medium' | 'long';
  time?: 'short' | 'medium';
  /** Read the instant in UTC, for values that name a calendar day rather than a moment. */
  utc?: boolean;
};

const languageOf = (language: string): Language => (isLanguage(language) ? language : 'en');
const pad = (n: number): string => String(n).padStart(2, '0');

function kazakhDate(year: number, month: number, day?: number): string {
  const name = MONTH_NAMES.kk[month - 1];
  return day === undefined ? `${year} ж. ${name}` : `${day} ${name} ${year} ж.`;
}

function kazakhDateTime(date: Date, format: DateTimeFormat): string {
  const utc = format.utc === true;
  const parts: string[] = [];
  if (format.date) {
    parts.push(kazakhDate(utc ? date.getUTCFullYear() : date.getFullYear(), (utc ? date.getUTCMonth() : date.getMonth()) + 1, utc ? date.getUTCDate() : date.getDate()));
  }
  if (format.time) {
    const hms = utc ? [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()] : [date.getHours(), date.getMinutes(), date.getSeconds()];
    parts.push((format.time === 'medium' ? hms : hms.slice(0, 2)).map(pad).join(':'));
  }
  return parts.join(', ');
}

/** An instant (Date, ISO text or epoch ms) as the reader's language writes it; the date alone unless told otherwise. */
export function formatDateTime(value: Date | string | number, language: string, format: DateTimeFormat = { date: 'medium' }): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const lang = languageOf(language);
  if (lang === 'kk') return kazakhDateTime(date, format);
  const options: Intl.DateTimeFormatOptions = { ...(format.utc ? { timeZone: 'UTC' } : {}) };
  if (format.date) options.dateStyle = format.date;
  if (format.time) options.timeStyle = format.time;
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/**
 * A date known to the year, month or day ("2007", "2020-09", "2003-12-02"), at the precision it was recorded:
 * formatting "2020-09" as a full date would invent a day.
 */
export function formatPartialDate(value: string, language: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
  if (month === undefined) return String(year);
  const lang = languageOf(language);
  if (lang === 'kk') return kazakhDate(year, month, day);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date);
}

/** A plain number (counts, byte counts, decimals) with the reader's grouping and decimal mark. */
export function formatNumber(value: number, language: string, options: Pick<Intl.NumberFormatOptions, 'maximumFractionDigits' | 'minimumFractionDigits' | 'minimumIntegerDigits'> = {}): string {
  const lang = languageOf(language);
  return new Intl.NumberFormat(lang === 'kk' ? 'ru' : lang, options).format(value);
}

// Decimal units, as file managers on all three platforms show them, and one set of names per language: the same
// file must not read 37.6 kB on one screen and 38.5 kB on another.
const BYTE_UNITS: Record<Language, readonly string[]> = {
  en: ['B', 'kB', 'MB', 'GB', 'TB'],
  ru: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
  kk: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
};

/** A file size for people ("38.5 kB", «38,5 КБ»); evidence screens show the exact byte count beside it. */
export function formatByteSize(bytes: number, language: string): string {
  const units = BYTE_UNITS[languageOf(language)];
  let value = bytes;
  let unit = 0;
  // Rounding is checked before moving up, so 999,960 bytes reads "1 MB", not "1000 kB".
  while (unit < units.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(value, language, { maximumFractionDigits: unit === 0 ? 0 : 1 })}\u00a0${units[unit]}`;
}
