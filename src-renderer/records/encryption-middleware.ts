// Defends against: anyone who copies the IndexedDB files reading case content, or moving a sealed payload onto
// another row (I6). Every put is sealed by record-seal.ts (AES-GCM, AAD = table + id) and every read is opened
// and checked before Dexie hands it out; a row that fails is a records.unreadable TamgaError, never data.
// Tests: tests/component/records/encryption-at-rest.test.ts and open-path.test.ts.
//
// Writes to journaled tables then go to main's record journal (journal-writer.ts) before IndexedDB gets them, so a
// refused append fails the write and leaves IndexedDB as it was. Tests: tests/component/records/record-journal.test.ts.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import type { JournalWrite } from '../../shared/ipc/channels/records';
import { TamgaError } from '../../shared/result';
import type { RecordKeys } from '../platform/record-keys';
import { blindIndex } from './blind-index';
import { isJournalTable } from './journal-client';
import { putWrite } from './journal-rows';
import type { JournalWriter } from './journal-writer';
import { sealRecord } from './record-seal';
import { plainColumns, TABLE_SPECS, type TableSpec } from '../../shared/records/record-tables';
import { openSealedRow, SEALED_COLUMN } from './sealed-row';

type AnyRecord = Record<string, unknown>;

// WebCrypto is not IndexedDB: awaiting it inside a transaction lets the transaction auto-commit. Dexie.waitFor
// keeps the transaction alive with dummy requests until the crypto (or a journal append) settles, so merges can
// read, then write.
export const keepAlive = <T>(work: Promise<T>): Promise<T> => Promise.resolve(Dexie.waitFor(work, 10 * 60_000));

function wrapTable(down: DBCoreTable, spec: TableSpec, keys: RecordKeys, writer: JournalWriter | undefined): DBCoreTable {
  const name = down.name;
  const journal = isJournalTable(name) ? name : undefined;
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

  // The ids a range delete removes, read in the same transaction, so each is journaled by name.
  async function deletedKeys(req: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>): Promise<unknown[]> {
    const found = await down.query({ trans: req.trans, values: false, query: { index: down.schema.primaryKey, range: req.range } });
    return found.result;
  }

  return {
    ...down,
    async mutate(req) {
      const trans = req.trans as IDBTransaction;
      // Not journaled: a schema upgrade rewriting rows it already holds. A database from before the journal is sent
      // to it whole at open (journal-sync.ts); an upgrade that rewrites rows of a journaled one must journal them.
      const journaled = journal && writer && trans.mode !== 'versionchange' ? { table: journal, writer } : undefined;
      if (req.type === 'delete' || req.type === 'deleteRange') {
        if (journaled) {
          const ids = req.type === 'delete' ? req.keys : await deletedKeys(req);
          const writes = ids.map((id): JournalWrite => ({ op: 'delete', table: journaled.table, id: String(id) }));
          await keepAlive(journaled.writer.record(trans, writes));
        }
        return down.mutate(req);
      }
      const values = await keepAlive(Promise.all(req.values.map(toRow)));
      // Durable in the journal before IndexedDB sees it; if the append is refused, so is this write.
      if (journaled) await keepAlive(journaled.writer.record(trans, values.map((row) => putWrite(journaled.table, row))));
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

export function createEncryptionMiddleware(keys: RecordKeys, writer?: JournalWriter): Middleware<DBCore> {
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
          return wrapTable(down.table(tableName), spec, keys, writer);
        },
      };
    },
  };
}
