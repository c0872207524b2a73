// A browser host killed at a random instant while a 10,000-row spreadsheet is being imported: after a restart the
// vault opens, nothing torn is accepted, the import is there whole or not at all, and this profile's working copy
// holds exactly the cases the journal holds, as the command line reads them.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeDir, startHost, type RunningHost } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'импорт таблицы 10000';
const ROWS = 10_000;
const TAMGA = resolve(__dirname, '../../bin/tamga.js');

function bigSpreadsheet(): string {
  const lines = ['Title,Date,Place,Victim,Status'];
  for (let i = 1; i <= ROWS; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(`Bulk detention ${n},${String((i % 28) + 1).padStart(2, '0')}.03.2021,Almaty,Person ${n},open`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'tamga-import-')), 'bulk-10000.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

let running: RunningHost | undefined;
test.afterEach(async () => {
  await running?.stop();
  if (running) removeDir(running.dataDir);
  running = undefined;
});

for (const run of [1, 2]) {
  test(`a host killed during a 10,000-row import leaves a working copy equal to the journal (run ${run})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const csv = bigSpreadsheet();
    running = await startHost();
    const dataDir = running.dataDir;
    const context = await browser.newContext();
    let page = await context.newPage();
    await createVault(page, running.url, PASSPHRASE);
    await page.getByRole('button', { name: 'Import cases from a spreadsheet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import cases from a spreadsheet' });
    await dialog.getByLabel('Spreadsheet (CSV or Excel .xlsx)').setInputFiles(csv);
    await dialog.getByRole('button', { name: 'Show preview' }).click();
    await expect(dialog.getByRole('heading', { name: 'Check before importing' })).toBeVisible({ timeout: 120_000 });
    // No consent column: everyone is recorded internal only, which the importer must confirm first.
    await dialog.getByRole('checkbox', { name: 'Record everyone as internal only' }).check();
    const journal = join(dataDir, 'vault', 'records', 'journal.log');
    const before = statSync(journal).size;
    await dialog.getByRole('button', { name: /^Import [\d,\s]+ cases$/ }).click();
    // The rows go to main in parts at the end of the import and are appended when the last arrives. The first run
    // kills at a random instant while the import is under way; the second the moment the journal starts to grow,
    // with the append's bytes and its head being written.
    if (run === 1) await page.waitForTimeout(200 + Math.floor(Math.random() * 2500));
    else await expect.poll(() => statSync(journal).size, { timeout: 120_000, intervals: [5] }).toBeGreaterThan(before);
    await running.kill();

    running = await startHost(dataDir);
    await page.close();
    page = await context.newPage();
    await page.goto(running.url);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 60_000 });
    const counted = page.getByText(/^\d[\d,\s]* of \d[\d,\s]* cases?$/);
    await expect(counted).toBeVisible({ timeout: 120_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    const shown = Number(((await counted.textContent()) ?? '').split(' of ')[1]!.replace(/\D/g, ''));
    await page.screenshot({ path: `test-results/screens/import-killed-${run}.png` });
    await context.close();

    await running.stop();
    const listed = execFileSync(process.execPath, [TAMGA, 'cases', 'list', '--data-dir', dataDir], { input: `${PASSPHRASE}\n`, encoding: 'utf8' })
      .split('\n')
      .filter((line) => / Bulk detention \d{5}$/.test(line));
    expect(shown).toBe(listed.length);
    // The import is one batch in the journal: a crash leaves all of it or none of it, never half.
    expect([0, ROWS]).toContain(listed.length);
  });
}
