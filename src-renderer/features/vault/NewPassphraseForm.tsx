import { useId, useState, type ReactNode } from 'react';
import { MINIMUM_PASSPHRASE_LENGTH, passphraseStrength } from '../../../shared/vault/passphrase-strength';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

type Props = {
  submitLabel: string;
  workingLabel: string;
  onSubmit(passphrase: string): Promise<AppError | undefined>;
  children?: ReactNode;
};

/** Passphrase twice with a strength meter: shared by first-run setup and the new passphrase after recovery. */
export function NewPassphraseForm({ submitLabel, workingLabel, onSubmit, children }: Props) {
  const { t } = useTranslation('vault');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);
  const strengthId = useId();

  const submit = async (): Promise<void> => {
    if (passphrase.length === 0) return setError({ code: 'vault.passphraseEmpty' });
    if (passphraseStrength(passphrase) === 0) return setError({ code: 'vault.passphraseTooShort', details: { minimum: MINIMUM_PASSPHRASE_LENGTH } });
    if (passphrase !== confirmation) return setError({ code: 'vault.passphraseMismatch' });
    setError(undefined);
    setWorking(true);
    const failure = await onSubmit(passphrase);
    setWorking(false);
    setError(failure);
  };

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <PassphraseField label={t('create.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="new-password" autoFocus describedBy={strengthId} />
      <StrengthMeter passphrase={passphrase} id={strengthId} />
      <PassphraseField label={t('create.confirm')} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
      {children}
      <ErrorNotice error={error} />
      <button type="submit" className="primary" disabled={isWorking}>
        {submitLabel}
      </button>
      {isWorking && (
        <p className="working" role="status">
          {workingLabel}
        </p>
      )}
    </form>
  );
}
