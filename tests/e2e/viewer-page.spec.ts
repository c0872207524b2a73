import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeDir, type RunningHost } from './browser-host';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

const PASSPHRASE = 'үзінділер бір жерде 2026';
const FIXTURES = resolve(__dirname, '../fixtures/evidence');
const tag = randomBytes(4).toString('hex');
const PDF_NAME = `решение-${tag}.pdf`;
const FIRST = `Арест блогера ${tag}`;
const SECOND = `Пикет у суда ${tag}`;
let session: SealedSession;
let host: RunningHost;
let context: BrowserContext;
let sourceDir: string;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, context } = session);
  sourceDir = mkdtempSync(join(tmpdir(), 'tamga-viewer-'));
  copyFileSync(join(FIXTURES, 'court-ruling-ru.pdf'), join(sourceDir, PDF_NAME));
});
test.afterAll(async () => {
  await session?.close();
  removeDir(sourceDir);
});

async function newCase(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The case's Evidence section, attaching the sealed ruling as an item already in the vault. */
async function attachRuling(page: Page) {
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  // Each choice reads "name · first hash digits", so the ruling is picked by its value.
  const vaultItems = page.getByLabel('Or attach an item already in the vault');
  await vaultItems.selectOption((await vaultItems.locator('option', { hasText: PDF_NAME }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByText(`${PDF_NAME} is sealed and attached to this case.`)).toBeVisible({ timeout: 30_000 });
}

async function openCase(page: Page, title: string) {
  // From another screen Cases returns to the case left open; from inside that case it goes to the list.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).click();
  if (await page.getByRole('navigation', { name: 'Case sections' }).isVisible()) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).click();
  }
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function selectSentence(page: Page, words: string) {
  const sentence = page.locator('[data-page-number="2"] .textLayer span', { hasText: words }).first();
  await sentence.scrollIntoViewIfNeeded({ timeout: 30_000 });
  const box = (await sentence.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

test('the viewer is a page with an address and a way back; an excerpt drawn from the Evidence tab is tagged there and shows in every case of its item', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);

  // Sealed from the Evidence tab, then attached to two cases.
  await page.getByRole('button', { name: 'Evidence' }).click();
  await page.getByLabel('Choose files to seal').setInputFiles(join(sourceDir, PDF_NAME));
  await expect(page.getByRole('button', { name: PDF_NAME, exact: true })).toBeVisible({ timeout: 30_000 });
  await newCase(page, FIRST);
  await attachRuling(page);
  await newCase(page, SECOND);
  await attachRuling(page);

  // Opened from the Evidence tab: a page at its own address, the top bar still there.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Evidence' }).click();
  await page.getByRole('button', { name: PDF_NAME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  await expect(page).toHaveURL(/#\/evidence\/[0-9a-f]{32}$/);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The excerpt is tagged right where it was made: the focus is already in its tag field.
  await selectSentence(page, 'Суд постановил');
  await page.getByRole('button', { name: 'Create excerpt from selection' }).click();
  await expect(page.getByText('New excerpt: tag it here.', { exact: false })).toBeVisible();
  const excerptTags = page.getByRole('combobox', { name: 'Tags for this excerpt' });
  await expect(excerptTags).toBeFocused();
  await page.keyboard.type('peaceful assembly');
  await expect(page.getByRole('option', { name: /^ICCPR art\. 21/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/viewer-page-excerpt-en.png' });

  // Browser Back leaves the item for the Evidence list.
  await page.goBack();
  await expect(page).toHaveURL(/#\/evidence$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeVisible();

  // Both cases list the excerpt, with its tag, under the file it was drawn on.
  for (const title of [FIRST, SECOND]) {
    await openCase(page, title);
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
    const listed = page.getByTestId('case-excerpt');
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText('Суд постановил признать виновным');
    await expect(listed).toContainText(`${PDF_NAME}, page 2`);
    await expect(listed.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  }

  // Opened from a case, the item's page names the case it returns to, and returns to its Evidence section.
  await page.getByRole('region', { name: 'Evidence in this case' }).getByRole('button', { name: PDF_NAME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f]{32}\/evidence\/[0-9a-f]{32}$/);
  await page.screenshot({ path: 'test-results/screens/viewer-page-from-case-en.png' });
  await page.getByRole('button', { name: `Back to the case “${SECOND}”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: SECOND })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Evidence in this case' })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f]{32}\/evidence$/);

  // Back and Forward move between the item and its case; Cases in the top bar from the item goes to the list.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: SECOND })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page).toHaveURL(/#\/cases$/);

  // The same page in Kazakh.
  await page.getByLabel('Language').selectOption('kk');
  await page.getByRole('option', { name: new RegExp(FIRST) }).click();
  await page.getByRole('navigation', { name: 'Іс бөлімдері' }).getByRole('link', { name: 'Дәлелдер' }).click();
  await page.screenshot({ path: 'test-results/screens/case-evidence-kk.png', fullPage: true });
  await page.getByRole('region', { name: 'Істегі дәлелдер' }).getByRole('button', { name: PDF_NAME, exact: true }).click();
  await expect(page.getByRole('button', { name: `«${FIRST}» ісіне оралу` })).toBeVisible();
  await expect(page.locator('[data-page-number="1"] .textLayer span').first()).toBeAttached({ timeout: 30_000 });
  await page.getByTestId('case-excerpt').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/viewer-page-kk.png', fullPage: true });
  await page.close();
});
