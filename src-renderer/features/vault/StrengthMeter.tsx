import { useTranslation } from 'react-i18next';
import { passphraseStrength } from '../../../shared/vault/passphrase-strength';

export function StrengthMeter({ passphrase, id }: { passphrase: string; id?: string }) {
  const { t } = useTranslation('vault');
  const score = passphraseStrength(passphrase);
  return (
    <div className="strength" id={id}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score} aria-label={t('strength.label')} />
      <span className={`strength-text strength-${score}`}>{t(`strength.${score}`)}</span>
    </div>
  );
}
