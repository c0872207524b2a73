import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { CasesRecords } from './cases-records';

type Props = { records: CasesRecords; caseId: string; onMerged(): void };

/**
 * Two cases that turn out to be one story: everything on the other case (events, people, notes, claims,
 * proceedings) moves here, and the other case stays as a tombstone pointing at this one, so both histories and
 * every link to the old id survive.
 */
export function MergeCaseSection({ records, caseId, onMerged }: Props) {
  const { t } = useTranslation('cases');
  const selectId = useId();
  const [others, setOthers] = useState<Case[]>([]);
  const [otherId, setOtherId] = useState('');
  const [error, setError] = useState<AppError>();

  useEffect(() => {
    let live = true;
    void records.cases.list().then((cases) => live && setOthers(cases.filter((c) => c.id !== caseId)));
    return () => {
      live = false;
    };
  }, [records, caseId]);

  if (others.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>{t('merge.heading')}</h2>
      <p className="muted">{t('merge.explain')}</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!otherId) return;
          void records.cases.merge(caseId, otherId).then((result) => {
            setError(result.ok ? undefined : result.error);
            if (result.ok) {
              setOtherId('');
              onMerged();
            }
          });
        }}
      >
        <div className="field">
          <label htmlFor={selectId}>{t('merge.label')}</label>
          <select id={selectId} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
            <option value="">{t('merge.choose')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!otherId}>
          {t('merge.submit')}
        </button>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
