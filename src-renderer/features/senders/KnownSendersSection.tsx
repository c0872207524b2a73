import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, normalizeFingerprint, type KnownSenders } from '../../../shared/ipc/channels/bundle';
import type { AppError, Result } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';

/**
 * This device's fingerprint, to read to colleagues, and the senders whose fingerprints the person confirmed with
 * them by another channel. The list is sealed in the vault (main's known-senders.ts); a received bundle signed by
 * one of them is then named, and any other signer is shown as unverified.
 */
export function KnownSendersSection() {
  const { t } = useTranslation('senders');
  const id = useId();
  const [known, setKnown] = useState<KnownSenders>();
  const [name, setName] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<AppError>();
  const [invalid, setInvalid] = useState(false);
  const [added, setAdded] = useState<string>();

  useEffect(() => {
    let live = true;
    void tamga()
      .invoke('bundle.senders', {})
      .then((result) => {
        if (!live) return;
        if (result.ok) setKnown(result.value);
        else setError(result.error);
      });
    return () => {
      live = false;
    };
  }, []);

  const answer = (result: Result<KnownSenders>, then?: () => void): void => {
    if (result.ok) {
      setKnown(result.value);
      setError(undefined);
      then?.();
    } else setError(result.error);
  };

  const add = async (): Promise<void> => {
    setAdded(undefined);
    const normalized = normalizeFingerprint(fingerprint);
    setInvalid(normalized === undefined);
    if (normalized === undefined || name.trim() === '') return;
    answer(await tamga().invoke('bundle.addSender', { name, fingerprint: normalized }), () => {
      setAdded(name.trim());
      setName('');
      setFingerprint('');
    });
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="muted">{t('explain')}</p>
      {known && (
        <div className="stack">
          <p>
            <span id={`${id}-self`}>{t('self')}</span>{' '}
            <code className="fingerprint" aria-labelledby={`${id}-self`} data-testid="own-fingerprint">
              {formatFingerprint(known.self)}
            </code>
          </p>
          <p className="muted">{t('selfHint')}</p>
          <h3 id={`${id}-list`}>{t('list')}</h3>
          {known.senders.length === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <ul aria-labelledby={`${id}-list`}>
              {known.senders.map((sender) => (
                <li key={sender.fingerprint} className="row">
                  <span>{sender.name}</span> <code className="fingerprint">{formatFingerprint(sender.fingerprint)}</code>
                  <button type="button" onClick={() => void tamga().invoke('bundle.removeSender', { fingerprint: sender.fingerprint }).then((result) => answer(result))}>
                    {t('remove', { name: sender.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('name')}</label>
          <input id={`${id}-name`} type="text" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-fingerprint`}>{t('fingerprint')}</label>
          <input
            id={`${id}-fingerprint`}
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-invalid={invalid}
            value={fingerprint}
            onChange={(event) => setFingerprint(event.target.value)}
          />
        </div>
        <button type="submit">{t('add')}</button>
      </form>
      {invalid && (
        <p className="notice notice-error" role="alert">
          {t('invalidFingerprint')}
        </p>
      )}
      <ErrorNotice error={error} />
      {added && (
        <p className="notice notice-success" role="status">
          {t('added', { name: added })}
        </p>
      )}
    </section>
  );
}
