import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';
import { useSession } from './session-store';

export function PanicWipeSection() {
  const { t } = useTranslation('vault');
  const id = useId();
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError>();
  const locked = useSession((s) => s.locked);

  const submit = async (): Promise<void> => {
    const result = await tamga().invoke('vault.wipe', { confirmation });
    if (result.ok) locked('wipe');
    else setError(result.error);
  };

  return (
    <section className="card danger-zone" aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('settings.wipeTitle')}</h2>
      <p>{t('settings.wipeIntro')}</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('settings.wipeConfirmLabel')}</label>
          <input id={id} type="text" autoComplete="off" spellCheck={false} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        </div>
        <button type="submit" className="danger">
          {t('settings.wipeSubmit')}
        </button>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
