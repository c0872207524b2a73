import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../../shared/spreadsheet/validate-rows';

/** The problems of one row, each naming the field and saying whether it blocks the import. */
export function RowIssueList({ issues }: { issues: readonly RowIssue[] }) {
  const { t } = useTranslation('spreadsheet');
  if (issues.length === 0) return <span className="issue-ok">{t('preview.ok')}</span>;
  return (
    <ul className="row-issues">
      {issues.map((issue, index) => {
        const message = t('preview.inField', { field: t(`field.${issue.column}`), message: t(issue.code, issue.params) });
        return (
          <li key={index} className={issue.severity === 'error' ? 'issue-error' : 'issue-warning'}>
            {issue.severity === 'error' ? t('preview.error', { message }) : t('preview.warning', { message })}
          </li>
        );
      })}
    </ul>
  );
}
