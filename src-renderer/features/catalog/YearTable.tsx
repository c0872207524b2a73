import { useTranslation } from 'react-i18next';
import { countByYear, type TaggedRecord } from './tagged-records';

/** Counts over time as a plain table; the bar is decoration, the numbers carry the meaning for screen readers. */
export function YearTable({ records, name }: { records: readonly TaggedRecord[]; name: string }) {
  const { t } = useTranslation('catalog');
  const rows = countByYear(records);
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <table className="year-table">
      <caption>{t('browser.timeline.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('browser.timeline.year')}</th>
          <th scope="col">{t('browser.timeline.cases')}</th>
          <th scope="col">{t('browser.timeline.events')}</th>
          <th scope="col">{t('browser.timeline.excerpts')}</th>
          <th scope="col">{t('browser.timeline.total')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year ?? 'undated'}>
            <th scope="row">{row.year ?? t('browser.records.undated')}</th>
            <td className="number">{row.case}</td>
            <td className="number">{row.event}</td>
            <td className="number">{row.excerpt}</td>
            <td className="year-total">
              <span className="year-bar" aria-hidden="true" style={{ inlineSize: `${(row.total / max) * 100}%` }} />
              <span className="number">{row.total}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
