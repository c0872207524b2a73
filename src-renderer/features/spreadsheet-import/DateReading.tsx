import { useTranslation } from 'react-i18next';
import { formatApproximateDate } from '../../../shared/model';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import { dateLanguage } from '../cases/date-text';

/** The date cell as written, and below it the reading the case editor would give the same text. */
export function DateReading({ row }: { row: Pick<MappedCaseRow, 'dateText' | 'date'> }) {
  const { t, i18n } = useTranslation('cases');
  if (row.dateText === undefined) return null;
  return (
    <>
      {row.dateText}
      {row.date && (
        <span className="date-reading muted">
          {t('date.readAs', { date: formatApproximateDate(row.date, dateLanguage(i18n.language)), precision: t(`precision.${row.date.precision}`) })}
        </span>
      )}
    </>
  );
}
