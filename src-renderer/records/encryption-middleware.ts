// Defends against: anyone who copies the IndexedDB files reading case content, or moving a sealed payload onto
// another row (I6). Every put is sealed by record-seal.ts (AES-GCM, AAD = table + id) and every read is opened
// and checked before Dexie hands it out; a row that fails is a records.unreadable TamgaError, never data.
// Tests: tests/component/records/encryption-middleware.test.ts.
import Dexie, { type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import { TamgaError } from '../../shared/result';
import type { RecordKeys } from '../platform/record-keys';
import { blindIndex } from './blind-index';
import { sealRecord } from './record-seal';
import { plainColumns, TABLE_SPECS, type TableSpec } from './record-tables';
import { openSealedRow, SEALED_COLUMN } from './sealed-row';

type AnyRecord = Record<string, unknown>;

// WebCrypto is not IndexedDB: awaiting it inside a transaction lets the transaction auto-commit. Dexie.waitFor
// keeps the transaction alive with dummy requests until the crypto settles, so merges can read, then write.
const keepAlive = <T>(work: Promise<T>): Promise<T> => Promise.resolve(Dexie.waitFor(work, 10 * 60_000));

function wrapTable(down: DBCoreTable, spec: TableSpec, keys: RecordKeys): DBCoreTable {
  const name = down.name;
  const indexed = new Set(down.schema.indexes.map((i) => i.keyPath).filter((k): k is string => typeof k === 'string'));
  const blind = Object.entries(spec.blind ?? {}).filter(([column]) => indexed.has(column));

  async function toRow(record: unknown): Promise<AnyRecord> {
    const value = record as AnyRecord;
    if (typeof value?.id !== 'string') throw new TamgaError('records.invalid', { table: name, field: 'id', problem: 'missing' });
    const row: AnyRecord = { id: value.id };
    // Only indexed columns go in the clear: a column nothing queries is plaintext with no reason to exist.
    for (const [column, v] of Object.entries(plainColumns(spec, value))) {
      if (indexed.has(column) && v !== undefined) row[column] = v;
    }
    for (const [column, { domain, values }] of blind) {
      row[column] = await Promise.all(values(value).map((v) => blindIndex(keys.index, domain, v)));
    }
    row[SEALED_COLUMN] = await sealRecord(keys.records, name, value.id, value);
    return row;
  }

  const fromRow = (row: unknown): Promise<AnyRecord> => openSealedRow(keys.records, name, spec, row);

  return {
    ...down,
    async mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
      const values = await keepAlive(Promise.all(req.values.map(toRow)));
      const { criteria: _c, changeSpec: _s, updates: _u, ...rest } = req as typeof req & { criteria?: unknown; changeSpec?: unknown; updates?: unknown };
      return down.mutate({ ...rest, values });
    },
    async get(req) {
      const row = await down.get(req);
      return row === undefined ? undefined : keepAlive(fromRow(row));
    },
    async getMany(req) {
      const rows = await down.getMany(req);
      return keepAlive(Promise.all(rows.map((row) => (row === undefined ? undefined : fromRow(row)))));
    },
    async query(req) {
      const response = await down.query(req);
      if (!req.values) return response;
      return { ...response, result: await keepAlive(Promise.all(response.result.map(fromRow))) };
    },
    async openCursor(req) {
      // A cursor hands values out synchronously, which async decryption cannot serve. Use toArray/get instead.
      if (req.values !== false) throw new Error(`records: value cursors over sealed table ${name} are not supported`);
      return down.openCursor(req);
    },
  };
}

export function createEncryptionMiddleware(keys: RecordKeys): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'tamga-record-encryption',
    create(down) {
      return {
        ...down,
        table(tableName) {
          const spec = (TABLE_SPECS as Record<string, TableSpec>)[tableName];
          // Refuse rather than pass through: a table without a spec would store plaintext.
          if (!spec) throw new Error(`records: table ${tableName} has no sealing spec`);
          return wrapTable(down.table(tableName), spec, keys);
        },
      };
    },
  };
}
