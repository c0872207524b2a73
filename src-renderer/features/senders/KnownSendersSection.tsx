import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, normalizeFingerprint, type KnownSenders } from '../../../shared/ipc/channels/bundle';
import type { AppError, Result } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';
import { useKnownSenders } from './use-known-senders';

/** An age X25519 recipient as pasted; main checks its checksum too. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/**
 * This device's fingerprint, to read to colleagues, and its age recipient, to give them; and the senders whose
 * fingerprints the person confirmed with them by another channel, with the age recipient each gave, if any. The
 * list is sealed in the vault (main's known-senders.ts); a received bundle signed by one of them is then named, any
 * other signer is shown as unverified, and a bundle can be encrypted to any of them that has an age recipient.
 */
export function KnownSendersSection() {
  const { t } = useTranslation('senders');
  const id = useId();
  const { known, setKnown, loadError } = useKnownSenders();
  const [name, setName] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [ageRecipient, setAgeRecipient] = useState('');
  const [error, setError] = useState<AppError>();
  const [invalid, setInvalid] = useState(false);
  const [invalidRecipient, setInvalidRecipient] = useState(false);
  const [added, setAdded] = useState<string>();


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
    const recipient = ageRecipient.trim().toLowerCase();
    setInvalid(normalized === undefined);
    setInvalidRecipient(recipient !== '' && !AGE_RECIPIENT.test(recipient));
    if (normalized === undefined || name.trim() === '' || (recipient !== '' && !AGE_RECIPIENT.test(recipient))) return;
    answer(await tamga().invoke('bundle.addSender', { name, fingerprint: normalized, ...(recipient ? { ageRecipient: recipient } : {}) }), () => {
      setAdded(name.trim());
      setName('');
      setFingerprint('');
      setAgeRecipient('');
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
          {known.selfAgeRecipient && (
            <>
              <p>
                <span id={`${id}-self-age`}>{t('selfAgeRecipient')}</span>{' '}
                <code className="age-recipient" aria-labelledby={`${id}-self-age`} data-testid="own-age-recipient">
                  {known.selfAgeRecipient}
                </code>
              </p>
              <p className="muted">{t('selfAgeRecipientHint')}</p>
            </>
          )}
          <h3 id={`${id}-list`}>{t('list')}</h3>
          {known.senders.length === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <ul aria-labelledby={`${id}-list`}>
              {known.senders.map((sender) => (
                <li key={sender.fingerprint} className="row">
                  <span>{sender.name}</span> <code className="fingerprint">{formatFingerprint(sender.fingerprint)}</code>{' '}
                  {sender.ageRecipient ? (
                    <code className="age-recipient" title={t('theirAgeRecipient')}>
                      {sender.ageRecipient}
                    </code>
                  ) : (
                    <span className="muted">{t('noAgeRecipient')}</span>
                  )}
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
        <div className="field">
          <label htmlFor={`${id}-age`}>{t('ageRecipient')}</label>
          <input
            id={`${id}-age`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            placeholder={t('ageRecipientExample')}
            aria-invalid={invalidRecipient}
            value={ageRecipient}
            onChange={(event) => setAgeRecipient(event.target.value)}
          />
        </div>
        <button type="submit">{t('add')}</button>
      </form>
      {invalid && (
        <p className="notice notice-error" role="alert">
          {t('invalidFingerprint')}
        </p>
      )}
      {invalidRecipient && (
        <p className="notice notice-error" role="alert">
          {t('invalidAgeRecipient')}
        </p>
      )}
      <ErrorNotice error={error ?? loadError} />
      {added && (
        <p className="notice notice-success" role="status">
          {t('added', { name: added })}
        </p>
      )}
    </section>
  );
}
