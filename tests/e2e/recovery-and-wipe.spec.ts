import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hostForThisFile } from './browser-host';
import { lockAndUnlock } from './vault-steps';

const currentHost = hostForThisFile();

test('changes the passphrase, recovers with the recovery key after forgetting it, then wipes the vault', async ({ page }) => {
  const host = currentHost();
  await page.goto(host.url);
  await page.getByLabel('Passphrase', { exact: true }).fill('first passphrase for the field');
  await page.getByLabel('Repeat the passphrase').fill('first passphrase for the field');
  await page.getByRole('button', { name: 'Create vault' }).click();
  const recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent({ timeout: 30_000 }))!.trim();
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Open the vault' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Current passphrase').fill('first passphrase for the field');
  await page.getByLabel('New passphrase', { exact: true }).fill('second passphrase, longer still');
  await page.getByLabel('Repeat the new passphrase').fill('second passphrase, longer still');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The passphrase was changed.')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Lock after this many minutes without activity').fill('5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The vault will lock after 5 minutes without activity.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/settings-en.png', fullPage: true });

  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('first passphrase for the field');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this vault', { timeout: 30_000 });

  // Forgotten: the recovery key leads straight to a new passphrase.
  await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Recover' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Passphrase', { exact: true }).fill('third passphrase after recovery');
  await page.getByLabel('Repeat the passphrase').fill('third passphrase after recovery');
  await page.getByRole('button', { name: 'Save the new passphrase' }).click();
  // Unlocked again, on the screen the address names (Settings, where the person was before the lock).
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });

  await lockAndUnlock(page, 'third passphrase after recovery');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Type WIPE to confirm').fill('wipe');
  await page.getByRole('button', { name: 'Destroy this vault' }).click();
  await expect(page.getByRole('alert')).toContainText('Type WIPE exactly');
  expect(existsSync(join(host.dataDir, 'vault', 'vault.json'))).toBe(true);
  await page.getByLabel('Type WIPE to confirm').fill('WIPE');
  await page.getByRole('button', { name: 'Destroy this vault' }).click();
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  // The lock (keys zeroed) reaches the page first; the header's shredding follows at once.
  await expect.poll(() => existsSync(join(host.dataDir, 'vault', 'vault.json'))).toBe(false);
  // The working copy in the browser goes with the keys: no sealed rows of the destroyed vault stay in the profile.
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('tamga-records');
});
