import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/model';

/** A person's consent level, shown wherever the person appears, because exports obey it. */
export function ConsentBadge({ consent }: { consent: Consent }) {
  const { t } = useTranslation('people');
  return <span className={`consent-badge consent-${consent}`}>{t('badge.label', { level: t(`badge.${consent}`) })}</span>;
}
