import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsToImport, type MappedCaseRow, type RowIssue, type RowValidation } from '../../../shared/spreadsheet/validate-rows';
import { searchKey } from '../../../shared/text';
import { CommitBar, type CommitState } from './CommitBar';
import { FileIssueList } from './FileIssueList';
import { PreviewTable } from './PreviewTable';

/** Enough rows to judge the mapping; the counts and the problem filter cover the rest of a large file. */
export const PREVIEW_ROWS = 100;

type PreviewStepProps = {
  validation: RowValidation;
  /** Without a consent column every person is recorded internal-only, which the person must confirm first. */
  hasConsentColumn: boolean;
  isInternalOnlyConfirmed: boolean;
  onInternalOnlyConfirmedChange: (confirmed: boolean) => void;
  commitState: CommitState;
  skipRowsWithErrors: boolean;
  onSkipChange: (skip: boolean) => void;
  onBack: () => void;
  onCommit: () => void;
};

/** People named across the rows, counting each spelling family once, as the import links them. */
const countPeople = (rows: readonly MappedCaseRow[]): number => new Set(rows.flatMap((row) => row.people.map(searchKey))).size;

export function PreviewStep(props: PreviewStepProps) {
  const { validation, hasConsentColumn, isInternalOnlyConfirmed, onInternalOnlyConfirmedChange, commitState, skipRowsWithErrors, onSkipChange, onBack, onCommit } = props;
  const { t } = useTranslation('spreadsheet');
  const filterId = useId();
  const confirmId = useId();
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
  const toImport = rowsToImport(validation, skipRowsWithErrors);
  const peopleCount = countPeople(toImport);
  const needsConsentConfirmation = !hasConsentColumn && peopleCount > 0;
  return (
    <div className="stack">
      <p role="status">
        {t('preview.rows', { count: validation.rows.length })} · {t('preview.errorRows', { count: errorRowCount })}
      </p>
      <FileIssueList issues={validation.fileIssues} />
      {needsConsentConfirmation && (
        <div className="notice notice-warning stack">
          <p>{t('preview.consentNone', { count: peopleCount })}</p>
          <div className="row">
            <input
              id={confirmId}
              type="checkbox"
              checked={isInternalOnlyConfirmed}
              disabled={isBusy || commitState.kind === 'done'}
              onChange={(event) => onInternalOnlyConfirmedChange(event.target.checked)}
            />
            <label htmlFor={confirmId}>{t('preview.consentConfirm')}</label>
          </div>
        </div>
      )}
      <div className="row">
        <input id={filterId} type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />
        <label htmlFor={filterId}>{t('preview.onlyProblems')}</label>
      </div>
      {listed.length > shown.length && <p className="hint">{t('preview.shownOf', { shown: shown.length, total: listed.length })}</p>}
      <PreviewTable rows={shown} issuesByRow={issuesByRow} />
      <CommitBar
        importCount={toImport.length}
        errorRowCount={errorRowCount}
        isConsentUnconfirmed={needsConsentConfirmation && !isInternalOnlyConfirmed}
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
