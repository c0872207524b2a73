import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/model';

/** A person's consent level, shown wherever the person is, because exports obey it. */
export function ConsentBadge({ consent }: { consent: Consent }) {
  const { t } = useTranslation('cases');
  return <span className={`consent consent-${consent}`}>{t('consent.badge', { level: t(`consent.${consent}`) })}</span>;
}
