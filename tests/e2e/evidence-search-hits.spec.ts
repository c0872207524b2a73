import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtReport } from '../fixtures/evidence/build/pdf-fixtures';
import { resources } from '../../shared/i18n/resources';
import { removeDir, type RunningHost } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { findPlaintext } from './plaintext-scan';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

// A Kazakh monitoring letter: «Түлкібас» is on pages 2 and 3 only, the witness «Серікқызы» on page 3.
const PASSPHRASE = 'Түлкібас хаты мөрленеді 2026';
const tag = randomBytes(4).toString('hex');
const PDF_NAME = `хат-${tag}.pdf`;
const CASE_TITLE = `Жиналыс ${tag}`;
let session: SealedSession;
let host: RunningHost;
let profileDir: string;
let context: BrowserContext;
let sourceDir: string;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, profileDir, context } = session);
  sourceDir = mkdtempSync(join(tmpdir(), 'tamga-hits-'));
  writeFileSync(join(sourceDir, PDF_NAME), await districtReport());
});
test.afterAll(async () => {
  await session?.close();
  removeDir(sourceDir);
});

const mainNav = (page: Page, name = 'Main navigation') => page.getByRole('navigation', { name });
const findCurrent = (page: Page, pageNumber: number) => page.locator(`[data-page-number="${pageNumber}"] .textLayer .find-current`);

