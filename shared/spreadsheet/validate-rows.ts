/**
 * Sheet rows + the person's column mapping → case rows ready to import, and every problem found, pinned to its row
 * and column. Errors block a row (the import is all-or-nothing unless the person chooses to skip such rows);
 * warnings are shown but never block. Nothing is truncated or "fixed" silently: evidence stays as written.
 */
import { loadCatalog, type Catalog, type Lang } from '../catalog';
import { stricterConsent, type ApproximateDate, type Consent } from '../model';
import { articleCodeReader, type ArticleReading } from './article-code';
import { readRowDate } from './case-date';
import { readCaseStatus } from './case-status';
import { missingRequiredFields, type ColumnMapping, type TargetField } from './column-mapping';
import { readConsent } from './consent-text';
import type { FileIssue, SheetRow, SheetTable } from './sheet-table';
import { sourceIndex, type KnownSource, type SourceMatch } from './source-match';

export type MappedCaseRow = {
  rowNumber: number;
  title: string;
  summary?: string;
  /** 'open' | 'closed' when recognised, otherwise the status text as written. */
  status: string;
  /** The date cell as written. */
  dateText?: string;
  /** What the date cell means, read as the case editor reads a typed date; absent when it cannot be read. */
  date?: ApproximateDate;
  /** hh:mm the date cell also gave; a case date cannot hold it, so the cell is kept in the summary. */
  time?: string;
  place?: string;
  /** Names kept in the script and spelling given (Алнур Ильяшев and Alnur Ilyashev are both kept as written). */
  people: string[];
  /** What the row's people agreed to; absent when the row does not say, and they are then recorded internal-only. */
  consent?: Consent;
  /** Each article code as written and the catalog tag it became, if any. */
  tags: ArticleReading[];
  /** The source as written and the recorded (or new) source it stands for. */
  source?: { written: string; match: SourceMatch };
};

/** What rows are read against: the reader's language, the catalog the tag picker uses, and the recorded sources. */
export type RowContext = { lang: Lang; catalog: Catalog; sources: readonly KnownSource[] };

const defaultContext = (): RowContext => ({ lang: 'en', catalog: loadCatalog(), sources: [] });

/** Keys in the `spreadsheet` i18n namespace. */
export const rowIssueCodes = {
  titleMissing: 'issue.titleMissing',
  dateInvalid: 'issue.dateInvalid',
  dateUnrecognised: 'issue.dateUnrecognised',
  timeNotKept: 'issue.timeNotKept',
  tagAmbiguous: 'issue.tagAmbiguous',
  tagUnknown: 'issue.tagUnknown',
  consentUnrecognised: 'issue.consentUnrecognised',
  consentMissing: 'issue.consentMissing',
  consentSeveral: 'issue.consentSeveral',
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
  consent: 200,
  tags: 200, // per tag
  source: 2_000,
};

const ERROR_CODES: ReadonlySet<RowIssueCode> = new Set([rowIssueCodes.titleMissing, rowIssueCodes.dateInvalid, rowIssueCodes.tooLong]);

// People and articles are listed with ";" or on separate lines within a cell (Alt+Enter in Excel). Commas are not
// separators: "Ilyashev, Alnur" is one person and "ст. 274, ч. 4" one article.
const splitList = (text: string): string[] => text.split(/[;\n\r]+/).map((part) => part.trim()).filter((part) => part !== '');

const dedupeKey = (title: string, date: string): string => `${title.toLowerCase().replace(/\s+/g, ' ')}\u0000${date}`;

