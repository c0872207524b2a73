import { useTranslation } from 'react-i18next';
import type { MappedCaseRow, RowIssue } from '../../../shared/spreadsheet/validate-rows';
import { DateReading } from './DateReading';
import { RowIssueList } from './RowIssueList';
import { SourceMatchText } from './SourceMatchText';
import { TagReadingList } from './TagReadingList';

type PreviewTableProps = {
  rows: readonly MappedCaseRow[];
  issuesByRow: ReadonlyMap<number, RowIssue[]>;
};

const NO_ISSUES: RowIssue[] = [];

/**
 * Rows as they will be imported, with their problems in the same row so nobody has to cross-reference a list.
 * Each cell shows what Tamga made of it (the date's reading, the tag, the matched source), not only the text.
 */
export function PreviewTable({ rows, issuesByRow }: PreviewTableProps) {
  const { t } = useTranslation(['spreadsheet', 'people']);
  return (
    <table className="evidence-table preview-table">
      <caption>{t('preview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.rowNumber')}</th>
          <th scope="col">{t('field.title')}</th>
          <th scope="col">{t('field.date')}</th>
          <th scope="col">{t('field.place')}</th>
          <th scope="col">{t('field.people')}</th>
          <th scope="col">{t('field.consent')}</th>
          <th scope="col">{t('field.tags')}</th>
          <th scope="col">{t('field.source')}</th>
          <th scope="col">{t('field.status')}</th>
          <th scope="col">{t('preview.issues')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const issues = issuesByRow.get(row.rowNumber) ?? NO_ISSUES;
          const hasError = issues.some((issue) => issue.severity === 'error');
          return (
            <tr key={row.rowNumber} className={hasError ? 'row-error' : undefined}>
              <th scope="row" className="number">
                {row.rowNumber}
              </th>
              <td>{row.title}</td>
              <td>
                <DateReading row={row} />
              </td>
              <td>{row.place}</td>
              <td>{row.people.join('; ')}</td>
              <td>{row.people.length > 0 && t(`people:consent.${row.consent ?? 'internal-only'}`)}</td>
              <td>
                <TagReadingList tags={row.tags} />
              </td>
              <td>{row.source && <SourceMatchText source={row.source} />}</td>
              <td>{row.status === 'open' || row.status === 'closed' ? t(`status.${row.status}`) : row.status}</td>
              <td>
                <RowIssueList issues={issues} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
