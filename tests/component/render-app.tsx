import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { setupI18n } from '../../src-renderer/i18n/setup';
import type { Language } from '../../shared/i18n/resources';

export async function renderWithI18n(element: ReactElement, language: Language = 'en') {
  const i18n = await setupI18n(language);
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>) };
}
