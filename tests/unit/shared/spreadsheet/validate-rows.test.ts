import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { toSheetTable, type FormulaNote } from '../../../../shared/spreadsheet/sheet-table';
import { maxLength, rowsToImport, validateRows } from '../../../../shared/spreadsheet/validate-rows';

const HEADER = ['Название', 'Дата', 'Место', 'Пострадавший', 'Статья', 'Статус', 'Описание', 'Источник'];
const validate = (rows: string[][], formulas?: Map<number, FormulaNote[]>) => {
  const table = toSheetTable([HEADER, ...rows], formulas);
  return validateRows(table, guessMapping(table.header));
};
const codesOf = (result: ReturnType<typeof validate>, rowNumber: number) =>
  result.issues.filter((issue) => issue.rowNumber === rowNumber).map((issue) => [issue.column, issue.code, issue.severity]);

describe('validateRows', () => {
  it('maps a complete row, splitting people and articles on ";" and line breaks', () => {
    const result = validate([
      ['Задержание Алнура Ильяшева', '17.04.2020', 'Алматы', 'Алнур Ильяшев', 'УК 274;  МПГПП 19', 'закрыто', 'Посты о Nur Otan', 'https://www.azattyq.org/'],
      ['Kettling, 10 Jan 2021', '2021-01-10', 'Almaty', 'Ася Тулесова; Asya Tulesova\nSaniya Toiken', 'ICCPR 9\nICCPR 21', '', '', ''],
    ]);
    expect(result.rows).toEqual([
      { rowNumber: 2, title: 'Задержание Алнура Ильяшева', dateText: '2020-04-17', place: 'Алматы', people: ['Алнур Ильяшев'], tags: ['УК 274', 'МПГПП 19'], status: 'closed', summary: 'Посты о Nur Otan', source: 'https://www.azattyq.org/' },
      { rowNumber: 3, title: 'Kettling, 10 Jan 2021', dateText: '2021-01-10', place: 'Almaty', people: ['Ася Тулесова', 'Asya Tulesova', 'Saniya Toiken'], tags: ['ICCPR 9', 'ICCPR 21'], status: 'open' },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.errorRows.size).toBe(0);
  });

  it('keeps mixed-script and variant names exactly as given, commas included', () => {
    const people = 'Ilyashev, Alnur; Кассым-Жомарт Тоқаев; Erlan Baltabay / Ерлан Балтабай; Qaraǵandy-Жаңаөзен';
    const [row] = validate([['Case', '', '', people, '', '', '', '']]).rows;
    expect(row!.people).toEqual(['Ilyashev, Alnur', 'Кассым-Жомарт Тоқаев', 'Erlan Baltabay / Ерлан Балтабай', 'Qaraǵandy-Жаңаөзен']);
  });

  it('flags an empty title as an error on that row', () => {
    const result = validate([['   ', '13.05.2020', 'Шымкент', '', '', '', '', ''], ['Four activists, Shymkent', '13.05.2020', '', '', '', '', '', '']]);
    expect(codesOf(result, 2)).toEqual([['title', 'issue.titleMissing', 'error']]);
    expect([...result.errorRows]).toEqual([2]);
  });

  it('flags 31.02.2021 as an invalid date and keeps the text as written', () => {
    const result = validate([['Case', '31.02.2021', '', '', '', '', '', '']]);
    expect(result.issues).toEqual([{ rowNumber: 2, column: 'date', code: 'issue.dateInvalid', severity: 'error', params: { value: '31.02.2021' } }]);
    expect(result.rows[0]!.dateText).toBe('31.02.2021');
  });

  it('warns about, but keeps, a date it cannot read such as "spring 2020"', () => {
    const result = validate([['Case', 'spring 2020', '', '', '', '', '', '']]);
    expect(codesOf(result, 2)).toEqual([['date', 'issue.dateUnrecognised', 'warning']]);
    expect(result.errorRows.size).toBe(0);
    expect(result.rows[0]!.dateText).toBe('spring 2020');
  });

  it('warns on a repeated title and date, pointing at the first row, regardless of case and spacing', () => {
    const result = validate([
      ['Kettling in Almaty', '10.01.2021', '', '', '', '', '', ''],
      ['Kettling in Almaty', '28.02.2021', '', '', '', '', '', ''],
      ['kettling  in almaty', '2021-01-10', '', '', '', '', '', ''],
    ]);
    expect(result.issues).toEqual([{ rowNumber: 4, column: 'title', code: 'issue.duplicateRow', severity: 'warning', params: { row: 2 } }]);
    expect(result.errorRows.size).toBe(0);
  });

  it('flags formula cells in imported columns, and ignores them in columns nobody imports', () => {
    const formulas = new Map<number, FormulaNote[]>([
      [2, [{ column: 1, formula: '=DATE(2020,5,13)', hasCachedValue: true }]],
      [3, [{ column: 0, formula: '=A2&" (2)"', hasCachedValue: false }, { column: 9, formula: '=1+1', hasCachedValue: false }]],
    ]);
    const result = validate([['Case', '2020-05-13', '', '', '', '', '', ''], ['=A2&" (2)"', '', '', '', '', '', '', '', '', '2']], formulas);
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'date', code: 'issue.formulaCachedValue', severity: 'warning', params: { formula: '=DATE(2020,5,13)' } },
      { rowNumber: 3, column: 'title', code: 'issue.formulaNotExecuted', severity: 'warning', params: { formula: '=A2&" (2)"' } },
    ]);
    expect(result.rows[1]!.title).toBe('=A2&" (2)"');
  });

  it('refuses over-long text instead of cutting it', () => {
    const result = validate([['x'.repeat(maxLength.title + 1), '', '', 'y'.repeat(maxLength.people + 1), '', '', '', '']]);
    expect(codesOf(result, 2)).toEqual([['title', 'issue.tooLong', 'error'], ['people', 'issue.tooLong', 'error']]);
    expect(result.rows[0]!.title).toHaveLength(maxLength.title + 1);
  });

  it('reports a missing title column once for the file, not on every row', () => {
    const table = toSheetTable([['Дата', 'Место'], ['13.05.2020', 'Шымкент'], ['01.04.2020', 'Актобе']]);
    const result = validateRows(table, guessMapping(table.header));
    expect(result.fileIssues).toEqual([{ code: 'file.titleColumnMissing', severity: 'error' }]);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('reports a file with a header and no data rows', () => {
    expect(validate([]).fileIssues).toEqual([{ code: 'file.empty', severity: 'error' }]);
  });

  it('skips blank rows but keeps sheet row numbers', () => {
    const result = validate([['First', '', '', '', '', '', '', ''], ['', ' ', '', '', '', '', '', ''], ['Second', '', '', '', '', '', '', '']]);
    expect(result.rows.map((row) => [row.rowNumber, row.title])).toEqual([[2, 'First'], [4, 'Second']]);
  });

  it('imports every row, or only rows without errors when the person chooses to skip them', () => {
    const result = validate([['Good', '', '', '', '', '', '', ''], ['', '', '', '', '', '', '', ''], ['Bad date', '31.02.2021', '', '', '', '', '', '']]);
    expect(rowsToImport(result, false).map((row) => row.title)).toEqual(['Good', 'Bad date']);
    expect(rowsToImport(result, true).map((row) => row.title)).toEqual(['Good']);
  });

  it('validates 50,000 rows, finding the planted problems among them', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [
      i % 10_000 === 0 ? '' : `Case ${i}`,
      i === 12_345 ? '31.02.2021' : `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.2020`,
      ['Алматы', 'Шымкент', 'Ақтөбе'][i % 3]!,
      'Алнур Ильяшев; Serikzhan Bilash',
      'CC 174; CC 274',
      '', 'summary', '',
    ]);
    rows.push(['Case 1', '02.02.2020', '', '', '', '', '', '']); // same title and date as the row with i = 1
    const result = validate(rows);
    expect(result.rows).toHaveLength(50_001);
    expect([...result.errorRows].sort((a, b) => a - b)).toEqual([2, 10_002, 12_347, 20_002, 30_002, 40_002]);
    expect(result.issues.filter((issue) => issue.code === 'issue.duplicateRow')).toEqual([
      { rowNumber: 50_002, column: 'title', code: 'issue.duplicateRow', severity: 'warning', params: { row: 3 } },
    ]);
    expect(rowsToImport(result, true)).toHaveLength(50_001 - 6);
  });
});
