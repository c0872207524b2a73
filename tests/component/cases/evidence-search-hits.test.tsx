// Words inside a file, found from the search box: the file's name, the page, the words around the match with the
// match marked, and a click that opens the file at that page.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/model';
import type { Records } from '../../../src-renderer/records';
import { CaseSearch, type OpenFound } from '../../../src-renderer/features/cases/CaseSearch';
import { DISTRICT_REPORT_PAGES } from '../../fixtures/evidence/build/pdf-fixtures';
import { renderWithI18n } from '../render-app';
import { newVault, open } from './cases-kit';

const FILE = 'ақпараттық-хат.pdf';
const itemId = newRecordId();
let records: Records;
let caseIds: string[];

const unwrap = <T,>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.error)}`);
  return result.value;
};

beforeAll(async () => {
  records = await open(await newVault('evidence-hits'));
  await records.ready;
  caseIds = [];
  for (const title of ['Протест в Тюлькубасском районе', 'Задержания 12 человек']) {
    const kase = unwrap(await records.cases.save({ title }));
    unwrap(await records.caseItems.save({ caseId: kase.id, itemId, snapshot: { originalName: FILE, mediaType: 'application/pdf' } }));
    caseIds.push(kase.id);
  }
  const pages = DISTRICT_REPORT_PAGES.map((lines, i) => ({ page: i + 1, text: lines.join('\n') }));
  unwrap(await records.itemTexts.save({ itemId, pages, hasTextLayer: true }));
});
afterEach(cleanup);

async function search(query: string, language: 'en' | 'ru' | 'kk' = 'en') {
  const opened: Parameters<OpenFound>[] = [];
  const cases: string[] = [];
  await renderWithI18n(<CaseSearch records={records} onOpen={(id) => cases.push(id)} onOpenFound={(...args) => opened.push(args)} />, language);
  const user = userEvent.setup();
  await user.type(screen.getByRole('combobox'), query);
  const hits = screen.getByRole('listbox');
  return { user, hits, opened, cases };
}

describe('evidence hits in the search box', () => {
  it('name the file and show, for each page with the word, the words around it with the match marked', async () => {
    const { hits } = await search('Tulkibas');
    const options = await within(hits).findAllByRole('option', { name: new RegExp(FILE) });
    // Two pages in each of the two cases the file is attached to.
    expect(options).toHaveLength(4);
    const first = options[0]!;
    expect(first).toHaveTextContent('Evidence');
    expect(first).toHaveTextContent('page 2');
    expect(within(first).getByTestId('hit-snippet')).toHaveTextContent('Наразылық акциясы Түлкібас ауданында өтті. Полиция 12 адамды ұстады.');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Түлкібас']);
    expect(options[1]).toHaveTextContent('page 3');
    expect([...options[1]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Түлкібас']);
    expect(options.map((o) => o.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('in case “Протест в Тюлькубасском районе”'), expect.stringContaining('in case “Задержания 12 человек”')]));
  });

  it('mark a word of the file in another spelling than the one typed', async () => {
    const { hits } = await search('Serikkyzy');
    const [option] = await within(hits).findAllByRole('option', { name: new RegExp(FILE) });
    expect(option).toHaveTextContent('page 3');
    expect([...option!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Серікқызы']);
  });

  it('open the file at the hit’s page, with the words searched for, by Enter or by click', async () => {
    const { user, hits, opened, cases } = await search('Tulkibas');
    const options = await within(hits).findAllByRole('option', { name: new RegExp(FILE) });
    await user.keyboard('{Enter}');
    expect(opened).toEqual([[expect.stringMatching(/^[0-9a-f]{32}$/), itemId, 2, 'Tulkibas']]);
    expect(caseIds).toContain(opened[0]![0]);
    await user.click(options[1]!);
    expect(opened[1]).toEqual([opened[0]![0], itemId, 3, 'Tulkibas']);
    expect(cases).toEqual([]);
  });

  it('read in Russian and Kazakh', async () => {
    for (const [language, page, kind] of [['ru', 'стр. 2', 'Доказательство'], ['kk', '2-бет', 'Дәлел']] as const) {
      const { hits } = await search('Tulkibas', language);
      const [option] = await within(hits).findAllByRole('option', { name: new RegExp(FILE) });
      expect(option).toHaveTextContent(page);
      expect(option).toHaveTextContent(kind);
      cleanup();
    }
  });
});
