import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedConflict } from '../../../shared/ipc/channels/bundle';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { formatDateTime } from '../../../shared/i18n/format';
import { tamga } from '../../platform/tamga-client';
import { useRecords } from '../../records/records-store';

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** A field as a person reads it: text as written, anything else as compact JSON. */
const shown = (value: unknown): string => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Fields whose values differ between the two versions, in the order the sender's record lists them. */
function differing(conflict: ReceivedConflict): string[] {
  return Object.keys(conflict.theirs).filter((field) => !BOOKKEEPING.has(field) && JSON.stringify(conflict.ours[field]) !== JSON.stringify(conflict.theirs[field]));
}

/**
 * Records a received bundle and this vault both changed: each shown field by field, this vault's value beside the
 * sender's, until the person keeps one. Taking the sender's saves it as the next version; the journal keeps both.
 */
export function ConflictsList({ conflicts, onSettled }: { conflicts: ReceivedConflict[]; onSettled(left: ReceivedConflict[]): void }) {
  const { t, i18n } = useTranslation('senders');
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState<string>();
  if (conflicts.length === 0) return null;

  const settle = async (conflict: ReceivedConflict, keep: 'ours' | 'theirs') => {
    setBusy(`${conflict.table}/${conflict.id}`);
    setError(undefined);
    const result = await tamga().invoke('bundle.settleConflict', { table: conflict.table, id: conflict.id, keep });
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    if (keep === 'theirs') useRecords.getState().reopen?.();
    onSettled(result.value);
  };

  return (
    <div className="stack">
      <h3>{t('conflicts.heading', { count: conflicts.length })}</h3>
      <p className="muted">{t('conflicts.explain')}</p>
      <ErrorNotice error={error} />
      {conflicts.map((conflict) => {
        const key = `${conflict.table}/${conflict.id}`;
        const label = shown(conflict.ours.title ?? conflict.theirs.title ?? conflict.id);
        return (
          <section key={key} className="card stack" aria-label={t('conflicts.record', { table: t(`conflicts.table.${conflict.table}`), label })}>
            <h4>{t('conflicts.record', { table: t(`conflicts.table.${conflict.table}`), label })}</h4>
            <p className="muted">{t('conflicts.from', { name: conflict.sender.name, when: formatDateTime(conflict.receivedAt, i18n.language) })}</p>
            <table className="preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('conflicts.field')}</th>
                  <th scope="col">{t('conflicts.ours')}</th>
                  <th scope="col">{t('conflicts.theirs', { name: conflict.sender.name })}</th>
                </tr>
              </thead>
              <tbody>
                {differing(conflict).map((field) => (
                  <tr key={field}>
                    <th scope="row">{t(`conflicts.fieldName.${field}`, { defaultValue: field })}</th>
                    <td>{shown(conflict.ours[field])}</td>
                    <td>{shown(conflict.theirs[field])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="row">
              <button type="button" disabled={busy === key} onClick={() => void settle(conflict, 'ours')}>
                {t('conflicts.keepOurs')}
              </button>
              <button type="button" disabled={busy === key} onClick={() => void settle(conflict, 'theirs')}>
                {t('conflicts.takeTheirs', { name: conflict.sender.name })}
              </button>
            </div>
          </section>
        );
      })}
    </div>
  );
}
