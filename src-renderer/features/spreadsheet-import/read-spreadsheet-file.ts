/** A chosen file → its sheets, by extension: .csv (and .txt/.tsv exports) as text, .xlsx as a workbook. */
import { ok, type Result } from '../../../shared/result';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';
import { readCsvBytes } from './parse-csv';
import { readXlsxBytes, type WorkbookSheet } from './read-xlsx';

export type LoadedSpreadsheet = { fileName: string; sheets: WorkbookSheet[] };

export const acceptedFileTypes = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileIssue = (code: FileIssue['code']): Result<never, FileIssue> => ({ ok: false, error: { code, severity: 'error' } });

export async function readSpreadsheetFile(file: Blob & { name: string }): Promise<Result<LoadedSpreadsheet, FileIssue>> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (extension === 'xlsx') {
    try {
      return ok({ fileName: file.name, sheets: await readXlsxBytes(bytes) });
    } catch {
      // Not a zip, or a zip without a workbook: either way nothing could be read, and nothing was half-imported.
      return fileIssue('file.unreadable');
    }
  }
  if (['csv', 'tsv', 'txt'].includes(extension)) return ok({ fileName: file.name, sheets: [{ name: file.name, table: readCsvBytes(bytes) }] });
  return fileIssue('file.unsupportedType');
}
