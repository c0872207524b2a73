import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsToImport, type RowIssue, type RowValidation } from '../../../shared/spreadsheet/validate-rows';
import { CommitBar, type CommitState } from './CommitBar';
import { FileIssueList } from './FileIssueList';
import { PreviewTable } from './PreviewTable';

/** Enough rows to judge the mapping; the counts and the problem filter cover the rest of a large file. */
export const PREVIEW_ROWS = 100;

type PreviewStepProps = {
  validation: RowValidation;
  commitState: CommitState;
  skipRowsWithErrors: boolean;
  onSkipChange: (skip: boolean) => void;
  onBack: () => void;
  onCommit: () => void;
};

export function PreviewStep({ validation, commitState, skipRowsWithErrors, onSkipChange, onBack, onCommit }: PreviewStepProps) {
  const { t } = useTranslation('spreadsheet');
  const filterId = useId();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const issuesByRow = useMemo(() => {
    const byRow = new Map<number, RowIssue[]>();
    for (const issue of validation.issues) {
      const list = byRow.get(issue.rowNumber);
      if (list) list.push(issue);
      else byRow.set(issue.rowNumber, [issue]);
    }
    return byRow;
  }, [validation]);
  const listed = onlyProblems ? validation.rows.filter((row) => issuesByRow.has(row.rowNumber)) : validation.rows;
  const shown = listed.slice(0, PREVIEW_ROWS);
  const errorRowCount = validation.errorRows.size;
  const isBusy = commitState.kind === 'working';
  return (
    <div className="stack">
      <p role="status">
        {t('preview.rows', { count: validation.rows.length })} · {t('preview.errorRows', { count: errorRowCount })}
      </p>
      <FileIssueList issues={validation.fileIssues} />
      <div className="row">
        <input id={filterId} type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
        <label htmlFor={filterId}>{t('preview.onlyProblems')}</label>
      </div>
      {listed.length > shown.length && <p className="hint">{t('preview.shownOf', { shown: shown.length, total: listed.length })}</p>}
      <PreviewTable rows={shown} issuesByRow={issuesByRow} />
      <CommitBar
        importCount={rowsToImport(validation, skipRowsWithErrors).length}
        errorRowCount={errorRowCount}
        skipRowsWithErrors={skipRowsWithErrors}
        state={commitState}
        onSkipChange={onSkipChange}
        onCommit={onCommit}
      />
      <div className="row">
        <button type="button" disabled={isBusy || commitState.kind === 'done'} onClick={onBack}>
          {t('nav.back')}
        </button>
      </div>
    </div>
  );
}
