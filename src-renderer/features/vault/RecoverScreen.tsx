import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { TextAreaField } from '../../app/TextAreaField';
import { useSession } from './session-store';

export function RecoverScreen() {
  const { t } = useTranslation('vault');
  const recover = useSession((s) => s.recover);
  const navigate = useSession((s) => s.navigate);
  const [useShares, setUseShares] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [shares, setShares] = useState(['', '']);
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);

  const submit = async (): Promise<void> => {
    setWorking(true);
    const input = useShares ? { shares: shares.map((s) => s.trim()).filter(Boolean) } : { recoveryKey };
    setError(await recover(input));
    setWorking(false);
  };

  return (
    <section className="card narrow" aria-labelledby="recover-title">
      <h1 id="recover-title">{t('recover.title')}</h1>
      <p>{t('recover.intro')}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {useShares ? (
          shares.map((share, index) => (
            <TextAreaField
              key={index}
              label={t('recover.share', { number: index + 1 })}
              code
              value={share}
              onChange={(value) => setShares(shares.map((s, i) => (i === index ? value : s)))}
            />
          ))
        ) : (
          <TextAreaField label={t('recover.key')} code value={recoveryKey} onChange={setRecoveryKey} />
        )}
        <button type="button" className="link" onClick={() => setUseShares(!useShares)}>
          {useShares ? t('recover.useKey') : t('recover.useShares')}
        </button>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={isWorking}>
          {t('recover.submit')}
        </button>
      </form>
      <button type="button" className="link" onClick={() => navigate('unlock')}>
        {t('recover.backToUnlock')}
      </button>
    </section>
  );
}
