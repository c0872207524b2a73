// A date typed as text and what it means. The form keeps the text (so "весна 2021" is not rewritten while typed)
// and the record keeps only the parsed value; reopening shows the value in the reader's language.
import { formatApproximateDate, parseApproximateDate, type ApproximateDate, type DateLanguage } from '../../../shared/model';
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
