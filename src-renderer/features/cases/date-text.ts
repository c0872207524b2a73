// A date typed as text and what it means. The form keeps the text (so "весна 2021" is not rewritten while typed)
// and the record keeps only the parsed value; reopening shows the value in the reader's language.
import { dateLanguage } from '../../../shared/i18n/readable-date';
import { formatApproximateDate, parseApproximateDate, type ApproximateDate } from '../../../shared/model';
import type { AppError, Result } from '../../../shared/result';

// Shown the same way outside the editor (dossier, table of cases by article), so they live in shared/.
export { dateLanguage, readableDate } from '../../../shared/i18n/readable-date';

/** Blank is "no date", which is valid; anything else must parse. */
export function readDateText(text: string, language: string): Result<ApproximateDate | undefined> {
  if (!text.trim()) return { ok: true, value: undefined };
  return parseApproximateDate(text, dateLanguage(language));
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A recorded date as text to edit: a day as monitors type it (26.03.2020, not 2020-03-26), coarser dates in words. */
export function dateTextOf(date: ApproximateDate | undefined, language: string): string {
  if (!date) return '';
  if (date.precision === 'day') return `${twoDigits(date.day)}.${twoDigits(date.month)}.${date.year}`;
  return formatApproximateDate(date, dateLanguage(language));
}

export function dateRefusal(text: string, language: string): AppError | undefined {
  const read = readDateText(text, language);
  return read.ok ? undefined : read.error;
}
