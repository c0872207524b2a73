import { expect, test } from '@playwright/test';
import { hostForThisFile } from './browser-host';

const currentHost = hostForThisFile();

test('the first screen offers to create a vault, in English, Russian and Kazakh', async ({ page }) => {
  const host = currentHost();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  // The launch token is taken out of the address bar once the page has it.
  expect(page.url()).not.toContain('launch=');
  await page.screenshot({ path: 'test-results/screens/first-screen-en.png', fullPage: true });

  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Создайте хранилище' })).toBeVisible();
  await expect(page.getByLabel('Парольная фраза', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.screenshot({ path: 'test-results/screens/first-screen-ru.png', fullPage: true });

  await page.getByLabel('Язык').selectOption('kk');
  await expect(page.getByRole('heading', { name: 'Қойма жасаңыз' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/first-screen-kk.png', fullPage: true });

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Қойма жасаңыз' })).toBeVisible();
});

test('the host serves its public page to anyone but its API only with a session', async ({ request }) => {
  const host = currentHost();
  expect((await request.get(`${host.origin}/`)).status()).toBe(200);
  expect((await request.get(`${host.origin}/exports/case.zip`)).status()).toBe(403);
  expect((await request.get(`${host.origin}/exports/case.zip`, { headers: { 'X-Tamga-Session': 'not-the-session' } })).status()).toBe(403);
});
