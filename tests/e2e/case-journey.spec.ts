import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { resources, type Language } from '../../shared/i18n/resources';
import type { RunningHost } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { openSealedSession, type SealedSession } from './sealed-session';
import { findPlaintext } from './plaintext-scan';
import { createVault, lockAndUnlock } from './vault-steps';

const PASSPHRASE = 'журнал мониторинга 2026';
const TITLE = 'Разгон пикета у акимата Kettle7Q';
const SUMMARY = 'Полиция окружила участников на морозе SummaryCanary9';
const VICTIM = 'Ильяшев Алнур';
let session: SealedSession;
let host: RunningHost;
let profileDir: string;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, profileDir, context } = session);
});
test.afterAll(async () => session?.close());

async function addPerson(page: Page, name: string, role: string) {
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('textbox', { name: 'Name (any script)' }).fill(name);
  await people.getByRole('combobox', { name: 'Role', exact: true }).selectOption(role);
  await people.getByRole('button', { name: `Add new person “${name}”` }).click();
  await expect(people.getByText(name, { exact: true })).toBeVisible();
}

async function chooseTag(page: Page, pickerName: string, query: string, optionName: RegExp) {
  const picker = page.getByRole('combobox', { name: pickerName });
  await picker.fill(query);
  await expect(page.getByRole('option', { name: optionName }).first()).toBeVisible();
  // Keyboard only: the first option is highlighted while typing, Enter adds it.
  await picker.press('Enter');
}

/** The catalog's ICCPR art. 21 read in another language: the case counted in 2020, its first event's year, none undated. */
async function expectYearsOfArticle21(page: Page, language: Language, articleName: RegExp) {
  const browser = resources[language].catalog.browser;
  await page.getByRole('navigation', { name: browser.instruments }).getByRole('button', { name: 'ICCPR', exact: true }).click();
  await page.getByRole('button', { name: articleName }).click();
  const years = page.getByRole('region', { name: articleName }).getByRole('table');
  await expect(years.getByRole('columnheader')).toHaveText([browser.timeline.year, browser.timeline.cases, browser.timeline.events, browser.timeline.excerpts, browser.timeline.total]);
  const year2020 = years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2020' }) });
  await expect(year2020.getByRole('cell')).toHaveText(['1', '1', '0', '2']);
  await expect(years.getByRole('rowheader', { name: browser.records.undated })).toHaveCount(0);
}

