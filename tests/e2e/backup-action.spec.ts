import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'Сақтық көшірме 2026 желтоқсан';
const COLLEAGUE_BUNDLE = resolve(__dirname, '../fixtures/colleague-bundles/colleague-week-1.zip');
const host = hostForThisFile();

const tamga = (args: string[], input: string) => spawnSync(process.execPath, [resolve(__dirname, '../../bin/tamga.js'), ...args], { input, encoding: 'utf8' });

test('Settings backs the vault up as one download, which restores elsewhere with the same passphrase and every case', async ({ page }) => {
  await createVault(page, host().url, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  // A case to find again: received from a colleague through the same screen.
  const receive = page.getByRole('region', { name: 'Receive a bundle into this vault' });
  await receive.getByLabel(/^Bundle to receive/).setInputFiles(COLLEAGUE_BUNDLE);
  await receive.getByLabel('Sender’s name, to remember them by').fill('KIBHR');
  await receive.getByLabel('I confirmed this fingerprint with the sender').check();
  await receive.getByRole('button', { name: 'Show what the bundle holds' }).click();
  await receive.getByRole('button', { name: 'Receive into this vault' }).click();
  await expect(receive.getByRole('status').filter({ hasText: 'Received from KIBHR' })).toBeVisible({ timeout: 30_000 });

  const backup = page.getByRole('region', { name: 'Backup' });
  const download = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Back up this vault' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tamga-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.tamga-backup$/);
  await expect(backup.getByRole('status')).toContainText(/Backup 1 written and read back: \d+ files/);
  await page.screenshot({ path: 'test-results/screens/backup-done-en.png', fullPage: true });
  const saved = join(mkdtempSync(join(tmpdir(), 'tamga-backup-')), file.suggestedFilename());
  await file.saveAs(saved);
  expect(readFileSync(saved).includes(Buffer.from('Задержание'))).toBe(false);

  const elsewhere = join(mkdtempSync(join(tmpdir(), 'tamga-restored-')), 'data');
  const restored = tamga(['--data-dir', elsewhere, 'restore', saved], `${PASSPHRASE}\n`);
  expect(restored.status, restored.stderr).toBe(0);
  const cases = tamga(['--data-dir', elsewhere, 'cases', 'list'], `${PASSPHRASE}\n`);
  expect(cases.stdout).toContain('Задержание журналистки после поста о суде');
  expect(tamga(['--data-dir', elsewhere, 'verify'], `${PASSPHRASE}\n`).status).toBe(0);
});
