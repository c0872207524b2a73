import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ErrorNotice } from '../app/ErrorNotice';
import { useRecords } from './records-store';

/** Below this many entries a rebuild is over before a bar could say anything. */
export const PROGRESS_MIN_ENTRIES = 50;

/**
 * What stands in for the records while there are none to show: opening (with a progress bar while the working
 * copy is rebuilt from the journal), or why they cannot be shown. Never an empty list that looks like no cases.
 */
export function RecordsStatus() {
  const { t } = useTranslation(['common', 'errors']);
  const { records, error, problem, progress, reopen, purged, rebuild } = useRecords(
    useShallow((s) => ({ records: s.records, error: s.error, problem: s.problem, progress: s.progress, reopen: s.reopen, purged: s.purged, rebuild: s.rebuild })),
  );
  if (records) {
    const purgedNotice = purged && (
      <p className="notice" role="status">
        {t('records.purged', { count: purged.records, entries: purged.entries })}
      </p>
    );
    // Rows that failed their check are left out of every list; say so, or a refused case looks like no case.
    const damaged = records.damaged().length;
    return (
      <>
        {purgedNotice}
        {damaged > 0 && (
          <div className="notice notice-error stack" role="alert">
            <p>{t('records.damaged', { count: damaged })}</p>
            {rebuild && (
              <p>
                <button type="button" onClick={() => void rebuild()}>
                  {t('records.rebuildCopy')}
                </button>
              </p>
            )}
          </div>
        )}
      </>
    );
  }
  if (problem) {
    const reason = error ? t(`errors:${error.code}`, { ...error.details, defaultValue: t('errors:internal') }) : '';
    return (
      <div className="notice notice-error stack" role="alert">
        <p>{problem === 'lost' ? t('records.lost') : t('records.rebuildFailed', { reason })}</p>
        {reopen && (
          <p>
            <button type="button" onClick={reopen}>
              {t('records.reopen')}
            </button>
          </p>
        )}
      </div>
    );
  }
  if (error) return <ErrorNotice error={error} />;
  const bar = progress && progress.total >= PROGRESS_MIN_ENTRIES ? progress : undefined;
  return (
    <div className="stack">
      <p className="working" role="status">
        {bar ? t(bar.phase === 'migrate' ? 'records.migrating' : 'records.rebuilding', { done: bar.done, total: bar.total }) : t('records.opening')}
      </p>
      {bar && (
        <progress
          max={bar.total}
          value={bar.done}
          aria-valuemin={0}
          aria-valuemax={bar.total}
          aria-valuenow={bar.done}
          aria-label={t('records.progress')}
          style={{ inlineSize: '100%', maxInlineSize: '32rem' }}
        />
      )}
    </div>
  );
}
