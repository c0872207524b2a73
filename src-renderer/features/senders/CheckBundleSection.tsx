import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type BundleCheck } from '../../../shared/ipc/channels/bundle';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { checkBundle } from './check-bundle';

/** Checks a bundle someone sent, and says plainly whether its signer is this device, a known sender or nobody known. */
export function CheckBundleSection() {
  const { t } = useTranslation(['senders', 'errors']);
  const id = useId();
  const [check, setCheck] = useState<BundleCheck>();
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);

  const run = async (file: File): Promise<void> => {
    setWorking(true);
    setCheck(undefined);
    setError(undefined);
    const result = await checkBundle(file);
    setWorking(false);
    if (result.ok) setCheck(result.value);
    else setError(result.error);
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('check.heading')}</h2>
      <p className="muted">{t('check.explain')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('check.pick')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".zip,application/zip"
          disabled={isWorking}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void run(file);
          }}
        />
      </div>
      {isWorking && <p role="status">{t('check.working')}</p>}
      <ErrorNotice error={error} />
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
