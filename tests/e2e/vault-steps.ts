import { expect, type Page } from '@playwright/test';

/** First run: create the vault, acknowledge the recovery kit, land on Cases. Returns the recovery key shown. */
export async function createVault(page: Page, url: string, passphrase: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat the passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent({ timeout: 30_000 }))!.trim();
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Open the vault' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible();
  return recoveryKey;
}

export async function lockAndUnlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}
