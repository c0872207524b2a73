/**
 * .xlsx → one SheetTable per sheet. read-excel-file reads values (shared strings, dates by cell style); formula
 * cells are found separately (xlsx-formulas.ts) so a formula without a cached value shows its text instead of
 * silently turning into an empty cell, and every formula-derived value is flagged.
 */
import readXlsxFile from 'read-excel-file/universal';
import { toSheetTable, type SheetTable } from '../../../shared/spreadsheet/sheet-table';
import { formulasInWorkbook } from './xlsx-formulas';

export type WorkbookSheet = { name: string; table: SheetTable };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Cell values as text. Numbers stay as Excel stored them (parseNumber below), so "174.1" is not re-rounded. */
function cellText(value: string | boolean | Date | null | undefined | typeof Date): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // read-excel-file builds dates in UTC from Excel's day count, so UTC getters give back the day that was typed.
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export async function readXlsxBytes(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  // A standalone ArrayBuffer: the view may sit inside a larger buffer, and the reader takes the whole buffer.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile<string>(buffer, { parseNumber: (text) => text, trim: false });
  const formulas = formulasInWorkbook(bytes);
  return sheets.map(({ sheet, data }) => {
    const formulasByRow = formulas.get(sheet) ?? new Map();
    const grid = data.map((row) => row.map(cellText));
    for (const [rowNumber, notes] of formulasByRow) {
      for (const note of notes) {
        if (note.hasCachedValue || note.formula === '=…') continue; // a shared formula's text is not in its cell
        const cells = (grid[rowNumber - 1] ??= []);
        while (cells.length <= note.column) cells.push('');
        cells[note.column] = note.formula; // no value was ever computed: the formula text is the only content
      }
    }
    return { name: sheet, table: toSheetTable(grid, formulasByRow) };
  });
}
