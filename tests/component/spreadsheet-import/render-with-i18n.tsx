import type { ReactElement } from 'react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import { resources, type Language } from '../../../shared/i18n/resources';

/** The app's resources with no fallback language, so a missing Russian or Kazakh string shows as its key. */
export async function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>);
}
