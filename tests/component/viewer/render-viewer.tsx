import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { setupI18n } from '../../../src-renderer/i18n/setup';
import type { Language } from '../../../shared/i18n/resources';
import en from '../../../shared/i18n/en/viewer.json';
import ru from '../../../shared/i18n/ru/viewer.json';
import kk from '../../../shared/i18n/kk/viewer.json';

/** Renders with the app's i18n; adds the viewer namespace in case shared/i18n/resources.ts does not list it yet. */
export async function renderViewer(element: ReactElement, language: Language = 'en') {
  const i18n = await setupI18n(language);
  for (const [lng, bundle] of [['en', en], ['ru', ru], ['kk', kk]] as const) {
    if (!i18n.hasResourceBundle(lng, 'viewer')) i18n.addResourceBundle(lng, 'viewer', bundle);
  }
  return { i18n, ...render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>) };
}

export const sampleItem = (overrides: Partial<import('../../../shared/ipc/channels/vault').ItemRecord> = {}) => ({
  id: 'a'.repeat(32),
  blobId: 'b'.repeat(32),
  sha256: '3f'.repeat(32),
  size: 9064,
  originalName: 'Решение суда.pdf',
  mediaType: 'application/pdf',
  importedAt: '2024-03-05T10:15:30.000Z',
  ...overrides,
});
