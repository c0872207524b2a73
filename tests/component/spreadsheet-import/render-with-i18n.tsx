import type { ReactElement } from 'react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import { resources, type Language } from '../../../shared/i18n/resources';
import enSpreadsheet from '../../../shared/i18n/en/spreadsheet.json';
import ruSpreadsheet from '../../../shared/i18n/ru/spreadsheet.json';
import kkSpreadsheet from '../../../shared/i18n/kk/spreadsheet.json';

/** The app's resources plus this feature's namespace, which the lead registers in resources.ts. */
export async function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: {
      en: { ...resources.en, spreadsheet: enSpreadsheet },
      ru: { ...resources.ru, spreadsheet: ruSpreadsheet },
      kk: { ...resources.kk, spreadsheet: kkSpreadsheet },
    },
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>);
}
