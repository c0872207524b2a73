// The case list as a monitor scans it: whole titles, when and where the case began, and tags by name in each language.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/resources';
import type { Records } from '../../../src-renderer/records';
import { CasesBrowser } from '../../../src-renderer/features/cases/CasesBrowser';
import { renderWithI18n } from '../render-app';
import { newVault, open } from './cases-kit';

const LONG_TITLE = 'Kettling of peaceful protesters outside the Almaty akimat for eight hours at minus twenty degrees, followed by administrative arrests';
let records: Records;

const unwrap = <T,>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.error)}`);
  return result.value;
};

beforeAll(async () => {
  records = await open(await newVault('case-list'));
  await records.ready;
  const kettling = unwrap(await records.cases.save({ title: LONG_TITLE, tags: ['KZ-CC-274', 'VT-KETTLING', 'ICCPR-21'] }));
  // The later event is saved first: the list must pick the earliest by date, not by order of entry.
  unwrap(await records.events.save({ caseId: kettling.id, type: 'verdict', when: { precision: 'season', year: 2021, season: 'spring' } }));
  unwrap(await records.events.save({ caseId: kettling.id, type: 'detention', when: { precision: 'day', year: 2021, month: 1, day: 10 }, place: { gazetteerId: 'GEO-ALMATY' } }));
  const many = ['ICCPR-19', 'ICCPR-21', 'ICCPR-22', 'ICCPR-9', 'ICCPR-7', 'ICCPR-14', 'ICCPR-17', 'ICCPR-25'];
  const seasonal = unwrap(await records.cases.save({ title: 'Strike committee leaders summoned', tags: many, places: [{ text: 'Zhanaozen oil field' }] }));
  unwrap(await records.events.save({ caseId: seasonal.id, type: 'summons', when: { precision: 'season', year: 2021, season: 'spring' } }));
});
afterEach(cleanup);

const expected: Record<Language, { first: string; tags: string[]; seasonal: string; more: string; tagOption: string }> = {
  en: { first: 'First event: Jan 10, 2021, Almaty', tags: ['Criminal Code art. 274', 'Kettling (police encirclement of a crowd)', 'ICCPR art. 21'], seasonal: 'First event: spring 2021, Zhanaozen oil field', more: '+2 more tags', tagOption: 'Criminal Code art. 274' },
  ru: { first: 'Первое событие: 10 янв. 2021 г., Алматы', tags: ['Уголовный кодекс, ст. 274', 'Оцепление протестующих («котёл»)', 'ICCPR, ст. 21'], seasonal: 'Первое событие: весна 2021, Zhanaozen oil field', more: 'ещё 2 тега', tagOption: 'Уголовный кодекс, ст. 274' },
  kk: { first: 'Алғашқы оқиға: 10 қаңтар 2021 ж., Алматы', tags: ['Қылмыстық кодекс, 274-бап', 'ICCPR, 21-бап'], seasonal: 'Алғашқы оқиға: көктем 2021, Zhanaozen oil field', more: 'тағы 2 тег', tagOption: 'Қылмыстық кодекс, 274-бап' },
};

describe('case list rows', () => {
  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`${language}: shows the whole title, the first event's date and place, and tags by name`, async () => {
      await renderWithI18n(<CasesBrowser records={records} onOpen={() => {}} onNew={() => {}} />, language);
      const want = expected[language];
      const row = await screen.findByRole('option', { name: new RegExp(LONG_TITLE) });
      expect(within(row).getByText(LONG_TITLE)).toBeInTheDocument();
      expect(row).toHaveTextContent(want.first);
      for (const tag of want.tags) expect(within(row).getByText(tag)).toBeInTheDocument();
      // Codes are how the catalog stores tags, never how a person reads them.
      expect(row.textContent).not.toMatch(/KZ-CC-274|VT-KETTLING|ICCPR-21/);
      expect(row.textContent).not.toMatch(/\bM\d{1,2}\b/);

      const seasonal = screen.getByRole('option', { name: /Strike committee leaders summoned/ });
      expect(seasonal).toHaveTextContent(want.seasonal);
      expect(within(seasonal).getByText(want.more)).toBeInTheDocument();
    });

    it(`${language}: names tags in the tag filter and filters by them`, async () => {
      const user = userEvent.setup();
      await renderWithI18n(<CasesBrowser records={records} onOpen={() => {}} onNew={() => {}} />, language);
      await screen.findByRole('option', { name: new RegExp(LONG_TITLE) });
      const filter = screen.getByRole('combobox', { name: { en: 'Tag', ru: 'Тег', kk: 'Тег' }[language] });
      const labels = within(filter).getAllByRole('option').map((o) => o.textContent);
      expect(labels).toContain(expected[language].tagOption);
      expect(labels.filter((l) => /^[A-Z]+(-[A-Z0-9.]+)+$/.test(l ?? ''))).toEqual([]);

      await user.selectOptions(filter, expected[language].tagOption);
      expect(screen.getAllByRole('option', { name: /Strike committee|Kettling of peaceful/ }).map((o) => o.textContent)).toEqual([expect.stringContaining(LONG_TITLE)]);
    });
  }
});
