// The same strings the app shows, for what the CLI writes in a reader's language (a dossier, a table of cases).
import i18next from 'i18next';
import { namespaces, resources, type Language } from '../../shared/i18n/resources';
import type { Translate } from '../../shared/i18n/translate';

export async function createTranslator(language: Language): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'en', ns: namespaces, defaultNS: 'common', interpolation: { escapeValue: false }, returnNull: false, showSupportNotice: false });
  return (key, values) => instance.t(key, values);
}
