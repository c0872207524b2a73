import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, languages, namespaces, resources, type Language } from '../../shared/i18n/resources';

const LANGUAGE_KEY = 'tamga.language';

export function storedLanguage(storage: Pick<Storage, 'getItem'> = window.localStorage): Language {
  const stored = storage.getItem(LANGUAGE_KEY);
  return isLanguage(stored) ? stored : 'en';
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> = window.localStorage): void {
  storage.setItem(LANGUAGE_KEY, language);
}

/** One i18next instance: en, ru and kk, ICU-style plurals from Intl, dates and numbers formatted per locale. */
export async function setupI18n(language: Language = storedLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    supportedLngs: [...languages],
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  document.documentElement.lang = language;
  return instance;
}
