import { expect, test, type BrowserContext } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import type { RunningHost } from './browser-host';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

// A Kazakh monitor tags a case by citing the code as Kazakh does («ҚК-нің 274-бабы»); a Russian or Kazakh reader
// sees Kazakh codes and laws named in their own language in the catalog's list and its articles, and the
// Administrative Code's article 73-3 is there to tag.
let session: SealedSession;
let host: RunningHost;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, context } = session);
});
test.afterAll(async () => session?.close());

test('tags by a Kazakh citation, and names Kazakh law in Russian and Kazakh in the catalog list and its article headings', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, 'қазақстан заңдары орыс және қазақ тілінде 2026');
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Ақтөбе: жалған ақпарат таратты деген айып');
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Tags' }).click();
  await page.getByRole('combobox', { name: resources.en.common.language.label }).selectOption('kk');
  const picker = page.getByRole('combobox', { name: resources.kk.cases.field.tags });
  await picker.fill('ҚК-нің 274-бабы');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^Қылмыстық кодекс, 274-бап —/);
  await picker.press('Enter');
  await picker.fill('ӘҚБтК 73-3');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^Әкімшілік құқық бұзушылық туралы кодекс, 73-3-бап — Ұрып-соғу/);
  await page.screenshot({ path: 'test-results/screens/tag-picker-kazakh-citation.png', fullPage: false });
  await picker.press('Escape');
  await expect(page.getByRole('button', { name: /Қылмыстық кодекс, 274-бап/ }).first()).toBeVisible();

  await page.getByRole('combobox', { name: resources.kk.common.language.label }).selectOption('ru');
  await page.getByRole('navigation').getByText(resources.ru.common.nav.catalog, { exact: true }).click();

  const ru = resources.ru.catalog.browser;
  const domesticRu = page.getByRole('navigation', { name: ru.instruments }).getByRole('region', { name: ru.group.domestic });
  for (const name of ['Уголовный кодекс', 'Кодекс об административных правонарушениях', 'Закон о мирных собраниях 2020', 'Указ Президента № 1037']) {
    await expect(domesticRu.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await domesticRu.getByRole('button', { name: 'Кодекс об административных правонарушениях', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Кодекс об административных правонарушениях' })).toBeVisible();
  await expect(page.getByRole('button', { name: /ст\. 73-3 — Побои/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/catalog-kazakh-law-ru.png', fullPage: true });

  await page.getByRole('combobox', { name: resources.ru.common.language.label }).selectOption('kk');
  const kk = resources.kk.catalog.browser;
  const domesticKk = page.getByRole('navigation', { name: kk.instruments }).getByRole('region', { name: kk.group.domestic });
  for (const name of ['Қылмыстық кодекс', 'Әкімшілік құқық бұзушылық туралы кодекс', 'Бейбіт жиналыстар туралы заң 2020']) {
    await expect(domesticKk.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /73-3-бап — Ұрып-соғу/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/catalog-kazakh-law-kk.png', fullPage: true });

  await page.getByRole('combobox', { name: resources.kk.common.language.label }).selectOption('en');
  await context.close();
});
