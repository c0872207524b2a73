/**
 * CSV text → rows, with papaparse doing the quoting rules (RFC 4180: "" escapes, line breaks inside quotes).
 * It lives in the renderer because shared/ allows no third-party parsers (tests/unit/project/shared-dependencies);
 * the delimiter is chosen by our own sniffer, which papaparse's guess gets wrong on short `;` files.
 */
import Papa from 'papaparse';
import { decodeSpreadsheetText } from '../../../shared/spreadsheet/decode';
import { sniffDelimiter, type CsvDelimiter } from '../../../shared/spreadsheet/sniff-delimiter';
import { toSheetTable, type FileIssue, type FormulaNote, type SheetTable } from '../../../shared/spreadsheet/sheet-table';

export type ParsedCsv = { grid: string[][]; delimiter: CsvDelimiter; fileIssues: FileIssue[] };

export function parseCsvText(text: string): ParsedCsv {
  const delimiter = sniffDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const grid = result.data;
  // A final line break ends the last record; papaparse reports the nothing after it as one empty record.
  const last = grid[grid.length - 1];
  if (last && last.length === 1 && last[0] === '') grid.pop();
  const fileIssues: FileIssue[] = result.errors
    .filter((error) => error.code === 'MissingQuotes')
    .map((error) => ({ code: 'file.unclosedQuote', severity: 'warning', params: { row: (error.row ?? 0) + 1 } }));
  return { grid, delimiter, fileIssues };
}

/**
 * CSV holds no formulas, but a cell written as "=SUM(…)" is what a formula looks like to Excel. Tamga keeps it as
 * text and says so, so nobody assumes it was computed.
 */
function formulaLookalikes(grid: readonly string[][]): Map<number, FormulaNote[]> {
  const byRow = new Map<number, FormulaNote[]>();
  grid.forEach((cells, index) => {
    const notes = cells.flatMap((text, column) => (text.length > 1 && text.startsWith('=') ? [{ column, formula: text, hasCachedValue: false }] : []));
    if (notes.length > 0) byRow.set(index + 1, notes);
  });
  return byRow;
}

export function readCsvBytes(bytes: Uint8Array): SheetTable {
  const decoded = decodeSpreadsheetText(bytes);
  const { grid, fileIssues } = parseCsvText(decoded.text);
  if (decoded.encoding === 'windows-1251') fileIssues.unshift({ code: 'file.readAsWindows1251', severity: 'warning' });
  if (decoded.replacedCount > 0) fileIssues.unshift({ code: 'file.bytesReplaced', severity: 'warning', params: { count: decoded.replacedCount } });
  return toSheetTable(grid, formulaLookalikes(grid), fileIssues);
}
