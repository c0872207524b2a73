import { expect, test, type Locator } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { hostForThisFile } from './browser-host';
import { shootLocalScreen } from './local-screens';
import { createVault } from './vault-steps';

// Zhanaozen, 16 December 2011: the prosecutor's office counted 12 dead and 3 officials, monitors at least 14. The
// two figures stay side by side, each under its source, and read the same way in Kazakh.
const currentHost = hostForThisFile();
const kk = resources.kk.cases;
const ru = resources.ru.cases;

/** The case's section links sit on one row: the first and the last share a top edge. */
const sectionsOnOneRow = async (links: Locator) => {
  const [first, last] = [await boxOf(links.first()), await boxOf(links.last())];
  expect(Math.abs(first.y - last.y), 'section links wrapped onto a second row').toBeLessThan(1);
};
const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
};

test('two sources giving different death tolls show as a conflict, each value with its source, side by side', async ({ page }) => {
  const host = currentHost();
  await createVault(page, host.url, 'жаңаөзен қаза тапқандар саны');
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Zhanaozen: strikers fired on, 16 December 2011');
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Sources and claims' }).click();
  const section = page.getByRole('region', { name: 'Sources and claims' });

  const addSource = async (name: string, kind: string, perspective: string, aliases = '') => {
    await section.getByRole('textbox', { name: 'Source name' }).fill(name);
    await section.getByRole('textbox', { name: 'Also known as (e.g. HRW)' }).fill(aliases);
    await section.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
    await section.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: perspective });
    await section.getByRole('button', { name: 'Add source' }).click();
    await expect(section.getByRole('listitem').filter({ hasText: new RegExp(`^${name}`) })).toBeVisible();
  };
  await addSource('Prosecutor General’s Office', resources.en.cases.sourceKind['official-statement'], resources.en.cases.perspective.government);
  await addSource('Kazakhstan International Bureau for Human Rights', resources.en.cases.sourceKind['ngo-monitoring'], resources.en.cases.perspective.independent, 'KIBHR');

  const addClaim = async (field: string, value: string, source: string) => {
    await section.getByLabel('About (e.g. deaths)').fill(field);
    await section.getByRole('textbox', { name: 'What the source says' }).fill(value);
    await section.getByRole('combobox', { name: 'Source' }).selectOption({ label: source });
    await section.getByRole('button', { name: 'Add claim' }).click();
  };
  await addClaim('deaths', '12 + 3 official', 'Prosecutor General’s Office');
  await addClaim('deaths', 'at least 14', 'Kazakhstan International Bureau for Human Rights');

  const fact = section.getByRole('region', { name: 'deaths' });
  await expect(fact.getByText('Sources disagree: 2 different values')).toBeVisible();
  const values = fact.getByRole('list', { name: 'What the sources say about deaths' }).locator(':scope > li');
  await expect(values).toHaveCount(2);
  await expect(values.nth(0)).toContainText('12 + 3 official');
  await expect(values.nth(0)).toContainText('per Prosecutor General’s Office');
  await expect(values.nth(1)).toContainText('at least 14');
  await expect(values.nth(1)).toContainText('per Kazakhstan International Bureau for Human Rights');
  // Side by side: the same top edge, the second value to the right of the first.
  const [official, monitors] = [await boxOf(values.nth(0)), await boxOf(values.nth(1))];
  expect(Math.abs(official.y - monitors.y)).toBeLessThan(1);
  expect(monitors.x).toBeGreaterThanOrEqual(official.x + official.width);
  await expect(section.getByText(/Kazakhstan International Bureau for Human Rights \(KIBHR\) —/)).toBeVisible();
  await fact.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/conflicting-claims-en.png', fullPage: true });

  await page.getByRole('combobox', { name: resources.en.common.language.label }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  const kkFact = page.getByRole('region', { name: kk.editor.sources }).getByRole('region', { name: 'deaths' });
  await expect(kkFact.getByText('Дереккөздер бір-біріне қайшы: 2 түрлі мән')).toBeVisible();
  await expect(kkFact.getByText('кемінде 14')).toBeVisible();
  await expect(kkFact.getByText('дереккөзі: Prosecutor General’s Office')).toBeVisible();
  await sectionsOnOneRow(page.getByRole('navigation', { name: kk.sections.label }).getByRole('link'));
  await shootLocalScreen(page, 'conflicting-claims-kk');

  // And in Russian: the conflict, each value under its source, the two still side by side.
  await page.getByRole('combobox', { name: resources.kk.common.language.label, exact: true }).selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const ruFact = page.getByRole('region', { name: ru.editor.sources }).getByRole('region', { name: 'deaths' });
  await expect(ruFact.getByText(ru.claim.conflict_few.replace('{{count}}', '2'))).toBeVisible();
  const ruValues = ruFact.getByRole('list', { name: ru.claim.values.replace('{{field}}', 'deaths') }).locator(':scope > li');
  await expect(ruValues.nth(0)).toContainText('12 + 3 official');
  await expect(ruValues.nth(0)).toContainText(ru.claim.bySource.replace('{{source}}', 'Prosecutor General’s Office'));
  await expect(ruValues.nth(1)).toContainText('не менее 14');
  await expect(ruValues.nth(1)).toContainText(ru.claim.bySource.replace('{{source}}', 'Kazakhstan International Bureau for Human Rights'));
  const [ruOfficial, ruMonitors] = [await boxOf(ruValues.nth(0)), await boxOf(ruValues.nth(1))];
  expect(Math.abs(ruOfficial.y - ruMonitors.y)).toBeLessThan(1);
  expect(ruMonitors.x).toBeGreaterThanOrEqual(ruOfficial.x + ruOfficial.width);
  await sectionsOnOneRow(page.getByRole('navigation', { name: ru.sections.label }).getByRole('link'));
  await shootLocalScreen(page, 'conflicting-claims-ru');
});
