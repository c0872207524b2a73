/**
 * The one shape every spreadsheet reader (CSV, XLSX) hands to mapping and validation, so those never care where a
 * table came from. Cells are text exactly as the file holds them; nothing here is ever computed by Tamga.
 */

/** A cell that held a formula. Tamga never evaluates it; it keeps what the editor last saved, or the formula text. */
export type FormulaNote = { column: number; formula: string; hasCachedValue: boolean };

export type SheetRow = {
  /** The row number a person sees in Excel (the header is row 1), so messages point at the right line. */
  rowNumber: number;
  cells: string[];
  formulas?: FormulaNote[];
};

export type FileIssueCode =
  | 'file.unreadable'
  | 'file.unsupportedType'
  | 'file.empty'
  | 'file.titleColumnMissing'
  | 'file.unclosedQuote'
  | 'file.readAsWindows1251'
  | 'file.bytesReplaced';

export type FileIssue = {
  /** Key in the `spreadsheet` i18n namespace. */
  code: FileIssueCode;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
};

export type SheetTable = {
  header: string[];
  rows: SheetRow[];
  /** What reading the file itself turned up (encoding fallbacks, broken quoting); validation adds its own. */
  fileIssues: FileIssue[];
};

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Splits a grid into header and data rows. Leading blank rows are skipped (people often leave a gap above the
 * header), and blank rows inside the data are dropped but still counted, so row numbers match the sheet.
 */
export function toSheetTable(
  grid: readonly string[][],
  formulasByRow: ReadonlyMap<number, FormulaNote[]> = new Map(),
  fileIssues: FileIssue[] = [],
): SheetTable {
  const headerIndex = grid.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { header: [], rows: [], fileIssues: [...fileIssues, { code: 'file.empty', severity: 'error' }] };
  const header = grid[headerIndex]!.map((name) => name.trim());
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const cells = grid[index]!;
    const formulas = formulasByRow.get(index + 1);
    if (isBlank(cells) && !formulas) continue;
    rows.push(formulas ? { rowNumber: index + 1, cells, formulas } : { rowNumber: index + 1, cells });
  }
  return { header, rows, fileIssues };
}
