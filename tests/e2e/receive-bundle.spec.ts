import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'Әріптестің бумасы 2026 желтоқсан';
const BUNDLES = resolve(__dirname, '../fixtures/colleague-bundles');
const host = hostForThisFile();

test('a colleague’s bundle is received after the fingerprint is confirmed, its case appears, a later export merges, and a conflict is shown side by side', async ({ page }) => {
  await createVault(page, host().url, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  const receive = page.getByRole('region', { name: 'Receive a bundle into this vault' });

  // An unknown signer: nothing is planned until the person confirms the fingerprint and names the sender.
  await receive.getByLabel(/^Bundle to receive/).setInputFiles(resolve(BUNDLES, 'colleague-week-1.zip'));
  await expect(receive.getByText(/a key this vault does not know/)).toBeVisible({ timeout: 30_000 });
  const show = receive.getByRole('button', { name: 'Show what the bundle holds' });
  await expect(show).toBeDisabled();
  await receive.getByLabel('Sender’s name, to remember them by').fill('KIBHR Almaty');
  await receive.getByLabel('I confirmed this fingerprint with the sender').check();
  await show.click();

  const preview = receive.getByRole('region', { name: 'What receiving will change' });
  await expect(preview).toContainText('New case: Задержание журналистки после поста о суде', { timeout: 30_000 });
  await expect(preview).toContainText('2 new files will be sealed into this vault; 0 already held.');
  await page.screenshot({ path: 'test-results/screens/receive-preview-en.png', fullPage: true });
  await receive.getByRole('button', { name: 'Receive into this vault' }).click();
  await expect(receive.getByRole('status').filter({ hasText: 'Received from KIBHR Almaty' })).toBeVisible({ timeout: 30_000 });
  // The sender confirmed here is listed among the known senders on the same screen.
  await expect(page.getByRole('region', { name: 'Known senders' }).getByRole('listitem')).toContainText('KIBHR Almaty');

  // The case is in the list, from the journal, with its person and both files.
  await page.getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('option', { name: /Задержание журналистки после поста о суде/ }).click();
  await expect(page.getByRole('heading', { name: /Задержание журналистки/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/receive-case-en.png', fullPage: true });

  // The person edits the summary here; the colleague's next export changes it too: both versions are kept.
  await page.getByRole('textbox', { name: 'Summary' }).fill('Задержана у здания суда; по нашим данным, без адвоката 3 часа.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Settings' }).click();
  await receive.getByLabel(/^Bundle to receive/).setInputFiles(resolve(BUNDLES, 'colleague-week-2.zip'));
  await expect(preview).toContainText('Merges into your case: Задержание журналистки после поста о суде', { timeout: 30_000 });
  await expect(preview).toContainText('0 new files will be sealed into this vault; 2 already held.');
  await expect(preview).toContainText('1 record was changed both here and by the sender');
  await receive.getByRole('button', { name: 'Receive into this vault' }).click();

  const conflict = receive.getByRole('region', { name: /^Case: / });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict.getByRole('row', { name: /Summary/ })).toContainText('без адвоката 3 часа');
  await expect(conflict.getByRole('row', { name: /Summary/ })).toContainText('суд назначил штраф');
  await page.screenshot({ path: 'test-results/screens/receive-conflict-en.png', fullPage: true });

  await page.getByRole('combobox', { name: 'Language' }).selectOption('kk');
  await expect(page.getByRole('region', { name: /^Іс: / })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/receive-conflict-kk.png', fullPage: true });
  await page.getByRole('combobox', { name: 'Тіл' }).selectOption('en');

  await conflict.getByRole('button', { name: 'Take KIBHR Almaty’s version' }).click();
  await expect(conflict).toHaveCount(0);
  // Cases returns to the case that was open; it now reads the sender's summary.
  await page.getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { name: 'Задержание журналистки после поста о суде' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(/суд назначил штраф/);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Events' }).click();
  // The verdict the later export added is there beside the detention.
  await expect(page.getByText('Feb 21, 2025').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/receive-merged-case-en.png', fullPage: true });
});
