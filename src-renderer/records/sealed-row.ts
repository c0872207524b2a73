// Defends against: a stored row whose payload was altered, moved from another row, or whose clear columns were
// edited to relink it (I6). One function opens a stored row for every reader, the middleware and the bulk read at
// open alike, so both refuse exactly the same rows. Payload format: record-seal.ts.
import { TamgaError } from '../../shared/result';
import { openRecord } from './record-seal';
import { plainColumns, type TableSpec } from '../../shared/records/record-tables';

type AnyRecord = Record<string, unknown>;

/** The column that holds the sealed payload; every other column is a clear copy or a blind index. */
export const SEALED_COLUMN = 'sealed';

/** Opens one stored row or throws records.unreadable. */
export async function openSealedRow(key: CryptoKey, table: string, spec: TableSpec, row: unknown): Promise<AnyRecord> {
  const stored = row as AnyRecord;
  const id = String(stored?.id);
  const record = (await openRecord(key, table, id, stored?.[SEALED_COLUMN])) as AnyRecord;
  // The clear columns are copies; if one no longer matches the sealed truth, someone edited the row.
  const expected = plainColumns(spec, record);
  const edited = record?.id !== id || Object.entries(expected).some(([c, v]) => c in stored && stored[c] !== v);
  if (edited) throw new TamgaError('records.unreadable', { table, id });
  return record;
}
