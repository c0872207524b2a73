import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resources, type Language } from '../../shared/i18n/resources';
import type { RunningHost } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { openSealedSession, type SealedSession } from './sealed-session';
import { createVault } from './vault-steps';

// A monitor tags by the words they use for a right, in each language, and then reads the case list and the
// catalog in Russian and Kazakh: tags by name, dates written in the language (never Chromium's "2026 M12 6").
const PASSPHRASE = 'күнделікті сөздермен тег қою 2026';
const TITLE = 'Жаңаөзен: бейбіт жиналысқа қатысушыларды ұстау және ереуіл комитетінің мүшелерін шақыру';
let session: SealedSession;
let host: RunningHost;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, context } = session);
});
test.afterAll(async () => session?.close());

const text = (language: Language) => ({
  tags: resources[language].cases.field.tags,
  sectionTags: resources[language].cases.sections.tags,
  sections: resources[language].cases.sections.label,
  cases: resources[language].common.nav.cases,
  catalog: resources[language].common.nav.catalog,
  applied: resources[language].catalog.picker.applied,
});

async function switchLanguage(page: Page, from: Language, to: Language) {
  await page.getByRole('combobox', { name: resources[from].common.language.label }).selectOption(to);
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

async function tagByPhrase(page: Page, language: Language, phrase: string, firstOption: RegExp) {
  const picker = page.getByRole('combobox', { name: text(language).tags });
  await picker.fill(phrase);
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toHaveAccessibleName(firstOption);
  await picker.press('Enter');
}

test('tags by everyday phrase in en, ru and kk, sees applied tags as applied, and reads the list and catalog in Kazakh and Russian', async () => {
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  // Prose is written in the reading font; only keys and recovery shares are monospace.
  const fontOf = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await page.getByRole('textbox', { name: 'Summary' }).evaluate((el) => getComputedStyle(el).fontFamily)).toBe(await fontOf('body'));
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Events' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Add event' }).click();
  await timeline.getByRole('textbox', { name: 'Date' }).fill('16.12.2011');
  await timeline.getByRole('textbox', { name: 'Place' }).fill('Zhanaozen, central square');
  await sections.getByRole('link', { name: 'People' }).click();
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('textbox', { name: 'Name (any script)' }).fill('Айгерим Сапарова');
  await people.getByRole('combobox', { name: 'Role', exact: true }).selectOption('witness');
  await people.getByRole('button', { name: 'Add new person “Айгерим Сапарова”' }).click();
  await expect(people.getByText('Айгерим Сапарова', { exact: true })).toBeVisible();
  await sections.getByRole('link', { name: 'Tags' }).click();

  await tagByPhrase(page, 'en', 'freedom of assembly', /^ICCPR art\. 21 —/);
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();

  await switchLanguage(page, 'en', 'ru');
  const ruPicker = page.getByRole('combobox', { name: text('ru').tags });
  // Already on the case: listed and marked, not "no matches".
  await ruPicker.fill('свобода собраний');
  const applied = page.getByRole('listbox').getByRole('option').first();
  await expect(applied).toHaveAccessibleName(/^ICCPR, ст\. 21 —/);
  await expect(applied).toContainText(text('ru').applied);
  await expect(applied).toHaveAttribute('aria-disabled', 'true');
  await shootLocalScreen(page, 'tag-picker-applied-ru', { fullPage: false });
  await ruPicker.press('Escape');
  await tagByPhrase(page, 'ru', 'чрезвычайное положение', /^ICCPR, ст\. 4 —/);
  await expect(page.getByRole('button', { name: 'Удалить ICCPR, ст. 4' })).toBeVisible();

  await switchLanguage(page, 'ru', 'kk');
  const kkPicker = page.getByRole('combobox', { name: text('kk').tags });
  await kkPicker.fill('төтенше жағдай');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^ICCPR, 4-бап —.*бұрыннан қосылған/);
  await kkPicker.fill('бейбіт жиналыс бостандығы');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^ICCPR, 21-бап —.*бұрыннан қосылған/);
  await kkPicker.press('Escape');
  // A convention tagged as a whole, then one of its articles.
  await tagByPhrase(page, 'kk', 'ILO 87', /C087 — /);
  await kkPicker.fill('ILO 87');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(text('kk').applied);
  await kkPicker.fill('ILO 87 3');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^C087, 3-бап/);
  await kkPicker.press('Enter');
  await expect(page.getByRole('button', { name: /^Өшіру: C087, 3-бап/ })).toBeVisible();
  await kkPicker.fill('ILO 87');
  await shootLocalScreen(page, 'tag-picker-kk', { fullPage: false });
  await kkPicker.press('Escape');

  for (const language of ['kk', 'ru'] as const) {
    if (language === 'ru') await switchLanguage(page, 'kk', 'ru');
    await page.getByRole('navigation', { name: resources[language].common.nav.main }).getByRole('button', { name: text(language).cases }).click();
    const row = page.getByRole('option', { name: new RegExp(TITLE) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(TITLE);
    await expect(row).toContainText(language === 'kk' ? 'ICCPR, 21-бап' : 'ICCPR, ст. 21');
    await expect(row).not.toContainText('ICCPR-21');
    // The tags added last, just before leaving the case, are on the list too.
    await expect(row).toContainText(language === 'kk' ? 'C087, 3-бап' : 'C087, ст. 3');
    await expect(row).toContainText(language === 'kk' ? 'Алғашқы оқиға: 16 желтоқсан 2011 ж., Zhanaozen, central square' : 'Первое событие: 16 дек. 2011 г., Zhanaozen, central square');
    await shootLocalScreen(page, `case-list-${language}`);
  }

  await page.getByRole('navigation', { name: resources.ru.common.nav.main }).getByRole('button', { name: text('ru').catalog }).click();
  await page.getByRole('button', { name: 'C087' }).click();
  const whole = page.getByRole('region', { name: 'Записи с тегом на документ C087 в целом' });
  await expect(whole.getByRole('button', { name: TITLE })).toBeVisible();
  await shootLocalScreen(page, 'catalog-c087-ru');
  // The instrument groups' headings wrap inside their column instead of running past its edge.
  const clippedHeadings = (language: Language) =>
    page
      .getByRole('navigation', { name: resources[language].catalog.browser.instruments })
      .locator('h3')
      .evaluateAll((headings) => headings.filter((h) => h.scrollWidth > h.clientWidth).map((h) => h.textContent));
  expect(await clippedHeadings('ru')).toEqual([]);
  await switchLanguage(page, 'ru', 'kk');
  await expect(page.getByRole('region', { name: 'C087 тұтасымен тегтелген жазбалар' })).toBeVisible();
  await shootLocalScreen(page, 'catalog-c087-kk');
  expect(await clippedHeadings('kk')).toEqual([]);

  // Evidence in Kazakh: a .txt statement is text/plain, sizes read the same in the table and on the item's page.
  const sourceDir = mkdtempSync(join(tmpdir(), 'tamga-source-'));
  writeFileSync(join(sourceDir, 'statement.txt'), 'Куәгер: мені 2011 жылғы 16 желтоқсанда алаңда ұстады.\n');
  copyFileSync(join('tests/fixtures/evidence', 'tone.wav'), join(sourceDir, 'tone.wav'));
  await page.getByRole('navigation', { name: resources.kk.common.nav.main }).getByRole('button', { name: resources.kk.common.nav.evidence }).click();
  await page.getByLabel(resources.kk.evidence.choose).setInputFiles([join(sourceDir, 'statement.txt'), join(sourceDir, 'tone.wav')]);
  const txtRow = page.getByRole('row').filter({ hasText: 'statement.txt' });
  const wavRow = page.getByRole('row').filter({ hasText: 'tone.wav' });
  await expect(txtRow).toContainText('text/plain');
  await expect(wavRow).toContainText('16\u00a0КБ');
  await expect(wavRow).toContainText(/\d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4} ж\., \d{2}:\d{2}/);
  await shootLocalScreen(page, 'evidence-kk');
  await wavRow.getByRole('button', { name: 'tone.wav' }).click();
  await expect(page.getByText('16\u00a0КБ (16\u00a0044 байт)')).toBeVisible();
  await shootLocalScreen(page, 'evidence-item-kk');
  await switchLanguage(page, 'kk', 'ru');
  await expect(page.getByText('16\u00a0КБ (16\u00a0044 байта)')).toBeVisible();
  await shootLocalScreen(page, 'evidence-item-ru');
  // Evidence in the top bar, from an item's page, goes to the list of items.
  await page.getByRole('navigation', { name: resources.ru.common.nav.main }).getByRole('button', { name: resources.ru.common.nav.evidence }).click();
  await expect(page.getByRole('heading', { level: 1, name: resources.ru.evidence.title })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'statement.txt' })).toContainText('text/plain');
  await shootLocalScreen(page, 'evidence-ru');
  await switchLanguage(page, 'ru', 'kk');
  rmSync(sourceDir, { recursive: true, force: true });

  // The export panel says, before anything leaves, what each audience learns about each person.
  for (const language of ['kk', 'ru'] as const) {
    if (language === 'ru') await switchLanguage(page, 'kk', 'ru');
    await page.getByRole('navigation', { name: resources[language].common.nav.main }).getByRole('button', { name: text(language).cases }).click();
    await page.getByRole('option', { name: new RegExp(TITLE) }).click();
    await page.getByRole('navigation', { name: resources[language].cases.sections.label }).getByRole('link', { name: resources[language].cases.sections.evidence }).click();
    const preview = page.getByRole('region', { name: resources[language].export.preview.heading });
    await expect(preview.getByRole('row', { name: /Айгерим Сапарова/ })).toContainText(resources[language].export.preview.withheld);
    await preview.scrollIntoViewIfNeeded();
    await shootLocalScreen(page, `export-preview-${language}`);
  }
});
