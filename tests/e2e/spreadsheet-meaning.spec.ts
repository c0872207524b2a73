import { expect, test, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { resources } from '../../shared/i18n/resources';
import { hostForThisFile } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { createVault } from './vault-steps';

// A Russian-locale Excel export (Windows-1251) with article codes written three ways, a consent column, a season
// for a date and one source named in full and then by its initials: the import keeps what each cell meant.
const ARTICLES_1251_CSV = resolve(__dirname, '../fixtures/spreadsheets/cases-ru-articles-consent-windows-1251.csv');
const currentHost = hostForThisFile();
const kk = resources.kk;
const ru = resources.ru;

/** How far the preview runs past the dialog's right edge: the problems column must be read without scrolling. */
const overflowOf = (dialog: Locator) => dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
const rowOf = (page: Page, rowNumber: string) => page.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowNumber, exact: true }) });

test('imports a 1251 CSV with article codes and a consent column, with tags resolved, consent kept and the source matched', async ({ page }) => {
  const host = currentHost();
  await createVault(page, host.url, 'статьи и согласие из таблицы');
  await page.getByRole('button', { name: 'Import cases from a spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import cases from a spreadsheet' });
  await dialog.getByLabel('Spreadsheet (CSV or Excel .xlsx)').setInputFiles(ARTICLES_1251_CSV);
  await expect(dialog.getByRole('combobox', { name: 'Consent' })).toContainText('Согласие (column E)');
  await dialog.getByRole('button', { name: 'Show preview' }).click();

  const kettling = rowOf(page, '2');
  await expect(kettling.getByText('МПГПП 21 → ICCPR art. 21')).toBeVisible();
  await expect(kettling.getByText('ICCPR 9 → ICCPR art. 9')).toBeVisible();
  await expect(kettling.getByRole('cell', { name: 'May be published by name' })).toBeVisible();
  await expect(kettling.getByRole('cell', { name: 'Human Rights Watch (new source)' })).toBeVisible();
  const strike = rowOf(page, '3');
  await expect(strike.getByText('CCPR-22 → ICCPR art. 22')).toBeVisible();
  await expect(strike.getByText('Read as spring 2017 (season)')).toBeVisible();
  await expect(strike.getByRole('cell', { name: 'Internal only' })).toBeVisible();
  await expect(strike.getByRole('cell', { name: 'HRW → Human Rights Watch (new source)' })).toBeVisible();
  const blogger = rowOf(page, '4');
  await expect(blogger.getByText('ICCPR art. 19 → ICCPR art. 19')).toBeVisible();
  await expect(blogger.getByText('ст. 22: not tagged, kept in the summary')).toBeVisible();
  await expect(blogger.getByRole('cell', { name: 'May be published anonymised' })).toBeVisible();
  await expect(dialog.getByText('Unknown tag')).toHaveCount(0);
  // The file says what each person agreed to, so nobody is asked to confirm internal-only for everyone.
  await expect(dialog.getByRole('checkbox', { name: 'Record everyone as internal only' })).toHaveCount(0);
  expect(await overflowOf(dialog)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screens/spreadsheet-meaning-preview-en.png', fullPage: true });

  await dialog.getByRole('button', { name: 'Import 3 cases' }).click();
  await expect(dialog.getByText('Imported 3 cases.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The case carries the catalog tag and the season, as the preview said.
  await page.getByRole('option', { name: /Разгон забастовки/ }).click();
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Tags' }).click();
  await expect(page.getByRole('list', { name: 'Chosen tags' }).first()).toContainText('ICCPR art. 22');
  await expect(page.getByText(/Unknown tag/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/spreadsheet-meaning-case-tags-en.png', fullPage: true });
  await sections.getByRole('link', { name: 'Sources and claims' }).click();
  await expect(page.getByRole('region', { name: 'Sources and claims' }).getByText(/^Human Rights Watch —/)).toBeVisible();

  // The same file read in Kazakh: codes named as the Kazakh tag picker names them, consent in Kazakh.
  await page.getByRole('navigation', { name: resources.en.common.nav.main }).getByRole('button', { name: resources.en.common.nav.cases }).click();
  await page.getByRole('combobox', { name: resources.en.common.language.label }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.getByRole('button', { name: kk.spreadsheet.dialog.open }).click();
  const kkDialog = page.getByRole('dialog', { name: kk.spreadsheet.dialog.title });
  await kkDialog.getByLabel(kk.spreadsheet.pick.label).setInputFiles(ARTICLES_1251_CSV);
  await kkDialog.getByRole('button', { name: kk.spreadsheet.nav.preview }).click();
  await expect(rowOf(page, '2').getByText(/^МПГПП 21 → .+, 21-бап$/)).toBeVisible();
  await expect(rowOf(page, '3').getByText('Былай түсінілді: көктем 2017 (жыл мезгілі)')).toBeVisible();
  await expect(rowOf(page, '3').getByRole('cell', { name: kk.people.consent['internal-only'] })).toBeVisible();
  // Sources recorded by the first import are now found: by name, and by initials.
  await expect(rowOf(page, '2').getByRole('cell', { name: 'Human Rights Watch → Human Rights Watch (бұрыннан жазылған)' })).toBeVisible();
  await expect(rowOf(page, '3').getByRole('cell', { name: 'HRW → Human Rights Watch (бұрыннан жазылған)' })).toBeVisible();
  expect(await overflowOf(kkDialog)).toBeLessThanOrEqual(0);
  await shootLocalScreen(page, 'spreadsheet-meaning-preview-kk');
  await kkDialog.getByRole('button', { name: kk.spreadsheet.dialog.close }).click();

  // And in Russian, the language of the file itself: codes named as the Russian tag picker names them.
  await page.getByRole('combobox', { name: kk.common.language.label, exact: true }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByRole('button', { name: ru.spreadsheet.dialog.open }).click();
  const ruDialog = page.getByRole('dialog', { name: ru.spreadsheet.dialog.title });
  await ruDialog.getByLabel(ru.spreadsheet.pick.label).setInputFiles(ARTICLES_1251_CSV);
  await expect(ruDialog.getByRole('combobox', { name: ru.spreadsheet.field.consent })).toContainText('Согласие (столбец E)');
  await ruDialog.getByRole('button', { name: ru.spreadsheet.nav.preview }).click();
  await expect(rowOf(page, '2').getByText('МПГПП 21 → ICCPR, ст. 21')).toBeVisible();
  await expect(rowOf(page, '2').getByRole('cell', { name: ru.people.consent['named-publication'] })).toBeVisible();
  await expect(rowOf(page, '3').getByText('CCPR-22 → ICCPR, ст. 22')).toBeVisible();
  await expect(rowOf(page, '3').getByText('Понято как весна 2017 (время года)')).toBeVisible();
  await expect(rowOf(page, '2').getByText('Понято как 10 янв. 2021 г. (точный день)')).toBeVisible();
  await expect(rowOf(page, '3').getByRole('cell', { name: ru.people.consent['internal-only'] })).toBeVisible();
  await expect(rowOf(page, '3').getByRole('cell', { name: 'HRW → Human Rights Watch (уже записан)' })).toBeVisible();
  await expect(rowOf(page, '4').getByText('ст. 22: тег не поставлен, текст сохранится в описании')).toBeVisible();
  await expect(ruDialog.getByRole('checkbox', { name: ru.spreadsheet.preview.consentConfirm })).toHaveCount(0);
  expect(await overflowOf(ruDialog)).toBeLessThanOrEqual(0);
  await shootLocalScreen(page, 'spreadsheet-meaning-preview-ru');
});
