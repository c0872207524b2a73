// One way to turn a save failure into a sentence, used in place (next to the field) and on the status line.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';

/** Refusals made by the form itself carry a `refusal` key in the cases namespace; others use their error code. */
export function useErrorText(): (error: AppError) => string {
  const { t } = useTranslation(['cases', 'errors']);
  return useCallback(
    (error: AppError) => {
      const refusal = error.details?.refusal;
      if (typeof refusal === 'string') return t(`cases:refusal.${refusal}`);
      return t(`errors:${error.code}`, { ...error.details, defaultValue: t('errors:internal') });
    },
    [t],
  );
}