test('records a case with events, people and treaty tags, finds it by a Latin spelling, and keeps it sealed', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);

  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Summary' }).fill(SUMMARY);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Tags' }).click();
  await chooseTag(page, 'Tags', 'ICCPR 21', /^ICCPR art\. 21/);
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/tag-picker-en.png', fullPage: false });

  await sections.getByRole('link', { name: 'Events' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline.getByRole('button', { name: 'Add event' }).click();
  const eventRow = (n: number) => timeline.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^Event ${n}:`) }) });
  const [first, second] = [eventRow(1), eventRow(2)];
  await first.getByRole('combobox', { name: 'Type' }).selectOption('detention');
  await first.getByRole('textbox', { name: 'Date' }).fill('26.03.2020');
  await first.getByRole('textbox', { name: 'What happened' }).fill('Detained at the checkpoint');
  await chooseTag(page, 'Treaty articles for event 1', 'assembly', /^ICCPR art\. 21/);
  await second.getByRole('combobox', { name: 'Type' }).selectOption('verdict');
  await second.getByRole('textbox', { name: 'Date' }).fill('весна 2021');
  await expect(second.getByText('Read as spring 2021 (season)')).toBeVisible();

  await sections.getByRole('link', { name: 'People' }).click();
  await addPerson(page, VICTIM, 'victim');
  await addPerson(page, 'Aigerim Saparova', 'witness');
  await addPerson(page, 'Kanat B.', 'lawyer');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/case-editor-en.png', fullPage: true });

  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Ilyashev');
  await page.getByRole('option', { name: new RegExp(`${VICTIM}.*${TITLE}`) }).click();
  const summary = page.getByRole('textbox', { name: 'Summary' });
  await summary.fill(`${SUMMARY} Edited after review.`);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.screenshot({ path: 'test-results/screens/case-list-en.png', fullPage: true });

  await lockAndUnlock(page, PASSPHRASE);
  await page.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(`${SUMMARY} Edited after review.`);
  await sections.getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('heading', { name: /^Event \d:/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await sections.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('region', { name: 'People' }).getByText(VICTIM, { exact: true })).toBeVisible();
  await sections.getByRole('link', { name: 'Tags' }).click();
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();

  // The lawyer's view: the article, what is tagged with it, and the recommendation on it.
  await page.getByRole('button', { name: 'Treaty catalog' }).click();
  await page.getByRole('navigation', { name: 'Instruments' }).getByRole('button', { name: 'ICCPR', exact: true }).click();
  await page.getByRole('button', { name: /^ICCPR art\. 21 — Peaceful assembly/ }).click();
  const detail = page.getByRole('region', { name: /ICCPR art\. 21 — Peaceful assembly/ });
  const tagged = detail.getByRole('region', { name: 'Tagged records' });
  await expect(tagged.getByRole('button', { name: TITLE, exact: true })).toBeVisible();
  await expect(tagged.getByRole('button', { name: /Detained at the checkpoint/ })).toBeVisible();
  // The case has no period of its own: it is counted in the year of its first event (26.03.2020), not as undated.
  const years = detail.getByRole('table');
  const year2020 = years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2020' }) });
  await expect(year2020.getByRole('cell')).toHaveText(['1', '1', '0', '2']);
  await expect(years.getByRole('rowheader', { name: 'Undated' })).toHaveCount(0);
  await expect(detail.getByRole('region', { name: 'Recommendations' }).getByText(/A\/HRC\/43\/10/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/catalog-browser-en.png', fullPage: true });

  await page.getByLabel('Language').selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Каталог договоров' })).toBeVisible();
  await expectYearsOfArticle21(page, 'ru', /^ICCPR, ст\. 21 — Право на мирные собрания/);
  await shootLocalScreen(page, 'catalog-browser-ru');
  await page.getByRole('button', { name: 'Люди' }).click();
  await expect(page.getByRole('list', { name: 'Люди в реестре' }).getByText(VICTIM)).toBeVisible();
  await shootLocalScreen(page, 'people-ru');
  // The editor is where the monitor left it.
  await page.getByRole('button', { name: 'Дела' }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await shootLocalScreen(page, 'case-editor-ru');
  await page.getByRole('navigation', { name: 'Разделы дела' }).getByRole('link', { name: 'Теги' }).click();
  await page.getByRole('combobox', { name: 'Теги' }).fill('свобода выражения');
  await expect(page.getByRole('option', { name: /ICCPR/ }).first()).toBeVisible();
  await shootLocalScreen(page, 'tag-picker-ru', { fullPage: false });
  await page.getByRole('combobox', { name: 'Теги' }).press('Escape');
  await page.getByRole('button', { name: 'К списку дел' }).click();
  await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible();
  await shootLocalScreen(page, 'case-list-ru');
  await page.getByLabel('Язык').selectOption('en');
  await page.getByRole('button', { name: 'People' }).click();
  await page.screenshot({ path: 'test-results/screens/people-en.png', fullPage: true });
  await page.getByLabel('Language').selectOption('kk');
  await page.getByRole('button', { name: 'Істер' }).click();
  await page.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await shootLocalScreen(page, 'case-editor-kk');
  await page.getByRole('navigation', { name: resources.kk.common.nav.main }).getByRole('button', { name: resources.kk.common.nav.catalog }).click();
  await expectYearsOfArticle21(page, 'kk', /^ICCPR, 21-бап — /);
  await shootLocalScreen(page, 'catalog-browser-kk');

  await page.close();
  await context.close();
  expect(findPlaintext([host.dataDir, profileDir], [TITLE, 'Kettle7Q', 'SummaryCanary9', VICTIM, 'Ильяшев', 'Saparova', 'Detained at the checkpoint'])).toEqual([]);
});
