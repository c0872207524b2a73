import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/i18n/resources';
import type { Translate } from '../../shared/i18n/translate';

/** The reader's language and a translator shared code can call with namespaced keys ('cases:role.victim'). */
export function useTranslate(): { lang: Language; translate: Translate } {
  const { t, i18n } = useTranslation('dossier');
  const translate = useCallback<Translate>((key, values) => t(key, values), [t]);
  return { lang: isLanguage(i18n.language) ? i18n.language : 'en', translate };
}
