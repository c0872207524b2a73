import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleEncryption } from '../../../shared/ipc/channels/bundle';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useKnownSenders } from '../senders/use-known-senders';

type Mode = 'none' | 'people' | 'passphrase';

/** What the export form sends: no encryption, or a choice complete enough to encrypt with; `ready` false until then. */
export type EncryptionAnswer = { encryptTo?: BundleEncryption; ready: boolean };

/**
 * How a bundle leaves the vault: as a plain zip anyone holding it can read, encrypted with age to chosen known
 * senders (by their confirmed fingerprints; main looks up their age recipients), or to a passphrase that the
 * recipient hears by another channel. Either encrypted form is a standard .age file that `age -d` opens.
 */
export function BundleEncryptionChoice({ onChange }: { onChange: (answer: EncryptionAnswer) => void }) {
  const { t } = useTranslation('senders');
  const id = useId();
  const [mode, setMode] = useState<Mode>('none');
  const { known, loadError: error } = useKnownSenders();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');

  useEffect(() => {
    if (mode === 'none') onChange({ ready: true });
    else if (mode === 'people') onChange(chosen.size > 0 ? { encryptTo: { fingerprints: [...chosen] }, ready: true } : { ready: false });
    else onChange(passphrase !== '' && passphrase === repeat ? { encryptTo: { passphrase }, ready: true } : { ready: false });
  }, [mode, chosen, passphrase, repeat, onChange]);

  const people = [
    ...(known?.selfAgeRecipient ? [{ fingerprint: known.self, name: t('encrypt.self') }] : []),
    ...(known?.senders.filter((sender) => sender.ageRecipient) ?? []),
  ];
  const toggle = (fingerprint: string) => {
    const next = new Set(chosen);
    if (!next.delete(fingerprint)) next.add(fingerprint);
    setChosen(next);
  };

  return (
    <fieldset className="stack">
      <legend>{t('encrypt.legend')}</legend>
      {(['none', 'people', 'passphrase'] as const).map((option) => (
        <label key={option} className="row">
          <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => setMode(option)} />
          {t(`encrypt.mode.${option}`)}
        </label>
      ))}
      {mode === 'people' &&
        (people.length === 0 ? (
          <p className="muted">{t('encrypt.noneKnown')}</p>
        ) : (
          <div className="stack" role="group" aria-labelledby={`${id}-who`}>
            <strong id={`${id}-who`}>{t('encrypt.who')}</strong>
            {people.map((person) => (
              <label key={person.fingerprint} className="row">
                <input type="checkbox" checked={chosen.has(person.fingerprint)} onChange={() => toggle(person.fingerprint)} />
                {person.name}
              </label>
            ))}
          </div>
        ))}
      {mode === 'passphrase' && (
        <div className="stack">
          <div className="row">
            <div className="field">
              <label htmlFor={`${id}-passphrase`}>{t('encrypt.passphraseLabel')}</label>
              <input id={`${id}-passphrase`} type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-repeat`}>{t('encrypt.repeat')}</label>
              <input id={`${id}-repeat`} type="password" autoComplete="new-password" aria-invalid={repeat !== '' && repeat !== passphrase} value={repeat} onChange={(event) => setRepeat(event.target.value)} />
            </div>
          </div>
          {repeat !== '' && repeat !== passphrase && (
            <p className="notice notice-error" role="alert">
              {t('encrypt.mismatch')}
            </p>
          )}
          <p className="muted">{t('encrypt.passphraseHint')}</p>
        </div>
      )}
      {mode !== 'none' && <p className="muted">{t('encrypt.opens')}</p>}
      <ErrorNotice error={error} />
    </fieldset>
  );
}
