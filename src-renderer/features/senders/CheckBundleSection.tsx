import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type BundleCheck } from '../../../shared/ipc/channels/bundle';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { FileField } from '../../app/FileField';
import { checkBundle } from './check-bundle';

/** Errors after which the same file can be checked again once the person types the sender's passphrase. */
const ASKS_FOR_PASSPHRASE = new Set(['bundle.agePassphraseNeeded', 'bundle.agePassphraseWrong']);

/**
 * Checks a bundle someone sent, and says plainly whether its signer is this device, a known sender or nobody known.
 * A bundle encrypted to this device opens by itself; one encrypted with a passphrase asks for it.
 */
export function CheckBundleSection() {
  const { t } = useTranslation(['senders', 'errors']);
  const id = useId();
  const [check, setCheck] = useState<BundleCheck>();
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);
  const [locked, setLocked] = useState<File>();
  const [passphrase, setPassphrase] = useState('');

  const run = async (file: File, withPassphrase?: string): Promise<void> => {
    setWorking(true);
    setCheck(undefined);
    setError(undefined);
    const result = await checkBundle(file, withPassphrase);
    setWorking(false);
    if (result.ok) {
      setCheck(result.value);
      setLocked(undefined);
      setPassphrase('');
    } else {
      setError(result.error);
      setLocked(ASKS_FOR_PASSPHRASE.has(result.error.code) ? file : undefined);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('check.heading')}</h2>
      <p className="muted">{t('check.explain')}</p>
      <FileField label={t('check.pick')} accept=".zip,.age,application/zip" disabled={isWorking} onFile={(file) => void run(file)} />
      {isWorking && <p role="status">{t('check.working')}</p>}
      <ErrorNotice error={error} />
      {locked && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (passphrase !== '') void run(locked, passphrase);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{t('check.passphrase', { name: locked.name })}</label>
            <input id={`${id}-passphrase`} type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
          </div>
          <button type="submit" disabled={isWorking || passphrase === ''}>
            {t('check.open')}
          </button>
        </form>
      )}
      {check?.ok && check.signer && (
        <div className={check.signer.kind === 'unknown' ? 'notice notice-error' : 'notice notice-success'} role="status" data-testid="bundle-check">
          <p>{t('check.whole', { id: check.bundleId, count: check.filesChecked })}</p>
          <p>
            <strong>
              {check.signer.kind === 'self' && t('check.self')}
              {check.signer.kind === 'known' && t('check.known', { name: check.signer.name })}
              {check.signer.kind === 'unknown' && t('check.unknown', { fingerprint: formatFingerprint(check.fingerprint ?? '') })}
            </strong>
          </p>
        </div>
      )}
      {check && !check.ok && (
        <div className="notice notice-error" role="alert" data-testid="bundle-check">
          <p>{t(check.refused ? 'check.refused' : 'check.failed')}</p>
          <ul>
            {check.problems.map((problem, i) => (
              <li key={i}>{t(`errors:${problem.code}`, { ...problem.details, defaultValue: t('errors:internal') })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
