// A date typed as text and what it means. The form keeps the text (so "весна 2021" is not rewritten while typed)
// and the record keeps only the parsed value; reopening shows the value in the reader's language.
import { formatPartialDate } from '../../../shared/i18n/format';
import { earliest, formatApproximateDate, parseApproximateDate, type ApproximateDate, type DateLanguage, type PointDate } from '../../../shared/model';
import type { AppError, Result } from '../../../shared/result';

export const dateLanguage = (language: string): DateLanguage => (language === 'ru' || language === 'kk' ? language : 'en');

/** Blank is "no date", which is valid; anything else must parse. */
export function readDateText(text: string, language: string): Result<ApproximateDate | undefined> {
  if (!text.trim()) return { ok: true, value: undefined };
  return parseApproximateDate(text, dateLanguage(language));
}

export const dateTextOf = (date: ApproximateDate | undefined, language: string): string => (date ? formatApproximateDate(date, dateLanguage(language)) : '');

export function dateRefusal(text: string, language: string): AppError | undefined {
  const read = readDateText(text, language);
  return read.ok ? undefined : read.error;
}

// A day reads as a person writes it (10 Jan 2021, 10 қаңтар 2021 ж.); coarser dates keep the words they were
// recorded with, so "spring 2021" is never shown as 1 March.
const readablePoint = (date: PointDate, language: string): string =>
  date.precision === 'day' ? formatPartialDate(earliest(date), language) : formatApproximateDate(date, dateLanguage(language));

/** A recorded date for reading, not for editing: the form's text keeps the parseable form. */
export const readableDate = (date: ApproximateDate, language: string): string =>
  date.precision === 'range' ? `${readablePoint(date.from, language)} – ${readablePoint(date.to, language)}` : readablePoint(date, language);
