// A recorded date for reading, not for editing: the case list, the dossier and the table of cases by article all
// show a date this way. A day reads as a person writes it (10 Jan 2021, 10 қаңтар 2021 ж.); coarser dates keep
// the words they were recorded with, so "spring 2021" is never shown as 1 March.
import { earliest, formatApproximateDate, type ApproximateDate, type DateLanguage, type PointDate } from '../model/approximate-date';
import { formatPartialDate } from './format';

export const dateLanguage = (language: string): DateLanguage => (language === 'ru' || language === 'kk' ? language : 'en');

const readablePoint = (date: PointDate, language: string): string =>
  date.precision === 'day' ? formatPartialDate(earliest(date), language) : formatApproximateDate(date, dateLanguage(language));

/** An open-ended date keeps its words ("since March 2020", «2020 жылғы наурыздан бері»), which carry the grammar. */
export function readableDate(date: ApproximateDate, language: string): string {
  if (date.precision === 'range') return `${readablePoint(date.from, language)} – ${readablePoint(date.to, language)}`;
  if (date.precision === 'since') return formatApproximateDate(date, dateLanguage(language));
  return readablePoint(date, language);
}
