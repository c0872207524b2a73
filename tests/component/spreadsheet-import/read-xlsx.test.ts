import { describe, expect, it } from 'vitest';
import { readXlsxBytes } from '../../../src-renderer/features/spreadsheet-import/read-xlsx';
import { formulasInSheetXml } from '../../../src-renderer/features/spreadsheet-import/xlsx-formulas';
import { readSpreadsheetFile } from '../../../src-renderer/features/spreadsheet-import/read-spreadsheet-file';
import { buildXlsx } from '../../fixtures/spreadsheets/xlsx-builder';

describe('readXlsxBytes', () => {
  it('reads every sheet as text: strings, dates as ISO days, numbers as stored', async () => {
    const bytes = buildXlsx([
      { name: 'Дела', rows: [['Название', 'Дата', 'Статья'], ['Ilyashev / Ильяшев', { date: '2020-04-17' }, 274.4], [null, null, null], ['Bokayev', { date: '2016-05-17' }, 174]] },
      { name: 'Notes', rows: [['Title'], ['Other']] },
    ]);
    const sheets = await readXlsxBytes(bytes);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Дела', 'Notes']);
    expect(sheets[0]!.table).toEqual({
      header: ['Название', 'Дата', 'Статья'],
      rows: [
        { rowNumber: 2, cells: ['Ilyashev / Ильяшев', '2020-04-17', '274.4'] },
        { rowNumber: 4, cells: ['Bokayev', '2016-05-17', '174'] },
      ],
      fileIssues: [],
    });
  });

  it('never runs a formula: takes the cached value when saved, the formula text otherwise, and flags both', async () => {
    const bytes = buildXlsx([
      { name: 'Cases', rows: [['Title', 'Place'], [{ formula: 'UPPER("kettling")', cached: 'KETTLING' }, { formula: 'CONCATENATE("Alma","ty")' }]] },
    ]);
    const [sheet] = await readXlsxBytes(bytes);
    expect(sheet!.table.rows).toEqual([
      {
        rowNumber: 2,
        cells: ['KETTLING', '=CONCATENATE("Alma","ty")'],
        formulas: [
          { column: 0, formula: '=UPPER("kettling")', hasCachedValue: true },
          { column: 1, formula: '=CONCATENATE("Alma","ty")', hasCachedValue: false },
        ],
      },
    ]);
  });
});

describe('formulasInSheetXml', () => {
  it('finds prefixed and shared formulas, unescaping the formula text', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row r="3"><x:c r="AB3" t="str"><x:f>IF(A1&lt;2,"a&amp;b","")</x:f><x:v>a&amp;b</x:v></x:c>' +
      '<x:c r="AC3"><x:f t="shared" si="0"/></x:c><x:c r="AD3"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect([...formulasInSheetXml(xml)]).toEqual([
      [3, [{ column: 27, formula: '=IF(A1<2,"a&b","")', hasCachedValue: true }, { column: 28, formula: '=…', hasCachedValue: false }]],
    ]);
  });
});

describe('readSpreadsheetFile', () => {
  it('refuses a file that claims to be .xlsx but is not a workbook', async () => {
    const result = await readSpreadsheetFile(new File(['Title,Date\n'], 'cases.xlsx'));
    expect(result).toEqual({ ok: false, error: { code: 'file.unreadable', severity: 'error' } });
  });

  it('refuses an old binary .xls, which it cannot read', async () => {
    const result = await readSpreadsheetFile(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'cases.xls'));
    expect(result).toEqual({ ok: false, error: { code: 'file.unsupportedType', severity: 'error' } });
  });
});
