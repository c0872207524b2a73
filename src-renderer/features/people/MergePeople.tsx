import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import { useRecords } from '../../records';
import { displayName } from './person-names';

type Props = { keep: Person; candidates: Person[]; onMerged(error: AppError | undefined): void };

/**
 * Two records that turn out to be one person: every name variant and case link moves to the kept record, the
 * other stays as a tombstone pointing at it, and the stricter consent of the two wins.
 */
export function MergePeople({ keep, candidates, onMerged }: Props) {
  const { t } = useTranslation('people');
  const records = useRecords((s) => s.records);
  const id = useId();
  const [otherId, setOtherId] = useState('');
  if (candidates.length === 0 || !records) return null;
  return (
    <form
      className="row merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!otherId) return;
        void records.people.merge(keep.id, otherId).then((result) => {
          setOtherId('');
          onMerged(result.ok ? undefined : result.error);
        });
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('merge.label', { name: displayName(keep) })}</label>
        <select id={id} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
          <option value="">{t('merge.choose')}</option>
          {candidates.map((person) => (
            <option key={person.id} value={person.id}>
              {displayName(person)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!otherId}>
        {t('merge.submit')}
      </button>
    </form>
  );
}
