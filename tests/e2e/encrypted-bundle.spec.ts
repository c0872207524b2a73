import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostForThisFile } from './browser-host';
import { filesUnder } from './plaintext-scan';
import { createVault } from './vault-steps';

const PASSPHRASE = 'Шифрланған бума 2026 желтоқсан';
const CORPUS = resolve(__dirname, '../fixtures/hostile/bundles');
const host = hostForThisFile();

/** Runs Debian's age (or age-keygen) as a colleague would on their own machine. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test('Settings shows the age recipient colleagues encrypt to; a bundle encrypted to it is checked, one for someone else is refused in words', async ({ page }) => {
  await createVault(page, host().url, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  const senders = page.getByRole('region', { name: 'Known senders' });
  const check = page.getByRole('region', { name: 'Check a received bundle' });

  const ownRecipient = senders.getByTestId('own-age-recipient');
  await expect(ownRecipient).toHaveText(/^age1[02-9ac-hj-np-z]{58}$/);
  const recipient = (await ownRecipient.textContent())!;
  await expect(senders.getByLabel("This device's age recipient")).toHaveText(recipient);
  await page.screenshot({ path: 'test-results/screens/age-recipient-settings-en.png', fullPage: true });

  // A colleague gives their age recipient with their fingerprint.
  const work = mkdtempSync(join(tmpdir(), 'tamga-age-e2e-'));
  run('age-keygen', ['-o', join(work, 'colleague.key')]);
  const colleagueRecipient = run('age-keygen', ['-y', join(work, 'colleague.key')]).trim();
  await senders.getByLabel('Name').fill('Айгүл Қасымова');
  await senders.getByLabel('Their fingerprint').fill('c0ff ee00 c0ff ee00 c0ff ee00 c0ff ee00');
  await senders.getByLabel('Their age recipient (optional)').fill(colleagueRecipient);
  await senders.getByRole('button', { name: 'Add sender' }).click();
  await expect(senders.getByRole('listitem')).toContainText(colleagueRecipient);

  // The colleague encrypts a bundle to this device with `age -r`: it is decrypted, checked, and not kept.
  run('age', ['-r', recipient, '-o', join(work, 'for-me.zip.age'), join(CORPUS, 'intact.zip')]);
  await check.getByLabel(/^Bundle to check/).setInputFiles(join(work, 'for-me.zip.age'));
  const verdict = check.getByTestId('bundle-check');
  await expect(verdict).toContainText(/is whole/, { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screens/age-bundle-checked-en.png', fullPage: true });
  const plain = readFileSync(join(CORPUS, 'intact.zip')).subarray(-2000);
  for (const file of filesUnder(host().dataDir)) expect(readFileSync(file).includes(plain), file).toBe(false);

  // A bundle encrypted for someone else says so, and asks for nothing.
  run('age', ['-r', colleagueRecipient, '-o', join(work, 'for-her.zip.age'), join(CORPUS, 'intact.zip')]);
  await check.getByLabel(/^Bundle to check/).setInputFiles(join(work, 'for-her.zip.age'));
  await expect(check.getByRole('alert')).toContainText('encrypted for someone else', { timeout: 30_000 });
  await expect(check.getByLabel(/^Passphrase for/)).toHaveCount(0);

  // In Russian, the same refusal in Russian.
  await page.getByLabel('Language').selectOption('ru');
  const checkRu = page.getByRole('region', { name: 'Проверить полученный пакет' });
  await checkRu.getByLabel(/^Пакет для проверки/).setInputFiles(join(work, 'for-her.zip.age'));
  await expect(checkRu.getByRole('alert')).toContainText('зашифрован для кого-то другого', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screens/age-bundle-refused-ru.png', fullPage: true });
});
