// Before exporting, the panel says what each audience's bundle will reveal about each person on the case.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/i18n/resources';
import type { Consent, PersonInput } from '../../../shared/model';
import type { Records } from '../../../src-renderer/records';
import { ExportBundleSection } from '../../../src-renderer/features/export/ExportBundleSection';
import { newVault, open } from '../cases/cases-kit';
import { renderWithI18n } from '../render-app';

const unwrap = <T,>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.error)}`);
  return result.value;
};
const named = (text: string, consent: Consent): PersonInput => ({ names: [{ text, script: /[а-яё]/i.test(text) ? 'cyrillic' : 'latin', kind: 'primary' }], consent, gender: 'female', ageGroup: 'adult' });

let records: Records;
let caseId: string;
// happy-dom has no IntersectionObserver; this one lets a test say "the panel came into view".
let showPanel: () => void;

beforeEach(async () => {
  records = await open(await newVault('disclosure-preview'));
  await records.ready;
  caseId = unwrap(await records.cases.save({ title: 'Zhanaozen strike committee summoned' })).id;
  for (const [person, role] of [
    [named('Айгерим Сапарова', 'named-publication'), 'victim'],
    [named('Kanat B.', 'anonymised-publication'), 'witness'],
    [named('Нұрлан Ж.', 'internal-only'), 'source'],
  ] as const) {
    const saved = unwrap(await records.people.save(person));
    unwrap(await records.casePeople.save({ caseId, personId: saved.id, role }));
  }
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly callback: IntersectionObserverCallback) {
        showPanel = () => this.callback([{ isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  records.dispose();
});

const expected: Record<Language, { heading: string; rows: string[][] }> = {
  en: {
    heading: 'What each audience sees about each person',
    rows: [
      ['Айгерим Сапарова (Victim)', 'May be published by name', 'Named', 'Named'],
      ['Kanat B. (Witness)', 'May be published anonymised', 'Named', 'Not named: role, gender and age group only'],
      ['Нұрлан Ж. (Source)', 'Internal only', 'Named', 'Withheld: no name, gender or age group'],
    ],
  },
  ru: {
    heading: 'Что каждый получатель узнает о каждом человеке',
    rows: [
      ['Айгерим Сапарова (Пострадавший)', 'Можно публиковать с именем', 'С именем', 'С именем'],
      ['Kanat B. (Свидетель)', 'Можно публиковать анонимно', 'С именем', 'Без имени: только роль, пол и возрастная группа'],
      ['Нұрлан Ж. (Источник)', 'Только для внутреннего использования', 'С именем', 'Скрыт: без имени, пола и возрастной группы'],
    ],
  },
  kk: {
    heading: 'Әр алушы әр адам туралы не біледі',
    rows: [
      ['Айгерим Сапарова (Жәбірленуші)', 'Атымен жариялауға болады', 'Аты аталады', 'Аты аталады'],
      ['Kanat B. (Куәгер)', 'Атын атамай жариялауға болады', 'Аты аталады', 'Аты аталмайды: тек рөлі, жынысы және жас тобы'],
      ['Нұрлан Ж. (Дереккөз)', 'Тек ішкі пайдалану үшін', 'Аты аталады', 'Жасырылады: аты, жынысы мен жас тобы берілмейді'],
    ],
  },
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));

describe('export panel, before export', () => {
  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`${language}: tells for each person what the legal team's and a publication's bundle reveal`, async () => {
      await renderWithI18n(<ExportBundleSection records={records} caseId={caseId} />, language);
      const preview = await screen.findByRole('region', { name: expected[language].heading });
      expect(rowsOf(within(preview).getByRole('table'))).toEqual(expected[language].rows);
    });
  }

  it('reads the case again when the panel comes back into view, so a consent changed elsewhere shows', async () => {
    await renderWithI18n(<ExportBundleSection records={records} caseId={caseId} />);
    const preview = await screen.findByRole('region', { name: expected.en.heading });
    const kanat = (await records.people.list()).find((p) => p.names[0]?.text === 'Kanat B.')!;
    unwrap(await records.people.save({ ...kanat, consent: 'internal-only' }));
    await act(async () => showPanel());
    await vi.waitFor(() => expect(rowsOf(within(preview).getByRole('table'))[1]).toEqual(['Kanat B. (Witness)', 'Internal only', 'Named', 'Withheld: no name, gender or age group']));
  });
});
