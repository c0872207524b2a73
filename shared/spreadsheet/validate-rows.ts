/**
 * Sheet rows + the person's column mapping → case rows ready to import, and every problem found, pinned to its row
 * and column. Errors block a row (the import is all-or-nothing unless the person chooses to skip such rows);
 * warnings are shown but never block. Nothing is truncated or "fixed" silently: evidence stays as written.
 */
import { missingRequiredFields, type ColumnMapping, type TargetField } from './column-mapping';
import { readCaseDate } from './case-date';
import { readCaseStatus } from './case-status';
import type { FileIssue, SheetRow, SheetTable } from './sheet-table';

export type MappedCaseRow = {
  rowNumber: number;
  title: string;
  summary?: string;
  /** 'open' | 'closed' when recognised, otherwise the status text as written. */
  status: string;
  /** yyyy, yyyy-mm, yyyy-mm-dd or yyyy-mm-ddThh:mm when recognised, otherwise the text as written. */
  dateText?: string;
  place?: string;
  /** Names kept in the script and spelling given (Алнур Ильяшев and Alnur Ilyashev are both kept as written). */
  people: string[];
  tags: string[];
  source?: string;
};

/** Keys in the `spreadsheet` i18n namespace. */
export const rowIssueCodes = {
  titleMissing: 'issue.titleMissing',
  dateInvalid: 'issue.dateInvalid',
  dateUnrecognised: 'issue.dateUnrecognised',
  tooLong: 'issue.tooLong',
  formulaNotExecuted: 'issue.formulaNotExecuted',
  formulaCachedValue: 'issue.formulaCachedValue',
  duplicateRow: 'issue.duplicateRow',
} as const;
export type RowIssueCode = (typeof rowIssueCodes)[keyof typeof rowIssueCodes];

export type RowIssue = {
  rowNumber: number;
  column: TargetField;
  code: RowIssueCode;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
};

export type RowValidation = {
  rows: MappedCaseRow[];
  issues: RowIssue[];
  /** Rows that carry at least one error; the import refuses them unless they are skipped. */
  errorRows: ReadonlySet<number>;
  fileIssues: FileIssue[];
};

/** Longest text per field; longer is an error rather than a silent cut. Sized for real titles and narratives. */
export const maxLength: Record<TargetField, number> = {
  title: 300,
  summary: 20_000,
  status: 100,
  date: 100,
  place: 300,
  people: 300, // per person
  tags: 200, // per tag
  source: 2_000,
};

const ERROR_CODES: ReadonlySet<RowIssueCode> = new Set([rowIssueCodes.titleMissing, rowIssueCodes.dateInvalid, rowIssueCodes.tooLong]);

// People and articles are listed with ";" or on separate lines within a cell (Alt+Enter in Excel). Commas are not
// separators: "Ilyashev, Alnur" is one person and "ст. 274, ч. 4" one article.
const splitList = (text: string): string[] => text.split(/[;\n\r]+/).map((part) => part.trim()).filter((part) => part !== '');

const dedupeKey = (title: string, date: string): string => `${title.toLowerCase().replace(/\s+/g, ' ')}\u0000${date}`;

export function validateRows(table: SheetTable, mapping: ColumnMapping): RowValidation {
  const fileIssues: FileIssue[] = [...table.fileIssues];
  for (const field of missingRequiredFields(mapping)) {
    if (field === 'title') fileIssues.push({ code: 'file.titleColumnMissing', severity: 'error' });
  }
  if (missingRequiredFields(mapping).length > 0) return { rows: [], issues: [], errorRows: new Set(), fileIssues };

  const rows: MappedCaseRow[] = [];
  const issues: RowIssue[] = [];
  const errorRows = new Set<number>();
  const firstRowByKey = new Map<string, number>();

  for (const sheetRow of table.rows) {
    const rowIssues: RowIssue[] = [];
    const raise = (column: TargetField, code: RowIssueCode, params?: RowIssue['params']): void => {
      const severity = ERROR_CODES.has(code) ? 'error' : 'warning';
      rowIssues.push(params ? { rowNumber: sheetRow.rowNumber, column, code, severity, params } : { rowNumber: sheetRow.rowNumber, column, code, severity });
    };
    const cell = (field: TargetField): string => {
      const column = mapping[field];
      return column === null ? '' : (sheetRow.cells[column] ?? '').trim();
    };
    const checkLength = (field: TargetField, ...values: string[]): void => {
      if (values.some((value) => value.length > maxLength[field])) raise(field, rowIssueCodes.tooLong, { max: maxLength[field] });
    };

    const row: MappedCaseRow = { rowNumber: sheetRow.rowNumber, title: cell('title'), status: readCaseStatus(cell('status')), people: splitList(cell('people')), tags: splitList(cell('tags')) };
    if (row.title === '') raise('title', rowIssueCodes.titleMissing);
    for (const field of ['summary', 'place', 'source'] as const) {
      const value = cell(field);
      if (value !== '') row[field] = value;
    }
    const dateText = cell('date');
    if (dateText !== '') {
      const date = readCaseDate(dateText);
      if (date.kind === 'invalid') raise('date', rowIssueCodes.dateInvalid, { value: dateText });
      if (date.kind === 'unrecognised') raise('date', rowIssueCodes.dateUnrecognised, { value: dateText });
      row.dateText = date.kind === 'date' ? date.iso : dateText;
    }
    checkLength('title', row.title);
    for (const field of ['summary', 'place', 'source', 'status', 'date'] as const) checkLength(field, cell(field));
    checkLength('people', ...row.people);
    checkLength('tags', ...row.tags);
    flagFormulas(sheetRow, mapping, raise);

    if (row.title !== '') {
      const key = dedupeKey(row.title, row.dateText ?? '');
      const first = firstRowByKey.get(key);
      if (first === undefined) firstRowByKey.set(key, row.rowNumber);
      else raise('title', rowIssueCodes.duplicateRow, { row: first });
    }

    rows.push(row);
    issues.push(...rowIssues);
    if (rowIssues.some((issue) => issue.severity === 'error')) errorRows.add(row.rowNumber);
  }
  if (rows.length === 0 && !fileIssues.some((issue) => issue.code === 'file.empty')) fileIssues.push({ code: 'file.empty', severity: 'error' });
  return { rows, issues, errorRows, fileIssues };
}

/** Only formulas in imported columns matter; one in an ignored column changes nothing Tamga stores. */
function flagFormulas(row: SheetRow, mapping: ColumnMapping, raise: (column: TargetField, code: RowIssueCode, params?: RowIssue['params']) => void): void {
  for (const note of row.formulas ?? []) {
    for (const [field, column] of Object.entries(mapping) as [TargetField, number | null][]) {
      if (column !== note.column) continue;
      raise(field, note.hasCachedValue ? rowIssueCodes.formulaCachedValue : rowIssueCodes.formulaNotExecuted, { formula: note.formula });
    }
  }
}

/** The rows an import would write: every row, or only those without errors when the person chose to skip them. */
export const rowsToImport = (validation: RowValidation, skipRowsWithErrors: boolean): MappedCaseRow[] =>
  skipRowsWithErrors ? validation.rows.filter((row) => !validation.errorRows.has(row.rowNumber)) : validation.rows;
