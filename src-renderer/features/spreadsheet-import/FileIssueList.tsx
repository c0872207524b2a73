import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';

/** Problems with the file as a whole; errors are announced at once, warnings politely. */
export function FileIssueList({ issues }: { issues: readonly FileIssue[] }) {
  const { t } = useTranslation('spreadsheet');
  if (issues.length === 0) return null;
  return (
    <ul className="file-issues">
      {issues.map((issue, index) => (
        <li key={`${issue.code}-${index}`} className={issue.severity === 'error' ? 'notice notice-error' : 'notice notice-warning'} role={issue.severity === 'error' ? 'alert' : 'status'}>
          {t(issue.code, issue.params)}
        </li>
      ))}
    </ul>
  );
}
