/**
 * Reads the date cell of a case row. Monitors write dates the way Russian/Kazakh Excel shows them (13.05.2020),
 * as ISO (2020-05-13, which is also how XLSX date cells reach us), and often only partly (05.2020, 2020), since an
 * incident is sometimes known only to the month (domain notes §1). Impossible dates such as 31.02.2021 are errors:
 * importing them would put evidence on a day that does not exist.
 */
import { parseApproximateDate, type ApproximateDate, type DateLanguage } from '../model/approximate-date';

export type CaseDate =
  | { kind: 'date'; iso: string } // yyyy, yyyy-mm, yyyy-mm-dd, optionally with Thh:mm
  | { kind: 'invalid' } // shaped like a date, but no such day
  | { kind: 'unrecognised' }; // free text such as "spring 2020": kept as written

const pad = (n: number): string => String(n).padStart(2, '0');

const isRealDay = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps local time zones out of it.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?`;
const ISO_DAY = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
// Day first, as in Kazakhstan; "/" is read the same way, so a US-style 05/13/2020 shows up as invalid, not as 5 Dec.
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[./](\d{1,2})[./](\d{4})${TIME}$`);
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
const YEAR = /^(\d{4})$/;

function dayResult(year: number, month: number, day: number, hours?: string, minutes?: string): CaseDate {
  if (!isRealDay(year, month, day)) return { kind: 'invalid' };
  const base = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (hours === undefined || minutes === undefined) return { kind: 'date', iso: base };
  if (Number(hours) > 23 || Number(minutes) > 59) return { kind: 'invalid' };
  // Midnight is what Excel stores for a date without a time; it says nothing about when the incident happened.
  return Number(hours) === 0 && Number(minutes) === 0 ? { kind: 'date', iso: base } : { kind: 'date', iso: `${base}T${pad(Number(hours))}:${minutes}` };
}

const monthResult = (year: number, month: number): CaseDate =>
  month >= 1 && month <= 12 ? { kind: 'date', iso: `${year}-${pad(month)}` } : { kind: 'invalid' };

export function readCaseDate(text: string): CaseDate {
  const value = text.trim();
  let m = ISO_DAY.exec(value);
  if (m) return dayResult(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = DAY_FIRST.exec(value);
  if (m) return dayResult(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5]);
  m = ISO_MONTH.exec(value);
  if (m) return monthResult(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(value);
  if (m) return monthResult(Number(m[2]), Number(m[1]));
  if (YEAR.test(value)) return { kind: 'date', iso: value };
  return { kind: 'unrecognised' };
}

export type RowDate =
  | { kind: 'date'; date: ApproximateDate; /** hh:mm the cell gave, which a case date has no room for. */ time?: string }
  | { kind: 'invalid' }
  | { kind: 'unrecognised' };

/**
 * A date cell read exactly as the case editor reads a typed date (parseApproximateDate), so the preview and the
 * imported case agree: «весна 2017» is a season in both. Spreadsheet-only forms come first: Excel's date cells
 * and a date with a time, which the editor never sees.
 */
export function readRowDate(text: string, lang: DateLanguage): RowDate {
  const cell = readCaseDate(text);
  if (cell.kind === 'invalid') return cell;
  const [day, time] = cell.kind === 'date' ? cell.iso.split('T') : [text];
  const read = parseApproximateDate(day!, lang);
  if (read.ok) return time ? { kind: 'date', date: read.value, time } : { kind: 'date', date: read.value };
  return read.error.code === 'date.impossible' ? { kind: 'invalid' } : { kind: 'unrecognised' };
}
