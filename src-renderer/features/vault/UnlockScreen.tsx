import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PassphraseField } from './PassphraseField';
import { useSession } from './session-store';

export function UnlockScreen() {
  const { t } = useTranslation('vault');
  const unlock = useSession((s) => s.unlock);
  const navigate = useSession((s) => s.navigate);
  const lockedReason = useSession((s) => s.lockedReason);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);

  const submit = async (): Promise<void> => {
    setWorking(true);
    setError(undefined);
    const failure = await unlock(passphrase);
    setWorking(false);
    if (failure) setError(failure);
    else setPassphrase('');
  };

  return (
    <section className="card narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      {lockedReason && lockedReason !== 'user' && (
        <p className="notice" role="status">
          {t(`locked.${lockedReason}`)}
        </p>
      )}
      <p>{t('unlock.intro')}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PassphraseField label={t('unlock.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" autoFocus />
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={isWorking}>
          {t('unlock.submit')}
        </button>
        {isWorking && (
          <p className="working" role="status">
            {t('unlock.working')}
          </p>
        )}
      </form>
      <button type="button" className="link" onClick={() => navigate('recover')}>
        {t('unlock.forgot')}
      </button>
    </section>
  );
}