async function sealAndAttach(page: Page) {
  await page.getByRole('button', { name: 'Evidence' }).click();
  await page.getByLabel('Choose files to seal').setInputFiles(join(sourceDir, PDF_NAME));
  await expect(page.getByRole('button', { name: PDF_NAME, exact: true })).toBeVisible({ timeout: 30_000 });
  await mainNav(page).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(CASE_TITLE);
  await expect(page.getByRole('heading', { level: 1, name: CASE_TITLE })).toBeVisible();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  const vaultItems = page.getByLabel('Or attach an item already in the vault');
  await vaultItems.selectOption((await vaultItems.locator('option', { hasText: PDF_NAME }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByText(`${PDF_NAME} is sealed and attached to this case.`)).toBeVisible({ timeout: 30_000 });
}

test('an evidence hit names the file, shows the words around the match on each page, and opens the page with the match highlighted; find in the viewer folds scripts', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);
  await sealAndAttach(page);

  // From the case list, the Latin spelling of a word that is only in the file, from page 2 on.
  await mainNav(page).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('combobox', { name: /Search cases/ }).fill('Tulkibas');
  const hits = page.getByRole('listbox', { name: 'Search results' });
  const fileHits = hits.getByRole('option').filter({ hasText: PDF_NAME });
  await expect(fileHits).toHaveCount(2);
  await expect(fileHits.nth(0)).toContainText('page 2');
  await expect(fileHits.nth(0)).toContainText(`in case “${CASE_TITLE}”`);
  await expect(fileHits.nth(0).getByTestId('hit-snippet')).toHaveText('Наразылық акциясы Түлкібас ауданында өтті. Полиция 12 адамды ұстады.');
  await expect(fileHits.nth(0).locator('mark')).toHaveText('Түлкібас');
  await expect(fileHits.nth(1)).toContainText('page 3');
  await expect(fileHits.nth(1).locator('mark')).toHaveText('Түлкібас');
  await page.screenshot({ path: 'test-results/screens/evidence-hits-en.png' });

  // Opened from the page-3 hit: the item's page at page 3, the word found there and highlighted, itself alone.
  await fileHits.nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f]{32}\/evidence\/[0-9a-f]{32}\/page\/3$/);
  await expect(page.getByRole('searchbox', { name: 'Find in document' })).toHaveValue('Tulkibas');
  await expect(page.getByTestId('find-status')).toHaveText('2 of 2', { timeout: 30_000 });
  await expect(findCurrent(page, 3)).toHaveText('Түлкібас', { timeout: 30_000 });
  await expect(findCurrent(page, 3)).toBeInViewport();
  await expect(page.getByRole('spinbutton', { name: /Page/ })).toHaveValue('3');
  await page.getByTestId('pdf-scroller').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/evidence-hit-opened-en.png' });

  // Find in the viewer with another Latin spelling: the Cyrillic witness's name is highlighted.
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('Serikkyzy');
  await expect(page.getByTestId('find-status')).toHaveText('1 of 1');
  await expect(findCurrent(page, 3)).toHaveText('Серікқызы');
  await page.screenshot({ path: 'test-results/screens/viewer-find-folded-en.png' });

  // Back returns to the case list the search was made from.
  await page.goBack();
  await expect(page).toHaveURL(/#\/cases$/);

  // The same in Kazakh.
  await page.getByLabel('Language').selectOption('kk');
  await page.getByRole('combobox', { name: /Істерден/ }).fill('Tülkibas');
  const kkHits = page.getByRole('listbox', { name: 'Іздеу нәтижелері' }).getByRole('option').filter({ hasText: PDF_NAME });
  await expect(kkHits.nth(0)).toContainText('2-бет');
  await expect(kkHits.nth(0)).toContainText('Дәлел');
  await expect(kkHits.nth(0).locator('mark')).toHaveText('Түлкібас');
  await shootLocalScreen(page, 'evidence-hits-kk', { fullPage: false });
  await kkHits.nth(0).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(findCurrent(page, 2)).toHaveText('Түлкібас', { timeout: 30_000 });
  await expect(page.getByTestId('find-status')).toHaveText('2 ішінен 1');
  await expect(page.getByRole('spinbutton', { name: /Бет/ })).toHaveValue('2');
  await shootLocalScreen(page, 'evidence-hit-opened-kk');
  await page.getByRole('searchbox', { name: 'Құжаттан іздеу' }).fill('Serikqyzy');
  await expect(findCurrent(page, 3)).toHaveText('Серікқызы', { timeout: 30_000 });
  await shootLocalScreen(page, 'viewer-find-folded-kk', { fullPage: false });

  // And in Russian, with the village as a Russian text writes it: the page-3 hit opens page 3, the match marked.
  const ru = resources.ru;
  await page.getByRole('combobox', { name: resources.kk.common.language.label, exact: true }).selectOption('ru');
  await mainNav(page, ru.common.nav.main).getByRole('button', { name: ru.common.nav.cases }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await page.getByRole('combobox', { name: ru.cases.search.label }).fill('Тулькибас');
  const ruHits = page.getByRole('listbox', { name: ru.cases.search.results }).getByRole('option').filter({ hasText: PDF_NAME });
  await expect(ruHits).toHaveCount(2);
  await expect(ruHits.nth(1)).toContainText(ru.cases.search.page.replace('{{page}}', '3'));
  await expect(ruHits.nth(1)).toContainText(ru.cases.search.inCase.replace('{{title}}', CASE_TITLE));
  await expect(ruHits.nth(1).locator('mark')).toHaveText('Түлкібас');
  await shootLocalScreen(page, 'evidence-hits-ru', { fullPage: false });
  await ruHits.nth(1).click();
  await expect(page).toHaveURL(/\/page\/3$/);
  await expect(findCurrent(page, 3)).toHaveText('Түлкібас', { timeout: 30_000 });
  await expect(page.getByTestId('find-status')).toHaveText(ru.viewer.pdf.findCount.replace('{{current}}', '2').replace('{{count}}', '2'));
  await expect(page.getByRole('spinbutton', { name: ru.viewer.pdf.page })).toHaveValue('3');
  await shootLocalScreen(page, 'evidence-hit-opened-ru');
  await page.getByRole('searchbox', { name: ru.viewer.pdf.find }).fill('Serikkyzy');
  await expect(findCurrent(page, 3)).toHaveText('Серікқызы', { timeout: 30_000 });
  await shootLocalScreen(page, 'viewer-find-folded-ru', { fullPage: false });

  await page.close();
  await context.close();
  // The words searched for never reached the disk: the address holds only the page number.
  expect(findPlaintext([host.dataDir, profileDir], ['Tulkibas', 'Tülkibas', 'Serikkyzy', 'Serikqyzy', 'Түлкібас', 'Серікқызы', 'Тулькибас'])).toEqual([]);
});
