import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'Шифрланған экспорт 2026 желтоқсан';
const host = hostForThisFile();

test('a case is exported encrypted to this device from the export form, and the .age file checks back as signed by it', async ({ page }) => {
  await createVault(page, host().url, PASSPHRASE);
  const work = mkdtempSync(join(tmpdir(), 'tamga-age-e2e-'));
  writeFileSync(join(work, 'протокол.txt'), 'Протокол задержания: 12 марта, Алматы.');

  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Detention in Almaty');
  await expect(page.getByRole('heading', { level: 1, name: 'Detention in Almaty' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  await page.getByLabel('Choose files to attach').setInputFiles(join(work, 'протокол.txt'));
  await expect(page.getByText('протокол.txt is sealed and attached to this case.')).toBeVisible({ timeout: 30_000 });

  const exportSection = page.getByRole('region', { name: 'Evidence bundle' });
  await exportSection.getByLabel('Encrypted for chosen people (age)').check();
  await expect(exportSection.getByRole('button', { name: 'Export bundle' })).toBeDisabled();
  await exportSection.getByRole('group', { name: 'Who can open it' }).getByLabel('This device').check();
  await exportSection.getByRole('button', { name: 'Export bundle' }).click();
  await expect(exportSection.getByText(/^The bundle is ready/)).toBeVisible({ timeout: 60_000 });
  await expect(exportSection.getByText('SHA-256 of the encrypted .age file:')).toBeVisible();
  await exportSection.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/age-export-ready-en.png', fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('link', { name: 'Download the bundle' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tamga-legal-team-.*\.zip\.age$/);
  const bundle = join(work, download.suggestedFilename());
  await download.saveAs(bundle);
  expect(readFileSync(bundle).subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
  expect(readFileSync(bundle).includes(Buffer.from('Протокол задержания'))).toBe(false);

  await page.getByRole('button', { name: 'Settings' }).click();
  const check = page.getByRole('region', { name: 'Check a received bundle' });
  await check.getByLabel(/^Bundle to check/).setInputFiles(bundle);
  await expect(check.getByTestId('bundle-check')).toContainText('Signed by this device.', { timeout: 30_000 });
});
