// Merging duplicates without losing history: everything linked to the absorbed record moves to the survivor in
// one transaction, and the absorbed record stays as a tombstone (mergedInto) so old references still resolve.
import type { Case, Person, PersonName } from '../../shared/model';
import { stricterConsent } from '../../shared/model';
import { ok, TamgaError, type Result } from '../../shared/result';
import { CASE_SCOPED, type ModelTable, type RecordOf } from './record-model';
import type { RecordsContext } from './record-store';

type Written = { table: ModelTable; records: RecordOf<ModelTable>[] }[];
const unionBy = <T>(items: readonly T[], key: (item: T) => string): T[] => [...new Map(items.map((i) => [key(i), i])).values()];

async function runMerge<T>(ctx: RecordsContext, tables: ModelTable[], work: (written: Written) => Promise<T>): Promise<Result<T>> {
  ctx.live();
  await ctx.settled();
  ctx.live();
  const written: Written = [];
  try {
    const value = await ctx.db.journaled(tables.map((t) => ctx.db.table(t)), () => work(written));
    for (const { table, records } of written) ctx.working.put(table, records);
    return ok(value);
  } catch (error) {
    if (error instanceof TamgaError) return { ok: false, error: { code: error.code, details: error.details } };
    throw error;
  }
}

async function loadPair<T extends 'cases' | 'people'>(ctx: RecordsContext, table: T, keepId: string, mergeId: string) {
  if (keepId === mergeId) throw new TamgaError('records.invalid', { table, field: 'id', problem: 'a record cannot be merged into itself' });
  const [keep, merged] = (await ctx.db.table(table).bulkGet([keepId, mergeId])) as (RecordOf<T> | undefined)[];
  for (const [record, id] of [[keep, keepId], [merged, mergeId]] as const) {
    if (!record || record.mergedInto) throw new TamgaError('records.missing', { table, id });
  }
  return [keep!, merged!] as const;
}

/** Moves mergeId's timeline, people links, notes, claims and proceedings onto keepId; mergeId becomes a tombstone. */
export function mergeCases(ctx: RecordsContext, keepId: string, mergeId: string): Promise<Result<Case>> {
  const { db } = ctx;
  return runMerge(ctx, ['cases', ...CASE_SCOPED], async (written) => {
    const [keep, merged] = await loadPair(ctx, 'cases', keepId, mergeId);
    const now = ctx.now().toISOString();
    for (const table of CASE_SCOPED) {
      const rows = await db.table(table).where('caseId').equals(mergeId).toArray();
      const moved = rows.map((r) => ({ ...r, caseId: keepId, updatedAt: now }));
      await db.table(table).bulkPut(moved);
      written.push({ table, records: moved });
    }
    // Cases merged into mergeId earlier now point straight at the survivor, so a tombstone chain is one step.
    const earlier = (await db.cases.where('mergedInto').equals(mergeId).toArray()).map((c) => ({ ...c, mergedInto: keepId, updatedAt: now }));
    const survivor: Case = {
      ...keep,
      tags: [...new Set([...keep.tags, ...merged.tags])],
      places: unionBy([...keep.places, ...merged.places], (p) => JSON.stringify(p)),
      assignees: [...new Set([...keep.assignees, ...merged.assignees])],
      mergedFrom: [...keep.mergedFrom, ...merged.mergedFrom, mergeId],
      updatedAt: now,
    };
    const tombstone: Case = { ...merged, mergedInto: keepId, updatedAt: now };
    await db.cases.bulkPut([survivor, tombstone, ...earlier]);
    written.push({ table: 'cases', records: [survivor, tombstone, ...earlier] });
    return survivor;
  });
}

/** One person recorded twice: all name variants and every link end up on keepId; consent takes the stricter. */
export function mergePeople(ctx: RecordsContext, keepId: string, mergeId: string): Promise<Result<Person>> {
  const { db } = ctx;
  return runMerge(ctx, ['people', 'casePeople', 'notes', 'proceedings'], async (written) => {
    const [keep, merged] = await loadPair(ctx, 'people', keepId, mergeId);
    const now = ctx.now().toISOString();
    const links = await db.casePeople.where('personId').equals(mergeId).toArray();
    const kept = await db.casePeople.where('personId').equals(keepId).toArray();
    const has = new Set(kept.map((l) => `${l.caseId}/${l.role}`));
    // The same role in the same case twice is one fact, so the duplicate link goes rather than doubling it.
    const duplicates = links.filter((l) => has.has(`${l.caseId}/${l.role}`));
    const moved = links.filter((l) => !has.has(`${l.caseId}/${l.role}`)).map((l) => ({ ...l, personId: keepId, updatedAt: now }));
    await db.casePeople.bulkDelete(duplicates.map((l) => l.id));
    await db.casePeople.bulkPut(moved);
    written.push({ table: 'casePeople', records: moved });
    for (const table of ['notes', 'proceedings'] as const) {
      const rows = await db.table(table).where('personId').equals(mergeId).toArray();
      const relinked = rows.map((r) => ({ ...r, personId: keepId, updatedAt: now }));
      await db.table(table).bulkPut(relinked);
      written.push({ table, records: relinked });
    }
    const names: PersonName[] = unionBy([...keep.names, ...merged.names.map((n) => ({ ...n, kind: n.kind === 'primary' ? ('variant' as const) : n.kind }))], (n) => n.text);
    const survivor: Person = {
      ...merged,
      ...keep,
      names,
      vulnerabilities: [...new Set([...keep.vulnerabilities, ...merged.vulnerabilities])],
      consent: stricterConsent(keep.consent, merged.consent),
      updatedAt: now,
    };
    const tombstone: Person = { ...merged, mergedInto: keepId, updatedAt: now };
    await db.people.bulkPut([survivor, tombstone]);
    written.push({ table: 'people', records: [survivor, tombstone] });
    for (const link of duplicates) ctx.working.remove('casePeople', link.id);
    return survivor;
  });
}
