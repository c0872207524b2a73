// Bulk import (the spreadsheet importer calls this): every row is validated and written inside ONE Dexie
// transaction, appended to the journal as one group, so one bad row aborts the lot and the vault is left exactly
// as it was.
import { ok, TamgaError, type Result } from '../../shared/result';
import type { InputOf, ModelTable, RecordOf } from './record-model';
import { checkReferences, prepare, type RecordsContext } from './record-store';

export type ImportBatch = {
  cases?: InputOf<'cases'>[];
  people?: InputOf<'people'>[];
  sources?: InputOf<'sources'>[];
  events?: InputOf<'events'>[];
  casePeople?: InputOf<'casePeople'>[];
};
export type ImportSummary = { [T in keyof ImportBatch]-?: number };

// Written in this order so links point backwards: events and people links name cases and people already written.
const ORDER = ['cases', 'people', 'sources', 'events', 'casePeople'] as const;

export async function importBatch(ctx: RecordsContext, batch: ImportBatch): Promise<Result<ImportSummary>> {
  ctx.live();
  await ctx.settled();
  ctx.live();
  const pending = new Map<ModelTable, Set<string>>();
  for (const table of ORDER) pending.set(table, new Set((batch[table] ?? []).flatMap((r) => (r.id ? [r.id] : []))));
  const written = new Map<ModelTable, RecordOf<ModelTable>[]>();
  try {
    await ctx.db.journaled(ORDER.map((t) => ctx.db.table(t)), async () => {
      for (const table of ORDER) {
        const records: RecordOf<typeof table>[] = [];
        for (const [row, input] of (batch[table] ?? []).entries()) {
          const prepared = prepare(ctx, table, input as InputOf<typeof table>, row);
          const linked = prepared.ok ? checkReferences(ctx, table, prepared.value, pending) : prepared;
          if (!linked.ok) throw new TamgaError(linked.error.code, { ...linked.error.details, row });
          records.push(linked.value);
        }
        await ctx.db.table(table).bulkPut(records);
        written.set(table, records);
      }
    });
  } catch (error) {
    if (error instanceof TamgaError) return { ok: false, error: error.details ? { code: error.code, details: error.details } : { code: error.code } };
    throw error;
  }
  for (const table of ORDER) ctx.working.put(table, written.get(table) ?? []);
  return ok({ cases: batch.cases?.length ?? 0, people: batch.people?.length ?? 0, sources: batch.sources?.length ?? 0, events: batch.events?.length ?? 0, casePeople: batch.casePeople?.length ?? 0 });
}
