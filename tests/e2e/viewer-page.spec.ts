import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resources, type Language } from '../../shared/i18n/resources';
import { removeDir, type RunningHost } from './browser-host';
import { shootLocalScreen } from './local-screens';
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

async function openCase(page: Page, title: string, language: Language = 'en') {
  // From another screen Cases returns to the case left open; from inside that case it goes to the list.
  const cases = page.getByRole('navigation', { name: resources[language].common.nav.main }).getByRole('button', { name: resources[language].common.nav.cases });
  // Clicked until the list shows: whether the first click lands on the open case depends on how fast it renders.
  const listed = page.getByRole('option', { name: new RegExp(title) });
  await expect(async () => {
    await cases.click();
    await expect(listed).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await listed.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function selectSentence(page: Page, words: string, pageNumber = 2) {
  const sentence = page.locator(`[data-page-number="${pageNumber}"] .textLayer span`, { hasText: words }).first();
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

  // The same page in Kazakh and then in Russian: in each an excerpt is drawn and tagged with the language's own
  // phrase for a right, and both cases list all three excerpts with their tags.
  const drawn = [
    { language: 'kk', sentence: 'Қазақстан Республикасы атынан', pageNumber: 2, phrase: 'бейбіт жиналыс бостандығы', tag: 'ICCPR, 21-бап' },
    { language: 'ru', sentence: 'Алматинский районный суд', pageNumber: 1, phrase: 'чрезвычайное положение', tag: 'ICCPR, ст. 4' },
  ] as const;
  await page.getByLabel('Language').selectOption('kk');
  for (const [index, { language, sentence, pageNumber, phrase, tag }] of drawn.entries()) {
    const text = resources[language];
    if (language === 'ru') await page.getByRole('combobox', { name: resources.kk.common.language.label, exact: true }).selectOption('ru');
    await openCase(page, FIRST, language);
    const caseSections = page.getByRole('navigation', { name: text.cases.sections.label });
    await caseSections.getByRole('link', { name: text.cases.sections.evidence }).click();
    await shootLocalScreen(page, `case-evidence-${language}`);
    await page.getByRole('region', { name: text['case-evidence'].title }).getByRole('button', { name: PDF_NAME, exact: true }).click();
    const back = page.getByRole('button', { name: text.cases.item.back.replace('{{title}}', FIRST) });
    await expect(back).toBeVisible();
    // The custody history names the vault's holder in the language, not by the stored word "owner".
    await expect(page.getByTestId('custody-event').first()).toContainText(`${text.viewer.custody.owner} · `);
    await selectSentence(page, sentence, pageNumber);
    await page.getByRole('button', { name: text.viewer.excerpt.fromSelection }).click();
    await expect(page.getByText(text['case-evidence'].excerpts.fresh)).toBeVisible();
    // The new excerpt's tag field among the others' has the focus.
    await expect(page.getByRole('combobox', { name: text['case-evidence'].excerpts.tags }).and(page.locator(':focus'))).toHaveCount(1);
    await page.keyboard.type(phrase);
    await expect(page.getByRole('option', { name: new RegExp(`^${tag.replace(/[.()]/g, '\\$&')}`) }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    const fresh = page.getByTestId('case-excerpt').filter({ hasText: sentence });
    await expect(fresh.getByRole('button', { name: text.catalog.picker.remove.replace('{{name}}', tag) })).toBeVisible();
    await expect(page.getByTestId('case-excerpt')).toHaveCount(index + 2);
    await shootLocalScreen(page, `viewer-page-excerpt-${language}`, { fullPage: false });
    await page.getByTestId('case-excerpt').last().scrollIntoViewIfNeeded();
    await shootLocalScreen(page, `viewer-page-${language}`);

    // Back to the case it was opened from, at its Evidence section; the other case of the item lists it too.
    await back.click();
    await expect(page).toHaveURL(/#\/cases\/[0-9a-f]{32}\/evidence$/);
    for (const title of [FIRST, SECOND]) {
      if (title === SECOND) {
        await openCase(page, SECOND, language);
        await caseSections.getByRole('link', { name: text.cases.sections.evidence }).click();
      }
      const listed = page.getByTestId('case-excerpt').filter({ hasText: sentence });
      await expect(listed).toHaveCount(1);
      await expect(listed).toContainText(text['case-evidence'].excerpts.page.replace('{{name}}', PDF_NAME).replace('{{page}}', String(pageNumber)));
      await expect(listed.getByRole('button', { name: text.catalog.picker.remove.replace('{{name}}', tag) })).toBeVisible();
      await expect(page.getByTestId('case-excerpt')).toHaveCount(index + 2);
    }
  }
  await shootLocalScreen(page, 'case-evidence-excerpts-ru');
  await page.close();
});
