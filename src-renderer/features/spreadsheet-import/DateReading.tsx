import { useTranslation } from 'react-i18next';
import { readableDate } from '../../../shared/i18n/readable-date';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';

/** The date cell as written, and below it the reading the case editor would give the same text. */
export function DateReading({ row }: { row: Pick<MappedCaseRow, 'dateText' | 'date'> }) {
  const { t, i18n } = useTranslation('cases');
  if (row.dateText === undefined) return null;
  return (
    <>
      {row.dateText}
      {row.date && (
        <span className="date-reading muted">
          {t('date.readAs', { date: readableDate(row.date, i18n.language), precision: t(`precision.${row.date.precision}`) })}
        </span>
      )}
    </>
  );
}
