import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SpreadsheetImportDialog } from '../../../src-renderer/features/spreadsheet-import';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import type { Result } from '../../../shared/result';
import { buildXlsx } from '../../fixtures/spreadsheets/xlsx-builder';
import { toWindows1251 } from '../../fixtures/spreadsheets/windows-1251';
import { renderWithI18n } from './render-with-i18n';
import enErrors from '../../../shared/i18n/en/errors.json';

type Commit = (rows: MappedCaseRow[]) => Promise<Result<{ cases: number }>>;

const CSV = [
  'Название;Дата;Место;Пострадавший;Статья',
  'Задержание Алнура Ильяшева;17.04.2020;Алматы;Алнур Ильяшев;УК 274',
  ';13.05.2020;Шымкент;;',
  'Баймаганбетов;31.02.2021;;Murat Baimaganbetov;CAO 667',
  'Kettling;10.01.2021;Almaty;"Ася Тулесова; Asya Tulesova";ICCPR 9',
].join('\r\n');

async function chooseFile(file: File): Promise<void> {
  const input = screen.getByLabelText('Spreadsheet (CSV or Excel .xlsx)');
  await userEvent.upload(input, file);
  await screen.findByRole('heading', { name: 'Match the columns' });
}

describe('SpreadsheetImportDialog', () => {
  it('goes from a Russian-locale CSV through mapping and preview to a commit of the valid rows', async () => {
    const onCommit = vi.fn<Commit>(async (rows) => ({ ok: true, value: { cases: rows.length } }));
    await renderWithI18n(<SpreadsheetImportDialog onCommit={onCommit} />);
    expect(screen.getByRole('dialog', { name: 'Import cases from a spreadsheet' })).toBeTruthy();

    await chooseFile(new File([toWindows1251(CSV)], 'дела.csv', { type: 'text/csv' }));
    expect(screen.getByText('The file is not UTF-8, so it was read as Windows-1251 (Cyrillic). Check that names look right.')).toBeTruthy();
    const titleSelect = screen.getByRole('combobox', { name: 'Title (required)' }) as HTMLSelectElement;
    expect(titleSelect.selectedOptions[0]!.textContent).toBe('Название (column A)');
    expect((screen.getByRole('combobox', { name: 'People' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Пострадавший (column D)');
    expect((screen.getByRole('combobox', { name: 'Summary' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Not imported');

    await userEvent.click(screen.getByRole('button', { name: 'Show preview' }));
    expect(screen.getByRole('heading', { name: 'Check before importing' })).toBe(document.activeElement);
    expect(screen.getByText(/4 rows · 2 rows with errors/)).toBeTruthy();

    const table = screen.getByRole('table', { name: /Rows from the file/ });
    const rowOf = (rowNumber: string) => within(table).getByRole('rowheader', { name: rowNumber }).closest('tr')!;
    expect(within(rowOf('3')).getByText('Error: Title: The title is empty.')).toBeTruthy();
    expect(within(rowOf('4')).getByText('Error: Date: “31.02.2021” is not a real date.')).toBeTruthy();
    expect(within(rowOf('5')).getByRole('cell', { name: 'Ася Тулесова; Asya Tulesova' })).toBeTruthy();

    const importButton = screen.getByRole('button', { name: 'Import 4 cases' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Skip rows with errors' }));
    // No consent column: the people are recorded internal-only, and the person must agree to that first.
    expect(screen.getByText('This file has no consent column, so the 2 people it names will be recorded as internal only and left out of every publication.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import 2 cases' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Import stays off until you confirm how the people in this file will be recorded.')).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Record everyone as internal only' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 cases' }));

    expect(await screen.findByText('Imported 2 cases.')).toBeTruthy();
    expect(onCommit).toHaveBeenCalledOnce();
    expect(onCommit.mock.calls[0]![0].map((row) => [row.rowNumber, row.title, row.dateText, row.people, row.consent])).toEqual([
      [2, 'Задержание Алнура Ильяшева', '17.04.2020', ['Алнур Ильяшев'], undefined],
      [5, 'Kettling', '10.01.2021', ['Ася Тулесова', 'Asya Tulesova'], undefined],
    ]);
    expect((screen.getByRole('button', { name: 'Import 2 cases' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows each article code as the tag it becomes, the consent, the reading of the date and the recorded source', async () => {
    const onCommit = vi.fn<Commit>(async (rows) => ({ ok: true, value: { cases: rows.length } }));
    await renderWithI18n(<SpreadsheetImportDialog onCommit={onCommit} knownSources={[{ id: 'hrw', name: 'Human Rights Watch', aliases: [] }]} />);
    const csv = ['Title,Date,Victim,Consent,Article,Source', 'Kettling in Almaty,весна 2017,Saniya Toiken,можно называть,"МПГПП 21; CCPR-9; 22",HRW'].join('\n');
    await chooseFile(new File([csv], 'cases.csv'));
    expect((screen.getByRole('combobox', { name: 'Consent' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Consent (column D)');
    await userEvent.click(screen.getByRole('button', { name: 'Show preview' }));

    const row = within(screen.getByRole('table')).getByRole('rowheader', { name: '2' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Kettling in Almaty',
      'весна 2017Read as spring 2017 (season)',
      '',
      'Saniya Toiken',
      'May be published by name',
      'МПГПП 21 → ICCPR art. 21CCPR-9 → ICCPR art. 922: not tagged, kept in the summary',
      'HRW → Human Rights Watch (already recorded)',
      'Open',
      expect.stringContaining('“22” could be an article of several instruments'),
    ]);
    expect(screen.queryByRole('checkbox', { name: 'Record everyone as internal only' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 case' }));
    await screen.findByText('Imported 1 case.');
    const [imported] = onCommit.mock.calls[0]![0];
    expect(imported).toMatchObject({
      consent: 'named-publication',
      date: { precision: 'season', year: 2017, season: 'spring' },
      tags: [{ kind: 'tag', id: 'ICCPR-21' }, { kind: 'tag', id: 'ICCPR-9' }, { kind: 'ambiguous', written: '22' }],
      source: { written: 'HRW', match: { kind: 'existing', id: 'hrw' } },
    });
  });

  it('reads Kazakh article codes and consent, and names them in Kazakh', async () => {
    await renderWithI18n(<SpreadsheetImportDialog onCommit={vi.fn<Commit>()} />, 'kk');
    const csv = ['Атауы,Күні,Жәбірленуші,Келісімі,Бабы,Дереккөз', 'Жаңаөзен,көктем 2021,Роза Тулетаева,тек ішкі,АСҚХП 22,Human Rights Watch'].join('\n');
    await userEvent.upload(screen.getByLabelText('Кесте (CSV немесе Excel .xlsx)'), new File([csv], 'істер.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Алдын ала қарау' }));
    const row = within(screen.getByRole('table')).getByRole('rowheader', { name: '2' }).closest('tr')!;
    // Named as the Kazakh tag picker names an article: «<instrument>, 22-бап».
    expect(within(row).getByText(/^АСҚХП 22 → \S+, 22-бап$/)).toBeTruthy();
    expect(within(row).getByText('Тек ішкі пайдалану үшін')).toBeTruthy();
    expect(within(row).getByText('Human Rights Watch (жаңа дереккөз)')).toBeTruthy();
    expect(within(row).getByText('Былай түсінілді: көктем 2021 (жыл мезгілі)')).toBeTruthy();
  });

  it('keeps the dialog open with the translated error when the commit fails, and lets the person retry', async () => {
    const onCommit = vi.fn<Commit>().mockResolvedValueOnce({ ok: false, error: { code: 'vault.locked' } }).mockRejectedValueOnce(new Error('disk gone'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderWithI18n(<SpreadsheetImportDialog onCommit={onCommit} />);
    await chooseFile(new File(['Title,Date\nKettling,2021-01-10\n'], 'cases.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Show preview' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 case' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`Nothing was imported: ${enErrors['vault.locked']}`);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Import 1 case' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`Nothing was imported: ${enErrors.internal}`);
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('reads a chosen sheet of an .xlsx, lets the person fix the mapping, and flags formulas in place', async () => {
    const onCommit = vi.fn<Commit>(async (rows) => ({ ok: true, value: { cases: rows.length } }));
    await renderWithI18n(<SpreadsheetImportDialog onCommit={onCommit} />);
    const bytes = buildXlsx([
      { name: 'Summary', rows: [['Count'], [{ formula: 'COUNTA(Cases!A:A)', cached: '2' }]] },
      { name: 'Cases', rows: [['Case name', 'When'], ['Kettling', { date: '2021-02-28' }], [{ formula: 'A2&" 2"' }, { date: '2021-07-06' }]] },
    ]);
    await chooseFile(new File([bytes], 'cases.xlsx'));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sheet' }), 'Cases');
    // Neither header is one Tamga knows, so nothing is guessed and the preview is held back until a title is chosen.
    expect(screen.getByRole('alert').textContent).toBe('Choose the column that holds case titles; it is required.');
    expect((screen.getByRole('button', { name: 'Show preview' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Title (required)' }), 'Case name (column A)');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Date' }), 'When (column B)');
    await userEvent.click(screen.getByRole('button', { name: 'Show preview' }));

    const row = within(screen.getByRole('table')).getByRole('rowheader', { name: '3' }).closest('tr')!;
    expect(within(row).getByText('Warning: Title: The formula =A2&" 2" was not run; its text is kept as written.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 cases' }));
    await screen.findByText('Imported 2 cases.');
    expect(onCommit.mock.calls[0]![0].map((r) => [r.title, r.dateText])).toEqual([['Kettling', '2021-02-28'], ['=A2&" 2"', '2021-07-06']]);
  });

  it('says so when the file is not a spreadsheet it can read, and stays on the first step', async () => {
    await renderWithI18n(<SpreadsheetImportDialog onCommit={vi.fn<Commit>()} />);
    const input = screen.getByLabelText('Spreadsheet (CSV or Excel .xlsx)');
    fireEvent.change(input, { target: { files: [new File(['not a zip'], 'cases.xlsx')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('This file could not be read as CSV or Excel (.xlsx).');
    expect(screen.getByRole('heading', { name: 'Choose a file' })).toBeTruthy();
  });

  it('speaks Kazakh throughout when the app does', async () => {
    await renderWithI18n(<SpreadsheetImportDialog onCommit={vi.fn<Commit>()} onClose={() => {}} />, 'kk');
    expect(screen.getByRole('dialog', { name: 'Электрондық кестеден істерді импорттау' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Жабу' })).toBeTruthy();
    await userEvent.upload(screen.getByLabelText('Кесте (CSV немесе Excel .xlsx)'), new File(['Атауы,Күні\nІс,31.02.2021\n'], 'істер.csv'));
    expect((screen.getByRole('combobox', { name: 'Атауы (міндетті)' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Атауы (A бағаны)');
    await userEvent.click(screen.getByRole('button', { name: 'Алдын ала қарау' }));
    expect(screen.getByText('Қате: Күні: «31.02.2021» — мұндай күн жоқ.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Қатесі бар жолдарды өткізіп жіберу' })).toBeTruthy();
  });

  it('closes on Escape when the host allows it', async () => {
    const onClose = vi.fn();
    await renderWithI18n(<SpreadsheetImportDialog onCommit={vi.fn<Commit>()} onClose={onClose} />);
    fireEvent.keyDown(screen.getByLabelText('Spreadsheet (CSV or Excel .xlsx)'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
