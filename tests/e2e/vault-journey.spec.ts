import { expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDir, type RunningHost } from './browser-host';
import { openSealedSession, type SealedSession } from './sealed-session';
import { filesUnder, findPlaintext } from './plaintext-scan';

const PASSPHRASE = 'Тамга ұзақ сақталады 2026';
let session: SealedSession;
let host: RunningHost;
let profileDir: string;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession({ width: 1280, height: 820 });
  ({ host, profileDir, context } = session);
});
test.afterAll(async () => session?.close());

test('seals a file, survives a lock and a wrong passphrase, and leaves no plaintext on disk', async () => {
  const canaryText = `CANARY-${randomBytes(12).toString('hex')}`;
  const canaryName = `протокол-Krestyanskiy-${randomBytes(4).toString('hex')}.txt`;
  const sourceDir = mkdtempSync(join(tmpdir(), 'tamga-source-'));
  const sourceFile = join(sourceDir, canaryName);
  writeFileSync(sourceFile, `${canaryText}\nAdministrative arrest, 10 days.\n`);

  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery kit' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Recovery key', { exact: true })).toHaveText(/\S{4}/);
  await page.screenshot({ path: 'test-results/screens/recovery-kit-en.png', fullPage: true });
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Open the vault' }).click();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Evidence' }).click();
  await page.getByLabel('Choose files to seal').setInputFiles(sourceFile);
  await expect(page.getByRole('status').filter({ hasText: 'Sealed' })).toBeVisible();
  await expect(page.getByRole('cell', { name: canaryName })).toBeVisible();
  await page.getByRole('button', { name: 'Verify all evidence' }).click();
  await expect(page.getByText(/matches its recorded SHA-256/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/evidence-en.png', fullPage: true });

  // The same file again is linked, not stored twice.
  await page.getByLabel('Choose files to seal').setInputFiles(sourceFile);
  await expect(page.getByRole('status').filter({ hasText: 'Already in the vault' })).toBeVisible();
  // Two intake records (each with its own custody entry) share one sealed blob.
  await expect(page.getByRole('cell', { name: canaryName })).toHaveCount(2);

  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await expect(page.getByText(canaryName)).toHaveCount(0);

  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this vault', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screens/unlock-wrong-en.png', fullPage: true });

  // NFD input (another keyboard) unlocks the vault made with NFC.
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE.normalize('NFD'));
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Evidence' }).click();
  await expect(page.getByRole('cell', { name: canaryName })).toHaveCount(2);

  await page.close();
  await context.close();
  removeDir(sourceDir);

  expect(filesUnder(host.dataDir).length).toBeGreaterThan(2);
  expect(filesUnder(profileDir).length).toBeGreaterThan(10);
  expect(findPlaintext([host.dataDir, profileDir], [canaryText, canaryName, 'Krestyanskiy'])).toEqual([]);
});
