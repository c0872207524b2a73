// What the record journal promises beyond the happy path, in the real app: a purge leaves nothing of the case in
// any profile or on the command line, two tabs never save past each other, and a host killed mid-autosave loses
// nothing the page had called saved.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { removeDir, startHost, type RunningHost } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'журнал мониторинга 2026';
const PURGED = 'Отозванное согласие Purge7Q';
const KEPT = 'Dispersal in Zhanaozen Kept7Q';
const TAMGA = resolve(__dirname, '../../bin/tamga.js');

let hosts: RunningHost[] = [];
test.afterEach(async () => {
  for (const host of hosts) {
    await host.stop();
    removeDir(host.dataDir);
  }
  hosts = [];
});

async function host(dataDir?: string): Promise<RunningHost> {
  const started = await startHost(dataDir);
  hosts.push(started);
  return started;
}

/** Opens a page at `url` and unlocks it, whether it comes up locked or (another tab unlocked main) asks again. */
async function openUnlocked(page: Page, url: string) {
  await page.goto(url);
  const locked = page.getByRole('heading', { name: 'Unlock the vault' });
  await expect(locked.or(page.getByRole('button', { name: 'Lock vault' }))).toBeVisible({ timeout: 30_000 });
  if (await locked.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}

async function newCase(page: Page, title: string) {
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

function casesFromTheCommandLine(dataDir: string): string {
  return execFileSync(process.execPath, [TAMGA, 'cases', 'list', '--data-dir', dataDir], { input: `${PASSPHRASE}\n`, encoding: 'utf8' });
}

test('a purged case is gone from the list, from a fresh profile and from the command line; custody says a purge happened', async ({ browser }) => {
  const running = await host();
  const context = await browser.newContext();
  const page = await context.newPage();
  await createVault(page, running.url, PASSPHRASE);
  await newCase(page, KEPT);
  await page.getByRole('link', { name: 'Cases' }).or(page.getByRole('button', { name: 'Cases' })).first().click();
  await newCase(page, PURGED);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Events' }).click();
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline.getByRole('textbox', { name: 'What happened' }).fill('Witness Purge7Q statement');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Purge this case…' }).click();
  const purge = page.getByRole('button', { name: 'Purge for good' });
  await expect(purge).toBeDisabled();
  await page.getByLabel(/^Type the case title to confirm/).fill(PURGED);
  await page.screenshot({ path: 'test-results/screens/purge-confirm.png', fullPage: true });
  await purge.click();

  await expect(page.getByRole('status').filter({ hasText: /^Purged: \d+ records/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('option', { name: new RegExp(KEPT) })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(PURGED) })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/purge-done.png', fullPage: true });

  // Another profile, rebuilt from the rewritten journal: only the kept case.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await openUnlocked(fresh, await running.newLaunchUrl());
  await expect(fresh.getByRole('option', { name: new RegExp(KEPT) })).toBeVisible();
  await expect(fresh.getByRole('option', { name: new RegExp(PURGED) })).toHaveCount(0);
  await other.close();
  // The first profile again, locked when the other unlocked: its copy was rebuilt at the purge and stays without it.
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('option', { name: new RegExp(KEPT) })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(PURGED) })).toHaveCount(0);
  await context.close();

  await running.stop();
  const listed = casesFromTheCommandLine(running.dataDir);
  expect(listed).toContain(KEPT);
  expect(listed).not.toContain('Purge7Q');
  const custody = execFileSync(process.execPath, [TAMGA, 'verify', '--data-dir', running.dataDir], { input: `${PASSPHRASE}\n`, encoding: 'utf8' });
  expect(custody).toMatch(/OK/);
});

test('two tabs: unlocking in one locks the other and says why; the other catches up when it takes over', async ({ browser }) => {
  const running = await host();
  const context = await browser.newContext();
  const first = await context.newPage();
  await createVault(first, running.url, PASSPHRASE);
  await newCase(first, KEPT);

  const second = await context.newPage();
  await openUnlocked(second, await running.newLaunchUrl());
  const lockedElsewhere = 'The vault was unlocked in another window or tab, so it locked here';
  await expect(first.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({ timeout: 30_000 });
  await expect(first.getByText(lockedElsewhere)).toBeVisible();
  await first.screenshot({ path: 'test-results/screens/two-tabs-locked-elsewhere.png', fullPage: true });

  await second.getByRole('option', { name: new RegExp(KEPT) }).click();
  await second.getByRole('textbox', { name: 'Title' }).fill(`${KEPT} from the second tab`);
  await expect(second.getByText('Saved', { exact: true })).toBeVisible();

  // The first tab takes over: its copy catches up with what the second saved, and the second is told.
  await first.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await first.getByRole('button', { name: 'Unlock' }).click();
  // It comes back to the case it had open, as the second tab left it.
  await expect(first.getByRole('heading', { name: `${KEPT} from the second tab` })).toBeVisible({ timeout: 30_000 });
  await expect(second.getByText(lockedElsewhere)).toBeVisible({ timeout: 30_000 });
  await context.close();
  await running.stop();
  expect(casesFromTheCommandLine(running.dataDir)).toContain(`${KEPT} from the second tab`);
});

test('a host killed at random instants during autosave loses nothing the page called saved', async ({ browser }) => {
  test.setTimeout(240_000);
  let running = await host();
  const dataDir = running.dataDir;
  const context = await browser.newContext();
  let page = await context.newPage();
  await createVault(page, running.url, PASSPHRASE);
  await newCase(page, 'Kill0');
  let expected = 'Kill0';
  for (let run = 1; run <= 5; run++) {
    const title = page.getByRole('textbox', { name: 'Title' });
    const typed = ` run${run} ${'abcdefghij'.repeat(2)}`;
    await title.press('End');
    const typing = title.pressSequentially(typed, { delay: 15 }).catch(() => undefined);
    await page.waitForTimeout(40 + Math.floor(Math.random() * 400));
    // Read what the page shows and whether it says saved in one step, then kill straight after.
    const seen = await page.evaluate(() => ({
      value: ([...document.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Title')?.control as HTMLInputElement | null)?.value ?? null,
      saved: document.querySelector('.save-status')?.classList.contains('save-saved') ?? false,
    }));
    await running.kill();
    await typing;
    const full = expected + typed;

    running = await startHost(dataDir);
    hosts = [running];
    await page.close();
    page = await context.newPage();
    await openUnlocked(page, running.url);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const option = page.getByRole('option', { name: /Kill0/ });
    await expect(option).toHaveCount(1);
    await option.click();
    const restored = await page.getByRole('textbox', { name: 'Title' }).inputValue();
    // Never torn, never ahead of what was typed; and never behind what the page had called saved.
    expect(full.startsWith(restored)).toBe(true);
    if (seen.saved && seen.value !== null) expect(restored.startsWith(seen.value)).toBe(true);
    expected = restored;
  }
  await context.close();
});
