import { expect, test } from '@playwright/test';
import { resources } from '../../shared/i18n/resources';
import { hostForThisFile } from './browser-host';
import { createVault } from './vault-steps';

// Almaty, 10 January 2021: a small group of DPK supporters kettled for up to eight hours in the cold, the National
// Guard among the police. A Kazakh-speaking monitor records it: how long, who acted, a group with no head count,
// and a journalist among the victims, all read back in Kazakh.
const currentHost = hostForThisFile();
const kk = resources.kk.cases;

test('a monitor records a kettle in Kazakh: its length, who acted, a small group and a journalist', async ({ page }) => {
  const host = currentHost();
  await createVault(page, host.url, 'қоршау сегіз сағат');
  await page.getByRole('combobox', { name: resources.en.common.language.label }).selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.getByRole('button', { name: kk.editor.newCase }).click();
  await page.getByRole('textbox', { name: kk.field.title }).fill('Алматы: сайлау күні қоршауға алу, 2021 жылғы 10 қаңтар');

  const sections = page.getByRole('navigation', { name: kk.sections.label });
  await sections.getByRole('link', { name: kk.sections.events }).click();
  const timeline = page.getByRole('region', { name: kk.editor.events });
  await timeline.getByRole('button', { name: kk.event.add }).click();
  await timeline.getByRole('textbox', { name: kk.event.date }).fill('10.01.2021');
  const howLong = timeline.getByRole('textbox', { name: kk.event.duration });
  await howLong.fill('8 сағатқа дейін');
  await expect(timeline.getByText('Былай түсінілді: 8 сағатқа дейін')).toBeVisible();
  const actors = timeline.getByRole('group', { name: '1-оқиғада кім әрекет етті' });
  await actors.getByRole('button', { name: kk.actor.add }).click();
  await actors.getByRole('combobox', { name: '1-әрекет етуші' }).selectOption({ label: 'Полиция' });
  await actors.getByRole('button', { name: kk.actor.add }).click();
  await actors.getByRole('combobox', { name: '2-әрекет етуші' }).selectOption({ label: 'Ұлттық ұлан' });
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${kk.save.saved}$`) }).first()).toBeVisible({ timeout: 10_000 });
  await page.screenshot({ path: 'test-results/screens/case-facts-event-kk.png', fullPage: true });

  await sections.getByRole('link', { name: kk.sections.people }).click();
  const people = page.getByRole('region', { name: kk.editor.people });
  await people.getByRole('combobox', { name: kk.people.form }).selectOption({ label: kk.partyForm.group });
  await people.getByRole('textbox', { name: kk.people.groupDescription }).fill('ҚДП жақтастары');
  await expect(people.getByRole('combobox', { name: kk.people.size })).toHaveValue('small');
  await people.getByRole('button', { name: 'Жаңа топ қосу: «ҚДП жақтастары»' }).click();
  await expect(people.getByText('(Шағын топ)')).toBeVisible();

  await people.getByRole('combobox', { name: kk.people.form }).selectOption({ label: kk.partyForm.individual });
  await people.getByRole('textbox', { name: kk.people.name }).fill('Асель Журналистова');
  await people.getByRole('button', { name: 'Жаңа адам қосу: «Асель Журналистова»' }).click();
  const targeted = people.getByRole('group', { name: 'Асель Журналистова: кім ретінде зардап шекті (ТДМ 16.10.1)' });
  // The box shows what is saved, so it turns checked once the link is written, a moment after the click.
  await targeted.getByRole('checkbox', { name: 'Журналист' }).click();
  await expect(targeted.getByRole('checkbox', { name: 'Журналист' })).toBeChecked();
  await page.screenshot({ path: 'test-results/screens/case-facts-people-kk.png', fullPage: true });

  // Back to the timeline: what was saved reads back in Kazakh.
  await sections.getByRole('link', { name: kk.sections.events }).click();
  await expect(page.getByRole('region', { name: kk.editor.events }).getByRole('textbox', { name: kk.event.duration })).toHaveValue('8 сағатқа дейін');
  await expect(page.getByRole('region', { name: kk.editor.events }).getByRole('combobox', { name: '2-әрекет етуші' })).toHaveValue('national-guard');
});
