import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useRecords } from '../../records';
import { leaveEditor, useCasesView } from './cases-view-store';

/**
 * Purging is for a record that must not exist at all (a witness withdrew consent, a case entered by mistake names
 * someone): unlike deleting, no earlier version stays in the vault's journal. The person types the case's title,
 * so a purge is never one stray click.
 */
export function PurgeCaseSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const id = useId();
  const records = useRecords((s) => s.records);
  const purge = useRecords((s) => s.purge);
  const [title, setTitle] = useState<string>();
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  useEffect(() => {
    let live = true;
    void records?.cases.get(caseId).then((found) => live && setTitle(found?.title));
    return () => {
      live = false;
    };
  }, [records, caseId]);

  if (!purge || title === undefined) return null;
  const confirmed = confirmation.trim() === title.trim() && title.trim() !== '';

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    // What the editor still holds is saved first, so the purge takes it too rather than leave it to a later save.
    await leaveEditor(async () => {
      const result = await purge('cases', caseId);
      if (result.ok) useCasesView.getState().close();
      else {
        setError(result.error);
        setBusy(false);
      }
    });
  };

  return (
    <section className="card danger-zone stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('purge.title')}</h2>
      <p>{t('purge.intro')}</p>
      {!open ? (
        <p>
          <button type="button" onClick={() => setOpen(true)}>
            {t('purge.start')}
          </button>
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed && !busy) void submit();
          }}
        >
          <p>{t('purge.what')}</p>
          <div className="field">
            <label htmlFor={id}>{t('purge.confirmLabel', { title })}</label>
            <input id={id} type="text" autoComplete="off" spellCheck={false} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
          </div>
          <div className="row">
            <button type="submit" className="danger" disabled={!confirmed || busy}>
              {busy ? t('purge.working') : t('purge.submit')}
            </button>
            <button type="button" onClick={() => setOpen(false)} disabled={busy}>
              {t('purge.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
