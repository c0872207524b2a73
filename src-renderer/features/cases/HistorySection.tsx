import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseChange, JournalTable } from '../../../shared/ipc/channels/records';
import type { AppError } from '../../../shared/result';
import { formatDateTime } from '../../../shared/i18n/format';
import { tamga } from '../../platform/tamga-client';
import { PurgeCaseSection } from './PurgeCaseSection';
import { useSaveTracker } from './save-tracker';
import { useErrorText } from './use-error-text';

/** Literal keys, so the key checker sees each one; the switch fails to compile when the journal gains a table. */
function recordLabel(t: (key: string) => string, table: JournalTable): string {
  switch (table) {
    case 'cases':
      return t('history.record.case');
    case 'events':
      return t('history.record.event');
    case 'people':
      return t('history.record.person');
    case 'casePeople':
      return t('history.record.casePerson');
    case 'notes':
      return t('history.record.note');
    case 'sources':
      return t('history.record.source');
    case 'claims':
      return t('history.record.claim');
    case 'proceedings':
      return t('history.record.proceeding');
    case 'custodyRefs':
      return t('history.record.custodyRef');
    case 'caseItems':
      return t('history.record.caseItem');
    case 'itemTexts':
      return t('history.record.itemText');
    case 'excerpts':
      return t('history.record.excerpt');
    case 'reportProjects':
      return t('history.record.reportProject');
  }
}

/**
 * The case's own fields by the names its form shows, other records' fields by the history's own words; a field
 * a later version adds, not yet named, keeps its record name rather than show nothing.
 */
function fieldLabel(t: (key: string, options?: { defaultValue: string }) => string, field: string): string {
  switch (field) {
    case 'title':
      return t('field.title');
    case 'summary':
      return t('field.summary');
    case 'status':
      return t('field.status');
    case 'sensitivity':
      return t('field.sensitivity');
    case 'places':
      return t('field.places');
    case 'tags':
      return t('field.tags');
    default:
      return t(`history.field.${field}`, { defaultValue: field });
  }
}

/**
 * Every saved change to the case and its records, read from main's journal (not from this browser's copy): when,
 * on which device, which record and which fields. Newest first, since that is what a person looks for.
 */
export function HistorySection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const [changes, setChanges] = useState<CaseChange[]>();
  const [error, setError] = useState<AppError>();
  const load = useCallback(async () => {
    const result = await tamga().invoke('records.caseHistory', { caseId });
    if (result.ok) {
      setChanges([...result.value].reverse());
      setError(undefined);
    } else setError(result.error);
  }, [caseId]);
  useEffect(() => void load(), [load]);
  // Whenever the editor's parts have all saved again, the journal holds something new: show it.
  const tracker = useSaveTracker();
  useEffect(() => {
    if (!tracker) return undefined;
    let previous = tracker.current().phase;
    return tracker.subscribe(() => {
      const phase = tracker.current().phase;
      if (phase === 'saved' && previous !== 'saved') void load();
      previous = phase;
    });
  }, [tracker, load]);
  const when = (at: string) => formatDateTime(at, i18n.language, { date: 'medium', time: 'short' });

  return (
    <section className="stack" aria-label={t('history.title')}>
      <h2>{t('history.title')}</h2>
      <p className="muted">{t('history.intro')}</p>
      {error && <p className="muted">{errorText(error)}</p>}
      {changes?.length === 0 && <p className="muted">{t('history.none')}</p>}
      {changes && changes.length > 0 && (
        <table className="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.fields')}</th>
              <th scope="col">{t('history.device')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.seq}>
                <td>{when(change.at)}</td>
                <td>{recordLabel(t, change.table)}</td>
                <td>{change.version}</td>
                <td>{change.op === 'delete' ? t('history.deleted') : change.fields.map((field) => fieldLabel(t, field)).join(', ') || '—'}</td>
                <td>
                  <code>{change.device.slice(0, 8)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void load()}>
        {t('history.refresh')}
      </button>
      <PurgeCaseSection caseId={caseId} />
    </section>
  );
}
