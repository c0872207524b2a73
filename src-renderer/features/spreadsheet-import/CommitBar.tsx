import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';

export type CommitState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; cases: number } | { kind: 'failed'; error: AppError };

type CommitBarProps = {
  importCount: number;
  errorRowCount: number;
  /** The file has no consent column and the person has not yet agreed that everyone is recorded internal-only. */
  isConsentUnconfirmed: boolean;
  skipRowsWithErrors: boolean;
  state: CommitState;
  onSkipChange: (skip: boolean) => void;
  onCommit: () => void;
};

/**
 * The import is all-or-nothing: while any row has an error the button stays off, unless the person explicitly
 * chooses to leave those rows out. It also stays off until the person has agreed to how people's consent is set. After a success it stays off, so the same file is not imported twice.
 */
export function CommitBar({ importCount, errorRowCount, isConsentUnconfirmed, skipRowsWithErrors, state, onSkipChange, onCommit }: CommitBarProps) {
  const { t } = useTranslation(['spreadsheet', 'errors']);
  const skipId = useId();
  const blockedId = useId();
  const consentBlockedId = useId();
  const isBlocked = errorRowCount > 0 && !skipRowsWithErrors;
  const isDisabled = isBlocked || isConsentUnconfirmed || importCount === 0 || state.kind === 'working' || state.kind === 'done';
  const reasons = [isBlocked && blockedId, isConsentUnconfirmed && consentBlockedId].filter(Boolean).join(' ');
  return (
    <div className="stack">
      {errorRowCount > 0 && (
        <div className="row">
          <input id={skipId} type="checkbox" checked={skipRowsWithErrors} disabled={state.kind === 'working' || state.kind === 'done'} onChange={(event) => onSkipChange(event.target.checked)} />
          <label htmlFor={skipId}>{t('commit.skipErrors')}</label>
        </div>
      )}
      {isBlocked && (
        <p id={blockedId} className="notice notice-warning">
          {t('commit.blocked')}
        </p>
      )}
      {isConsentUnconfirmed && (
        <p id={consentBlockedId} className="notice notice-warning">
          {t('commit.consentBlocked')}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={isDisabled} aria-describedby={reasons || undefined} onClick={onCommit}>
          {t('commit.import', { count: importCount })}
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === 'working' && <p role="status">{t('commit.working')}</p>}
        {state.kind === 'done' && (
          <p role="status" className="notice notice-success">
            {t('commit.done', { count: state.cases })}
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t('commit.failed', { message: t(state.error.code, { ns: 'errors', ...state.error.details, defaultValue: t('errors:internal') }) })}
        </p>
      )}
    </div>
  );
}
