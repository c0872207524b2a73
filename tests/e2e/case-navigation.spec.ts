import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import type { RunningHost } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

const PASSPHRASE = 'бөлімдер арасында жүру 2026';
const TITLE = 'Жаңаөзен: ереуілшілерді ұстау';
let session: SealedSession;
let host: RunningHost;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, context } = session);
});
test.afterAll(async () => session?.close());

const CASE_ADDRESS = /#\/cases\/[0-9a-f]{32}\//;
const sectionOf = (page: Page) => new URL(page.url()).hash.replace(/^#\/cases\/[0-9a-f]{32}\//, '');

test('a case is split into sections with their own addresses: Back walks them, and Cases in the top bar goes to the list', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);
  await expect(page).toHaveURL(/#\/cases$/);

  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(CASE_ADDRESS);
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await expect(sections.getByRole('link')).toHaveText(['Summary', 'Events', 'People', 'Evidence', 'Tags', 'Sources and claims', 'History']);
  await expect(sections.getByRole('link', { name: 'Summary' })).toHaveAttribute('aria-current', 'page');

  // One section at a time: the timeline is not on the summary's page, and the summary is not on the timeline's.
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  await sections.getByRole('link', { name: 'Events' }).click();
  expect(sectionOf(page)).toBe('events');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline.getByRole('textbox', { name: 'Date' }).fill('10.01.2021');
  await timeline.getByRole('textbox', { name: 'What happened' }).fill('Strikers detained at the square');
  await expect(page.getByRole('textbox', { name: 'Summary' })).toBeHidden();
  await page.screenshot({ path: 'test-results/screens/case-sections-events-en.png', fullPage: true });

  await sections.getByRole('link', { name: 'People' }).click();
  await sections.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(pageHeight, 'a section is a page, not the whole 3,300-px form').toBeLessThan(1600);

  // Back walks the sections in reverse, and what was typed is still there.
  await page.goBack();
  expect(sectionOf(page)).toBe('people');
  await expect(page.getByRole('region', { name: 'People' })).toBeVisible();
  await page.goBack();
  expect(sectionOf(page)).toBe('events');
  await expect(timeline.getByRole('textbox', { name: 'What happened' })).toHaveValue('Strikers detained at the square');
  await expect(sections.getByRole('link', { name: 'Events' })).toHaveAttribute('aria-current', 'page');
  await page.goForward();
  expect(sectionOf(page)).toBe('people');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Cases in the top bar, from inside a case, goes to the list; Back returns to the case where it was.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(sectionOf(page)).toBe('people');

  // A reload of the same address opens the same case at the same section, once the vault is unlocked again.
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'People' })).toBeVisible();

  // The same sections in Kazakh, the section nav read from the Kazakh locale.
  const oneRowBar = await page.getByRole('banner').evaluate((bar) => bar.getBoundingClientRect().height);
  await page.getByLabel('Language').selectOption('kk');
  expect(await page.getByRole('banner').evaluate((bar) => bar.getBoundingClientRect().height), 'the Kazakh top bar on one row').toBe(oneRowBar);
  const kkSections = page.getByRole('navigation', { name: 'Іс бөлімдері' });
  await expect(kkSections.getByRole('link')).toHaveText(['Сипаттама', 'Оқиғалар', 'Адамдар', 'Дәлелдер', 'Тегтер', 'Дереккөздер мен мәлімдемелер', 'Тарих']);
  await kkSections.getByRole('link', { name: 'Оқиғалар' }).click();
  await expect(page.getByRole('textbox', { name: 'Не болды' })).toHaveValue('Strikers detained at the square');
  await shootLocalScreen(page, 'case-sections-events-kk');
  await kkSections.getByRole('link', { name: 'Тегтер' }).click();
  await shootLocalScreen(page, 'case-sections-tags-kk');
  await kkSections.getByRole('link', { name: 'Сипаттама' }).click();
  await shootLocalScreen(page, 'case-sections-summary-kk');
  await page.getByLabel('Тіл').selectOption('en');
  await sections.getByRole('link', { name: 'Tags' }).click();
  await page.screenshot({ path: 'test-results/screens/case-sections-tags-en.png', fullPage: true });

  // And in Russian, names read from the Russian locale: the sections, Back through them, Cases to the list.
  const barHeight = () => page.getByRole('banner').evaluate((bar) => bar.getBoundingClientRect().height);
  const englishBar = await barHeight();
  await page.getByLabel('Language').selectOption('ru');
  expect(await barHeight(), 'the top bar holds its Russian labels on one row, as the English').toBe(englishBar);
  const ru = resources.ru.cases.sections;
  const ruSections = page.getByRole('navigation', { name: ru.label });
  await expect(ruSections.getByRole('link')).toHaveText([ru.summary, ru.events, ru.people, ru.evidence, ru.tags, ru.sources, ru.history]);
  await expect(ruSections.getByRole('link', { name: ru.tags })).toHaveAttribute('aria-current', 'page');
  await shootLocalScreen(page, 'case-sections-tags-ru');
  await ruSections.getByRole('link', { name: ru.events }).click();
  await expect(page.getByRole('textbox', { name: resources.ru.cases.event.description })).toHaveValue('Strikers detained at the square');
  // 10.01.2021, reopened after the reload, reads as typed and is read back in words: 10 January, not 1 October.
  await expect(page.getByRole('textbox', { name: resources.ru.cases.event.date })).toHaveValue('10.01.2021');
  await expect(page.getByText(`Понято как 10 янв. 2021 г. (${resources.ru.cases.precision.day})`)).toBeVisible();
  await shootLocalScreen(page, 'case-sections-events-ru');
  await ruSections.getByRole('link', { name: ru.history }).click();
  const history = page.getByRole('region', { name: resources.ru.cases.history.title }).getByRole('table');
  // Each changed field by its Russian name, none by its record name.
  await expect(history).toContainText(`${resources.ru.cases.history.field.description}, ${resources.ru.cases.history.field.when}`);
  await expect(history).not.toContainText(/\b(caseId|tagNotes|actors|description|when)\b/);
  await shootLocalScreen(page, 'case-sections-history-ru');
  await page.goBack();
  expect(sectionOf(page)).toBe('events');
  await expect(ruSections.getByRole('link', { name: ru.events })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  expect(sectionOf(page)).toBe('tags');
  await ruSections.getByRole('link', { name: ru.summary }).click();
  await shootLocalScreen(page, 'case-sections-summary-ru');
  await page.getByRole('navigation', { name: resources.ru.common.nav.main }).getByRole('button', { name: resources.ru.common.nav.cases }).click();
  await expect(page).toHaveURL(/#\/cases$/);
  await shootLocalScreen(page, 'case-list-sections-ru');
  await page.goBack();
  expect(sectionOf(page)).toBe('summary');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.close();
});
