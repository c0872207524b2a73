import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { toSheetTable, type FormulaNote } from '../../../../shared/spreadsheet/sheet-table';
import { loadCatalog } from '../../../../shared/catalog';
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
      {
        rowNumber: 2, title: 'Задержание Алнура Ильяшева', dateText: '17.04.2020', date: { precision: 'day', year: 2020, month: 4, day: 17 }, place: 'Алматы',
        people: ['Алнур Ильяшев'], status: 'closed', summary: 'Посты о Nur Otan',
        tags: [{ kind: 'tag', written: 'УК 274', id: 'KZ-CC-274' }, { kind: 'tag', written: 'МПГПП 19', id: 'ICCPR-19' }],
        source: { written: 'https://www.azattyq.org/', match: { kind: 'new', name: 'https://www.azattyq.org/' } },
      },
      {
        rowNumber: 3, title: 'Kettling, 10 Jan 2021', dateText: '2021-01-10', date: { precision: 'day', year: 2021, month: 1, day: 10 }, place: 'Almaty',
        people: ['Ася Тулесова', 'Asya Tulesova', 'Saniya Toiken'], status: 'open',
        tags: [{ kind: 'tag', written: 'ICCPR 9', id: 'ICCPR-9' }, { kind: 'tag', written: 'ICCPR 21', id: 'ICCPR-21' }],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.errorRows.size).toBe(0);
  });

  it('leaves a code that fits several instruments, or none, untagged and says why', () => {
    const result = validate([['Case', '', '', '', 'МПГПП 22; 22\nICCPR 999', '', '', '']]);
    expect(result.rows[0]!.tags.map((tag) => tag.kind)).toEqual(['tag', 'ambiguous', 'unknown']);
    expect(result.issues).toEqual([
      { rowNumber: 2, column: 'tags', code: 'issue.tagAmbiguous', severity: 'warning', params: { value: '22' } },
      { rowNumber: 2, column: 'tags', code: 'issue.tagUnknown', severity: 'warning', params: { value: 'ICCPR 999' } },
    ]);
  });

  it('reads a consent column for the row\'s people, warning where it says nothing readable', () => {
    const table = toSheetTable([
      ['Title', 'Victim', 'Consent'],
      ['Named', 'Saniya Toiken', 'можно называть'],
      ['Unread', 'Roza Tuletaeva', 'ask first'],
      ['Empty', 'Aset Abishev', ''],
      ['Two', 'Asya Tulesova; Ilyas Ilyashev', 'named; internal only'],
      ['Nobody', '', ''],
    ]);
    const result = validateRows(table, guessMapping(table.header));
    expect(result.rows.map((row) => row.consent)).toEqual(['named-publication', undefined, undefined, 'internal-only', undefined]);
    expect(result.issues.map((issue) => [issue.rowNumber, issue.column, issue.code, issue.params])).toEqual([
      [3, 'consent', 'issue.consentUnrecognised', { value: 'ask first' }],
      [4, 'consent', 'issue.consentMissing', undefined],
      [5, 'consent', 'issue.consentSeveral', undefined],
    ]);
    expect(result.errorRows.size).toBe(0);
  });

  it('matches sources to recorded ones, and a later spelling to a new source an earlier row adds', () => {
    const table = toSheetTable([['Title', 'Source'], ['A', 'HRW'], ['B', 'Kadyr-Kasiyet'], ['C', 'kadyr kasiyet'], ['D', 'Human Rights Watch']]);
    const sources = [{ id: 'h', name: 'Human Rights Watch', aliases: [] }];
    const result = validateRows(table, guessMapping(table.header), { lang: 'en', catalog: loadCatalog(), sources });
    expect(result.rows.map((row) => row.source?.match)).toEqual([
      { kind: 'existing', id: 'h', name: 'Human Rights Watch', via: 'initials' },
      { kind: 'new', name: 'Kadyr-Kasiyet' },
      { kind: 'new', name: 'Kadyr-Kasiyet' },
      { kind: 'existing', id: 'h', name: 'Human Rights Watch', via: 'name' },
    ]);
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

  it('reads "spring 2020" and «весна 2017» as seasons, as the case editor does', () => {
    const result = validate([['Case', 'spring 2020', '', '', '', '', '', ''], ['Дело', 'весна 2017', '', '', '', '', '', '']]);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((row) => row.date)).toEqual([
      { precision: 'season', year: 2020, season: 'spring' },
      { precision: 'season', year: 2017, season: 'spring' },
    ]);
  });

  it('warns about, but keeps, a date it cannot read such as "before the elections"', () => {
    const result = validate([['Case', 'before the elections', '', '', '', '', '', '']]);
    expect(codesOf(result, 2)).toEqual([['date', 'issue.dateUnrecognised', 'warning']]);
    expect(result.errorRows.size).toBe(0);
    expect(result.rows[0]!.dateText).toBe('before the elections');
    expect(result.rows[0]!.date).toBeUndefined();
  });

  it('keeps the day of a date with a time and says the time has no place in a case date', () => {
    const result = validate([['Case', '16.12.2011 14:30', '', '', '', '', '', '']]);
    expect(result.issues).toEqual([{ rowNumber: 2, column: 'date', code: 'issue.timeNotKept', severity: 'warning', params: { time: '14:30' } }]);
    expect(result.rows[0]).toMatchObject({ date: { precision: 'day', year: 2011, month: 12, day: 16 }, time: '14:30' });
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
