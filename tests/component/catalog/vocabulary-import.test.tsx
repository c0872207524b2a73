import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/resources';
import { useCatalogStore } from '../../../src-renderer/features/catalog/catalog-store';
import type { Tag } from '../../../src-renderer/features/catalog/tag';
import { TagPicker } from '../../../src-renderer/features/catalog/TagPicker';
import { VocabularyImport } from '../../../src-renderer/features/catalog/VocabularyImport';
import { renderWithI18n as renderCatalog } from '../render-app';

const kibhr = (overrides: Record<string, unknown> = {}) => ({
  format: 'tamga-vocabulary',
  formatVersion: 1,
  namespace: 'KIBHR',
  version: '2021-06',
  name: { en: 'KIBHR monitoring terms', ru: 'Термины мониторинга КМБПЧ' },
  entries: [
    { id: 'KIBHR:VT-WELDED-DOORS', kind: 'violation-type', label: { en: 'Stairwell doors welded shut', ru: 'Заваренные двери подъездов' }, aliases: ['welded doors'], engages: ['ICCPR-12', 'ICCPR-9'] },
    { id: 'KIBHR:PLACE-SIZO-ATYRAU', kind: 'place', label: { en: 'Atyrau SIZO' }, parent: 'GEO-ATYRAU' },
  ],
  ...overrides,
});

const jsonFile = (content: unknown, name = 'vocabulary.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });

function Screen({ suggestFrom }: { suggestFrom?: string[] }) {
  const [tags, setTags] = useState<Tag[]>([]);
  return (
    <>
      <VocabularyImport />
      <TagPicker label="Tags" value={tags} onChange={setTags} suggestFrom={suggestFrom} />
    </>
  );
}

async function upload(content: unknown, language: Language = 'en', suggestFrom?: string[]) {
  const user = userEvent.setup();
  await renderCatalog(<Screen suggestFrom={suggestFrom} />, language);
  const labels = { en: 'Vocabulary file', ru: 'Файл словаря', kk: 'Сөздік файлы' };
  await user.upload(screen.getByLabelText(labels[language]), jsonFile(content));
  return user;
}

beforeEach(() => useCatalogStore.getState().clear());

describe('VocabularyImport', () => {
  it('lists each problem of a bad file with its path, in the UI language', async () => {
    const bad = kibhr({ colour: 'red', entries: [{ id: 'KIBHR:X', kind: 'topic' }, { id: 'KIBHR:Y', kind: 'law', label: { en: 'y' } }] });
    await upload(bad, 'ru');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Словарь не добавлен.');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('entries[0].label Не хватает обязательного поля.');
    expect(items).toContain('entries[1].kind Это значение не входит в число допустимых.');
    expect(items).toContain('весь файл Здесь недопустимы поля: colour.');
    expect(useCatalogStore.getState().vocabularies).toEqual([]);
  });

  it('reports an id outside the namespace', async () => {
    await upload(kibhr({ entries: [{ id: 'OTHER:X', kind: 'topic', label: { en: 'x' } }] }));
    expect(await screen.findByRole('alert')).toHaveTextContent('entries[0].id Every id must start with “KIBHR:”.');
  });

  it('reports a reference to an article the catalog does not have', async () => {
    await upload(kibhr({ entries: [{ id: 'KIBHR:T', kind: 'topic', label: { en: 't' }, engages: ['ICCPR-99'] }] }), 'kk');
    expect(await screen.findByRole('alert')).toHaveTextContent('entries[0].engages[0] ICCPR-99 каталогта жоқ.');
  });

  it('says so when the file is not JSON', async () => {
    await upload('{ not json');
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not JSON.');
  });

  it('explains a newer format version', async () => {
    await upload(kibhr({ formatVersion: 3 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('formatVersion This file uses a newer vocabulary format. This version of Tamga reads formats up to 2.');
  });

  it('adds a good vocabulary, and the picker then finds and suggests from its terms', async () => {
    const user = await upload(kibhr(), 'en', ['KIBHR:VT-WELDED-DOORS']);
    expect(await screen.findByText('Added 2 entries from “KIBHR monitoring terms”, version 2021-06.')).toBeInTheDocument();
    expect(screen.getByText('KIBHR monitoring terms, version 2021-06: 2 entries')).toBeInTheDocument();

    screen.getByRole('combobox', { name: 'Tags' }).focus();
    await user.keyboard('{ArrowDown}');
    const suggested = within(screen.getByRole('group', { name: 'Suggested' })).getAllByRole('option');
    expect(suggested.map((o) => o.textContent)).toEqual([expect.stringContaining('ICCPR art. 12'), expect.stringContaining('ICCPR art. 9')]);

    await user.keyboard('{Escape}welded doors');
    const first = screen.getAllByRole('option')[0]!;
    expect(first).toHaveTextContent('Violation type Stairwell doors welded shut');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Stairwell doors welded shut' })).toBeInTheDocument();
  });

  it('marks a user term shown in English when the vocabulary has no Kazakh label', async () => {
    const user = await upload(kibhr(), 'kk');
    await screen.findByText('«KIBHR monitoring terms» сөздігінен (2021-06 нұсқасы) 2 жазба қосылды.');
    screen.getByRole('combobox', { name: 'Tags' }).focus();
    await user.keyboard('Atyrau SIZO');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Atyrau SIZO (ағылшынша)');
  });

  it('adds an article to a shipped Kazakh law, which the picker then offers with the law’s short name', async () => {
    const article = {
      id: 'KIBHR:ASSEMBLIES-2020-8',
      kind: 'article',
      instrument: 'KZ-LAW-ASSEMBLIES-2020',
      number: '8',
      label: { en: 'Venues designated by the akimat', ru: 'Места, определённые акиматом', kk: 'Әкімдік белгілеген орындар' },
    };
    const user = await upload(kibhr({ formatVersion: 2, entries: [article] }), 'kk');
    await screen.findByText('«KIBHR monitoring terms» сөздігінен (2021-06 нұсқасы) 1 жазба қосылды.');
    screen.getByRole('combobox', { name: 'Tags' }).focus();
    await user.keyboard('әкімдік белгілеген');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent(/8-бап.*Әкімдік белгілеген орындар/);
  });

  it('explains a new kind of entry in a file that still says format 1', async () => {
    await upload(kibhr({ entries: [{ id: 'KIBHR:OP-1', kind: 'opinion', label: { en: 'Opinion' } }] }), 'ru');
    expect(await screen.findByRole('alert')).toHaveTextContent('entries[0].kind Записи вида «opinion» требуют formatVersion 2; измените formatVersion в файле.');
  });
});
