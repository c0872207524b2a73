import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostForThisFile } from './browser-host';
import { filesUnder } from './plaintext-scan';
import { createVault } from './vault-steps';

const PASSPHRASE = 'Белгілі жіберушілер 2026 сәуір';
const CORPUS = resolve(__dirname, '../fixtures/hostile/bundles');
// The corpus is signed with the RFC 8032 test key: a colleague's installation, as far as this vault knows.
const colleague = (JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as { expect: string }).expect;
const host = hostForThisFile();

test('a received bundle names its signer once the person has confirmed them, and an unknown or forged one is loud', async ({ page }) => {
  await createVault(page, host().url, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  const senders = page.getByRole('region', { name: 'Known senders' });
  const check = page.getByRole('region', { name: 'Check a received bundle' });

  // This device's fingerprint, in groups of four, to read to colleagues.
  await expect(senders.getByTestId('own-fingerprint')).toHaveText(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  await expect(senders.getByText('No known senders yet.')).toBeVisible();

  // Unknown signer: the bundle is whole, but nothing says who signed it.
  await check.getByLabel(/^Bundle to check/).setInputFiles(join(CORPUS, 'intact.zip'));
  const verdict = check.getByTestId('bundle-check');
  await expect(verdict).toContainText(/is whole/, { timeout: 30_000 });
  await expect(verdict).toContainText(`UNVERIFIED SIGNER ${colleague.match(/.{4}/g)!.join(' ')}`);
  await page.screenshot({ path: 'test-results/screens/check-bundle-unknown-en.png', fullPage: true });

  // The person adds the colleague as they read the fingerprint over the phone: upper case, in groups.
  await senders.getByLabel('Name').fill('Айгүл Қасымова');
  await senders.getByLabel('Their fingerprint').fill('12345');
  await senders.getByRole('button', { name: 'Add sender' }).click();
  await expect(senders.getByRole('alert')).toContainText('32 digits');
  await senders.getByLabel('Their fingerprint').fill(colleague.toUpperCase().match(/.{4}/g)!.join(' '));
  await senders.getByRole('button', { name: 'Add sender' }).click();
  await expect(senders.getByRole('status')).toContainText('Айгүл Қасымова added.');
  await expect(senders.getByRole('listitem')).toContainText('Айгүл Қасымова');

  await check.getByLabel(/^Bundle to check/).setInputFiles(join(CORPUS, 'intact.zip'));
  await expect(verdict).toContainText('Signed by Айгүл Қасымова, a known sender.', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screens/check-bundle-known-en.png', fullPage: true });

  // Re-signed by someone else after an exhibit changed: refused whoever is known, with the reason.
  await check.getByLabel(/^Bundle to check/).setInputFiles(join(CORPUS, 'resigned.zip'));
  await expect(verdict).toContainText('This bundle failed its check', { timeout: 30_000 });
  await expect(verdict).toContainText('does not belong to this bundle');
  await expect(verdict).not.toContainText('known sender');

  // A hostile archive is refused unread.
  await check.getByLabel(/^Bundle to check/).setInputFiles(join(CORPUS, 'zip-slip.zip'));
  await expect(verdict).toContainText('refused without reading anything', { timeout: 30_000 });
  await expect(verdict).toContainText('../evil.txt');

  // The list survives a lock, and is sealed: its name is nowhere on disk in the clear.
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(senders.getByRole('listitem')).toContainText('Айгүл Қасымова', { timeout: 30_000 });
  for (const file of filesUnder(host().dataDir)) {
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('Айгүл')), file).toBe(false);
    expect(bytes.includes(Buffer.from(colleague)), file).toBe(false);
  }

  await senders.getByRole('button', { name: 'Remove Айгүл Қасымова' }).click();
  await expect(senders.getByText('No known senders yet.')).toBeVisible();

  // Kazakh: the same section, in Kazakh.
  await page.getByLabel('Language').selectOption('kk');
  await expect(page.getByRole('region', { name: 'Белгілі жіберушілер' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/known-senders-kk.png', fullPage: true });
});
