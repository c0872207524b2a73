import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/result';

/** Every failure a person sees is a translated sentence keyed by its stable code, never a raw message. */
export function ErrorNotice({ error }: { error: AppError | undefined }) {
  const { t } = useTranslation('errors');
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {t(error.code, { ...error.details, defaultValue: t('internal') })}
    </p>
  );
}
