import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

const RUSSIAN_1251_CSV = resolve(__dirname, '../fixtures/spreadsheets/cases-ru-windows-1251.csv');
const currentHost = hostForThisFile();

test('imports a Windows-1251 spreadsheet, skipping the rows with errors, and finds an imported name in Latin', async ({ page }) => {
  const host = currentHost();
  await createVault(page, host.url, 'таблица дел 2020 года');
  await page.getByRole('button', { name: 'Import cases from a spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import cases from a spreadsheet' });
  await dialog.getByLabel('Spreadsheet (CSV or Excel .xlsx)').setInputFiles(RUSSIAN_1251_CSV);
  // Decoded, not mojibake: the Russian headers were recognised and mapped.
  await expect(dialog.getByRole('combobox', { name: 'Title (required)' })).toContainText('Название');
  await dialog.getByRole('button', { name: 'Show preview' }).click();
  await expect(dialog.getByRole('heading', { name: 'Check before importing' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Ася Тулесова; Asya Tulesova' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/spreadsheet-preview-en.png', fullPage: true });
  await dialog.getByRole('checkbox', { name: 'Skip rows with errors' }).check();
  // The file has no consent column: everyone it names is recorded internal-only, once the person agrees to that.
  await dialog.getByRole('checkbox', { name: 'Record everyone as internal only' }).check();
  await dialog.getByRole('button', { name: /^Import \d+ cases?$/ }).click();
  await expect(dialog.getByText(/^Imported \d+ cases?\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('option', { name: /Задержание Алнура Ильяшева/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Ilyashev');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /Задержание Алнура Ильяшева/ }).first()).toBeVisible();
});
