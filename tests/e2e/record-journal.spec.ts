// Cases live in the vault: a case recorded in one browser profile is there, whole, in a profile that never saw it,
// and in the same profile after its IndexedDB was deleted, because main's record journal is what they are rebuilt from.
import { expect, test, type Page } from '@playwright/test';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

const PASSPHRASE = 'журнал мониторинга 2026';
const TITLE = 'Задержание журналиста в Жанаозене Journal7Q';
const VICTIM = 'Ильяшев Алнур';
const EVENT = 'Detained at the checkpoint';
const host = hostForThisFile();

async function unlock(page: Page) {
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}

/** Jumps to one of the open case's sections. */
const showSection = (page: Page, name: string) => page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name }).click();

/** The case as recorded: listed, and opened with its event, its person and its treaty tag. */
async function expectTheCase(page: Page) {
  await page.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await showSection(page, 'Events');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('heading', { name: /^Event 1:/ })).toBeVisible();
  await expect(timeline.getByRole('textbox', { name: 'What happened' })).toHaveValue(EVENT);
  await showSection(page, 'People');
  await expect(page.getByRole('region', { name: 'People' }).getByText(VICTIM, { exact: true })).toBeVisible();
  await showSection(page, 'Tags');
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to cases' }).click();
}

test('a case recorded in one profile opens in a fresh profile, and again after IndexedDB is deleted', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await createVault(page, host().url, PASSPHRASE);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await showSection(page, 'Tags');
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.fill('ICCPR 21');
  await expect(page.getByRole('option', { name: /^ICCPR art\. 21/ }).first()).toBeVisible();
  await tags.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await showSection(page, 'Events');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline.getByRole('combobox', { name: 'Type' }).selectOption('detention');
  await timeline.getByRole('textbox', { name: 'What happened' }).fill(EVENT);
  await showSection(page, 'People');
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('textbox', { name: 'Name (any script)' }).fill(VICTIM);
  await people.getByRole('combobox', { name: 'Role', exact: true }).selectOption('victim');
  await people.getByRole('button', { name: `Add new person “${VICTIM}”` }).click();
  await expect(people.getByText(VICTIM, { exact: true })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible();
  await first.close();

  // Another profile on the same data directory: no IndexedDB at all, so everything comes from the journal.
  const second = await browser.newContext();
  const fresh = await second.newPage();
  await fresh.goto(await host().newLaunchUrl());
  await unlock(fresh);
  await expect(fresh.getByText('1 of 1 case', { exact: true })).toBeVisible();
  await expectTheCase(fresh);
  await fresh.getByRole('button', { name: 'People' }).click();
  await expect(fresh.getByText(VICTIM).first()).toBeVisible();
  await fresh.getByRole('button', { name: 'Cases' }).click();
  await fresh.screenshot({ path: 'test-results/screens/record-journal-fresh-profile.png', fullPage: true });

  // The working copy deleted while unlocked: said so, not shown as an empty list.
  await deleteWorkingCopy(fresh);
  await expect(fresh.getByRole('alert')).toContainText("This browser's copy of the records was deleted while the vault was open");
  await expect(fresh.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
  await fresh.screenshot({ path: 'test-results/screens/record-journal-copy-deleted.png', fullPage: true });

  // Reloaded, the tab unlocks again and the records are rebuilt from the journal.
  await fresh.reload();
  const locked = fresh.getByRole('heading', { name: 'Unlock the vault' });
  await expect(locked.or(fresh.getByRole('button', { name: 'Lock vault' }))).toBeVisible({ timeout: 30_000 });
  if (await locked.isVisible()) await unlock(fresh);
  await expectTheCase(fresh);

  // And once more without a reload: the button rebuilds it in place.
  await deleteWorkingCopy(fresh);
  await fresh.getByRole('button', { name: 'Rebuild from the vault' }).click();
  await expectTheCase(fresh);
  await fresh.screenshot({ path: 'test-results/screens/record-journal-rebuilt.png', fullPage: true });
  await second.close();
});

/** Deletes the browser's working copy of the records, as clearing site data would, while the page stays open. */
function deleteWorkingCopy(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('tamga-records');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}