export function validateRows(table: SheetTable, mapping: ColumnMapping, context: RowContext = defaultContext()): RowValidation {
  const fileIssues: FileIssue[] = [...table.fileIssues];
  for (const field of missingRequiredFields(mapping)) {
    if (field === 'title') fileIssues.push({ code: 'file.titleColumnMissing', severity: 'error' });
  }
  if (missingRequiredFields(mapping).length > 0) return { rows: [], issues: [], errorRows: new Set(), fileIssues };

  const rows: MappedCaseRow[] = [];
  const issues: RowIssue[] = [];
  const errorRows = new Set<number>();
  const firstRowByKey = new Map<string, number>();
  const readArticle = articleCodeReader(context.lang, context.catalog);
  const consentOf = onceEach(readConsent);
  const dateOf = onceEach((text) => readRowDate(text, context.lang));
  const readSource = sourceReader(context.sources);

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

    const row: MappedCaseRow = { rowNumber: sheetRow.rowNumber, title: cell('title'), status: readCaseStatus(cell('status')), people: splitList(cell('people')), tags: [] };
    if (row.title === '') raise('title', rowIssueCodes.titleMissing);
    for (const field of ['summary', 'place'] as const) {
      const value = cell(field);
      if (value !== '') row[field] = value;
    }
    const dateText = cell('date');
    if (dateText !== '') {
      row.dateText = dateText;
      const date = dateOf(dateText);
      if (date.kind === 'invalid') raise('date', rowIssueCodes.dateInvalid, { value: dateText });
      if (date.kind === 'unrecognised') raise('date', rowIssueCodes.dateUnrecognised, { value: dateText });
      if (date.kind === 'date') row.date = date.date;
      if (date.kind === 'date' && date.time) {
        row.time = date.time;
        raise('date', rowIssueCodes.timeNotKept, { time: date.time });
      }
    }
    if (mapping.consent !== null && row.people.length > 0) readRowConsent(row, cell('consent'), consentOf, raise);
    for (const written of splitList(cell('tags'))) {
      const reading = readArticle(written);
      row.tags.push(reading);
      if (reading.kind === 'ambiguous') raise('tags', rowIssueCodes.tagAmbiguous, { value: written });
      if (reading.kind === 'unknown') raise('tags', rowIssueCodes.tagUnknown, { value: written });
    }
    const source = cell('source');
    if (source !== '') row.source = { written: source, match: readSource(source) };
    checkLength('title', row.title);
    for (const field of ['summary', 'place', 'source', 'status', 'date', 'consent'] as const) checkLength(field, cell(field));
    checkLength('people', ...row.people);
    checkLength('tags', ...row.tags.map((tag) => tag.written));
    flagFormulas(sheetRow, mapping, raise);

    if (row.title !== '') {
      const key = dedupeKey(row.title, row.date ? JSON.stringify(row.date) : (row.dateText ?? ''));
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

type Raise = (column: TargetField, code: RowIssueCode, params?: RowIssue['params']) => void;

/** One consent for everyone the row names; several different ones give way to the most protective of them. */
function readRowConsent(row: MappedCaseRow, text: string, consentOf: (text: string) => Consent | undefined, raise: Raise): void {
  const written = splitList(text);
  if (written.length === 0) return raise('consent', rowIssueCodes.consentMissing);
  const read = written.map(consentOf);
  const unread = written.find((_, i) => read[i] === undefined);
  if (unread !== undefined) return raise('consent', rowIssueCodes.consentUnrecognised, { value: unread });
  const consents = [...new Set(read as Consent[])];
  row.consent = consents.reduce(stricterConsent);
  if (consents.length > 1) raise('consent', rowIssueCodes.consentSeveral);
}

/** A column repeats a handful of values over thousands of rows, so each distinct one is read once. */
function onceEach<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, read(text));
    return seen.get(text) as T;
  };
}

/**
 * Recorded sources first; then sources this file introduced in earlier rows, so "HRW" in row 9 joins the Human
 * Rights Watch that row 2 adds instead of becoming a second new source.
 */
function sourceReader(recorded: readonly KnownSource[]): (written: string) => SourceMatch {
  const sources = sourceIndex(recorded);
  return onceEach((written) => {
    const match = sources.match(written);
    if (match.kind === 'new' && match.name === written) sources.add({ id: written, name: written, aliases: [] });
    return match;
  });
}

/** Only formulas in imported columns matter; one in an ignored column changes nothing Tamga stores. */
function flagFormulas(row: SheetRow, mapping: ColumnMapping, raise: Raise): void {
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
