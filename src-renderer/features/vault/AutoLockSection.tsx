import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';
import { useSession } from './session-store';

export function AutoLockSection() {
  const { t } = useTranslation(['vault', 'common']);
  const id = useId();
  const saved = useSession((s) => s.autoLockMinutes);
  const [minutes, setMinutes] = useState(String(saved));
  const [error, setError] = useState<AppError>();
  const [savedNow, setSavedNow] = useState<number>();

  const submit = async (): Promise<void> => {
    const result = await tamga().invoke('vault.setAutoLock', { minutes: Number(minutes) });
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      useSession.setState({ autoLockMinutes: result.value.autoLockMinutes });
      setSavedNow(result.value.autoLockMinutes);
    }
  };

  return (
    <section className="card" aria-labelledby="autolock-title">
      <h2 id="autolock-title">{t('settings.autoLockTitle')}</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('settings.autoLockLabel')}</label>
          <input id={id} type="number" min={1} max={1440} step={1} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </div>
        <button type="submit">{t('common:action.save')}</button>
      </form>
      <ErrorNotice error={error} />
      {savedNow !== undefined && (
        <p className="notice notice-success" role="status">
          {t('settings.autoLockSaved', { count: savedNow })}
        </p>
      )}
    </section>
  );
}
