import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

export function ChangePassphraseSection() {
  const { t } = useTranslation('vault');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError>();
  const [isDone, setDone] = useState(false);
  const [isWorking, setWorking] = useState(false);

  const submit = async (): Promise<void> => {
    setDone(false);
    if (next.length === 0) return setError({ code: 'vault.passphraseEmpty' });
    if (next !== confirmation) return setError({ code: 'vault.passphraseMismatch' });
    setWorking(true);
    const result = await tamga().invoke('vault.changePassphrase', { current, next });
    setWorking(false);
    setError(result.ok ? undefined : result.error);
    if (result.ok) {
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirmation('');
    }
  };

  return (
    <section className="card" aria-labelledby="change-title">
      <h2 id="change-title">{t('settings.changeTitle')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PassphraseField label={t('settings.current')} value={current} onChange={setCurrent} autoComplete="current-password" />
        <PassphraseField label={t('settings.next')} value={next} onChange={setNext} autoComplete="new-password" />
        <StrengthMeter passphrase={next} />
        <PassphraseField label={t('settings.confirmNext')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
        <ErrorNotice error={error} />
        {isDone && (
          <p className="notice notice-success" role="status">
            {t('settings.changed')}
          </p>
        )}
        <button type="submit" className="primary" disabled={isWorking}>
          {t('settings.changeSubmit')}
        </button>
      </form>
    </section>
  );
}
