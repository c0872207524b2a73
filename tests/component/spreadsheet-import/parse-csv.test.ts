import { describe, expect, it } from 'vitest';
import { parseCsvText, readCsvBytes } from '../../../src-renderer/features/spreadsheet-import/parse-csv';
import { toWindows1251 } from '../../fixtures/spreadsheets/windows-1251';

describe('parseCsvText', () => {
  it('reads quoted fields with line breaks, doubled quotes and delimiters inside', () => {
    const text = 'Название;Описание\r\n"Задержание; Шымкент";"Четверо активистов.\r\nСуд: 5–6 суток ""за митинг"""\r\n';
    expect(parseCsvText(text)).toEqual({
      grid: [['Название', 'Описание'], ['Задержание; Шымкент', 'Четверо активистов.\r\nСуд: 5–6 суток "за митинг"']],
      delimiter: ';',
      fileIssues: [],
    });
  });

  it('reads comma and tab files', () => {
    expect(parseCsvText('Title,Date\nKettling,2021-01-10').grid).toEqual([['Title', 'Date'], ['Kettling', '2021-01-10']]);
    expect(parseCsvText('Title\tDate\nKettling\t2021-01-10\n').grid).toEqual([['Title', 'Date'], ['Kettling', '2021-01-10']]);
  });

  it('keeps empty cells and rows, so row numbers stay those of the sheet', () => {
    expect(parseCsvText('a,b\n,\n\nc,\n').grid).toEqual([['a', 'b'], ['', ''], [''], ['c', '']]);
  });

  it('warns when a quotation mark is never closed', () => {
    expect(parseCsvText('Title,Summary\nA,"never closed\nB,x\n').fileIssues).toEqual([{ code: 'file.unclosedQuote', severity: 'warning', params: { row: 2 } }]);
  });
});

describe('readCsvBytes', () => {
  it('reads a Windows-1251 file from Russian-locale Excel and says it did', () => {
    const table = readCsvBytes(toWindows1251('Название;Дата;Пострадавший\r\nЗадержание;17.04.2020;Алнур Ильяшев\r\n'));
    expect(table).toEqual({
      header: ['Название', 'Дата', 'Пострадавший'],
      rows: [{ rowNumber: 2, cells: ['Задержание', '17.04.2020', 'Алнур Ильяшев'] }],
      fileIssues: [{ code: 'file.readAsWindows1251', severity: 'warning' }],
    });
  });

  it('counts a record spanning lines as one row, as Excel numbers it', () => {
    const bytes = new TextEncoder().encode('\uFEFFTitle,Summary\n"A","line 1\nline 2"\nB,x\n');
    expect(readCsvBytes(bytes).rows.map((row) => [row.rowNumber, row.cells[0]])).toEqual([[2, 'A'], [3, 'B']]);
  });

  it('marks a cell that looks like a formula, since it is kept as text', () => {
    const table = readCsvBytes(new TextEncoder().encode('Title,Count\n=HYPERLINK("http://x"),=1+1\n'));
    expect(table.rows[0]!.formulas).toEqual([
      { column: 0, formula: '=HYPERLINK("http://x")', hasCachedValue: false },
      { column: 1, formula: '=1+1', hasCachedValue: false },
    ]);
  });
});
