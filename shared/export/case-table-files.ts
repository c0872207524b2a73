// The table of cases by article as files a partner opens: CSV for any tool, XLSX for Excel and LibreOffice.
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { rowCells, type CaseTable } from './case-table';

const BOM = '\uFEFF';

/**
 * A cell as CSV text. A cell that starts like a formula is prefixed with an apostrophe: a case title typed as
 * "=HYPERLINK(…)" must not run in the partner's spreadsheet (OWASP's CSV injection advice).
 */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte-order mark, so Excel opens Cyrillic and Kazakh letters as themselves; CRLF as RFC 4180 says. */
export function caseTableCsv(table: CaseTable): Uint8Array {
  const lines = [table.columns, ...table.rows.map(rowCells)].map((cells) => cells.map(csvCell).join(','));
  return new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`);
}

const COLUMN_WIDTHS = [40, 12, 18, 18, 24, 18, 36, 36, 10, 34];

/** One sheet, header row bold and kept in view; every text cell is typed as text, so nothing in it is a formula. */
export async function caseTableXlsx(table: CaseTable, sheetName: string): Promise<Uint8Array> {
  const header: Row = table.columns.map((value) => ({ value, type: String, fontWeight: 'bold' }));
  const rows: Row[] = table.rows.map((row) =>
    rowCells(row).map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String, wrap: true, alignVertical: 'top' })),
  );
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const blob = await writeXlsxFile([header, ...rows], { sheet, columns: COLUMN_WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
