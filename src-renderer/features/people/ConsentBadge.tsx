import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/model';

/** Shown wherever a person appears, so nobody exports a name that was given for internal use only. */
export function ConsentBadge({ consent }: { consent: Consent }) {
  const { t } = useTranslation('people');
  return <span className={`consent-badge consent-${consent}`}>{t(`consent.${consent}`)}</span>;
}
