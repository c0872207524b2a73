// CRUD for one table of domain records: validated by the model schema, linked ids checked against the working
// set, written through the sealing middleware, and mirrored into the working set and search index.
import type { z } from 'zod';
import { newRecordId } from '../../shared/model';
import { fail, ok, TamgaError, type Result } from '../../shared/result';
import type { RecordsDatabase } from './database';
import { CASE_SCOPED, MODEL_SCHEMAS, REFERENCES, type InputOf, type ModelTable, type RecordOf } from './record-model';
import type { WorkingSet } from './working-set';

export type RecordsContext = {
  db: RecordsDatabase;
  working: WorkingSet;
  now: () => Date;
  /** Throws vault.locked once the records were disposed. */
  live: () => void;
  /**
   * Resolves once the working set is verified against the rows (open-records.ts); every write waits for it. A
   * write validates links and keeps createdAt from the working set, and a table refreshed after verification is
   * replaced whole, so a write that ran against the unverified snapshot could check links against records already
   * deleted, or be overwritten by the refresh. Held back, no write can meet either. Callers check live() again
   * after awaiting it: the vault may have been locked meanwhile.
   */
  settled: () => Promise<void>;
};

export type RecordStore<T, I> = {
  /** Every live record (merge tombstones left out), newest change first. */
  list(): Promise<T[]>;
  /** Reads through to the database, so a row altered after unlock is refused with records.unreadable. */
  get(id: string): Promise<T | undefined>;
  /** Creates (no id, or an unknown id) or updates; sets updatedAt and keeps createdAt. */
  save(input: I): Promise<Result<T>>;
  delete(id: string): Promise<void>;
};
export type CaseScopedStore<T, I> = RecordStore<T, I> & { listByCase(caseId: string): Promise<T[]> };

/** The first schema problem as records.invalid details a person can act on. */
export function invalid(table: string, error: z.ZodError, row?: number): Result<never> {
  const issue = error.issues[0];
  const details: Record<string, string | number> = {
    table,
    field: issue?.path.join('.') || '(record)',
    problem: issue?.message ?? 'invalid',
  };
  if (row !== undefined) details.row = row;
  return fail('records.invalid', details);
}

/** Fills id and timestamps and validates; the same path serves save() and importBatch(). */
export function prepare<T extends ModelTable>(ctx: RecordsContext, table: T, input: InputOf<T>, row?: number): Result<RecordOf<T>> {
  const existing = input.id ? ctx.working.get(table, input.id) : undefined;
  const now = ctx.now().toISOString();
  const candidate = { ...input, id: input.id ?? newRecordId(), createdAt: existing?.createdAt ?? input.createdAt ?? now, updatedAt: now };
  const parsed = MODEL_SCHEMAS[table].safeParse(candidate);
  if (!parsed.success) return invalid(table, parsed.error, row);
  return ok(parsed.data as RecordOf<T>);
}

/** A link to a record that does not exist (here or among `pending`, the rest of an import) is refused. */
export function checkReferences<T extends ModelTable>(
  ctx: RecordsContext,
  table: T,
  record: RecordOf<T>,
  pending?: ReadonlyMap<ModelTable, ReadonlySet<string>>,
): Result<RecordOf<T>> {
  for (const [field, target] of REFERENCES[table]) {
    const id = (record as Record<string, unknown>)[field];
    if (typeof id !== 'string') continue;
    if (!ctx.working.get(target, id) && !pending?.get(target)?.has(id)) return fail('records.missing', { table: target, id, field });
  }
  return ok(record);
}

const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
const isLive = (record: object) => !('mergedInto' in record && record.mergedInto);

export function createRecordStore<T extends ModelTable>(ctx: RecordsContext, table: T): CaseScopedStore<RecordOf<T>, InputOf<T>> {
  const dexieTable = () => ctx.db.table<RecordOf<T>, string>(table);
  return {
    async list() {
      ctx.live();
      return ctx.working.all(table).filter(isLive).sort(newestFirst);
    },
    async listByCase(caseId) {
      ctx.live();
      return ctx.working.all(table).filter((r) => 'caseId' in r && r.caseId === caseId).sort(newestFirst);
    },
    async get(id) {
      ctx.live();
      return dexieTable().get(id);
    },
    async save(input) {
      ctx.live();
      await ctx.settled();
      ctx.live();
      const prepared = prepare(ctx, table, input);
      if (!prepared.ok) return prepared;
      const linked = checkReferences(ctx, table, prepared.value);
      if (!linked.ok) return linked;
      try {
        await dexieTable().put(prepared.value);
      } catch (error) {
        // A refused journal append (vault locked, disk full…) is a save that did not happen, said as such.
        if (error instanceof TamgaError) return { ok: false, error: error.details ? { code: error.code, details: error.details } : { code: error.code } };
        throw error;
      }
      ctx.working.put(table, [prepared.value]);
      return prepared;
    },
    async delete(id) {
      ctx.live();
      await ctx.settled();
      ctx.live();
      if (table === 'cases') return deleteCase(ctx, id);
      if (table === 'people') return deletePerson(ctx, id);
      await dexieTable().delete(id);
      ctx.working.remove(table, id);
    },
  };
}

// A case owns its timeline, links, notes, claims and proceedings: deleting it deletes them in one transaction.
async function deleteCase(ctx: RecordsContext, caseId: string): Promise<void> {
  const { db } = ctx;
  const removed: [ModelTable, string][] = [['cases', caseId]];
  await db.journaled([db.cases, db.custodyRefs, ...CASE_SCOPED.map((t) => db.table(t))], async () => {
    for (const table of CASE_SCOPED) {
      const ids = (await db.table(table).where('caseId').equals(caseId).primaryKeys()) as string[];
      await db.table(table).bulkDelete(ids);
      for (const id of ids) removed.push([table, id]);
    }
    await db.custodyRefs.where('caseId').equals(caseId).delete();
    await db.cases.delete(caseId);
  });
  for (const [table, id] of removed) ctx.working.remove(table, id);
}


// A person's links to cases go with the person, so no case lists someone who no longer exists.
async function deletePerson(ctx: RecordsContext, personId: string): Promise<void> {
  const { db } = ctx;
  let links: string[] = [];
  await db.journaled([db.people, db.casePeople], async () => {
    links = (await db.casePeople.where('personId').equals(personId).primaryKeys()) as string[];
    await db.casePeople.bulkDelete(links);
    await db.people.delete(personId);
  });
  for (const id of links) ctx.working.remove('casePeople', id);
  ctx.working.remove('people', personId);
}
