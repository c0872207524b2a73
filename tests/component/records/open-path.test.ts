// The unlock path reads rows raw and opens them outside Dexie (table-load.ts). These tests hold it to the
// middleware's answer: the same records, the same refusals, reported the same way, and a search that never sees a
// half-built index.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId, type Case, type CaseEvent, type Person } from '../../../shared/model';
import { openRecords, type DamagedRow, type Records } from '../../../src-renderer/records';
import { RecordsDatabase } from '../../../src-renderer/records/database';
import { MODEL_TABLES, type ModelTable } from '../../../src-renderer/records/record-model';
import { TamgaError } from '../../../shared/result';
import type { RecordKeys } from '../../../src-renderer/platform/record-keys';
import { makeRecordKeys, uniqueDatabaseName, withRawTable } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Every model table, with merge tombstones, evidence, and rows spoiled in each way an attacker might try. */
async function mixedVault() {
  const keys = await makeRecordKeys();
  const name = uniqueDatabaseName('open-path');
  const records = await openRecords(keys, { name });
  const cases: Case[] = [];
  for (let i = 0; i < 6; i++) cases.push(unwrap(await records.cases.save({ title: `Дело ${i} Жаңаөзен`, summary: `case ${i}`, tags: [`CC-${i}`] })));
  const people: Person[] = [];
  for (let i = 0; i < 4; i++) people.push(unwrap(await records.people.save({ names: [{ text: `Ильяшев ${i}`, script: 'cyrillic', kind: 'primary' }] })));
  const source = unwrap(await records.sources.save({ kind: 'media', name: 'Vlast' }));
  const events: CaseEvent[] = [];
  for (const [i, kase] of cases.entries()) {
    unwrap(await records.casePeople.save({ caseId: kase.id, personId: people[i % 4]!.id, role: 'victim' }));
    events.push(unwrap(await records.events.save({ caseId: kase.id, type: 'charge', description: `Charged ${i}` })));
    unwrap(await records.notes.save({ caseId: kase.id, text: `note ${i}` }));
  }
  unwrap(await records.claims.save({ caseId: cases[0]!.id, field: 'ban.date', value: { type: 'date', date: { precision: 'month', year: 2020, month: 6 } }, sourceId: source.id }));
  unwrap(await records.proceedings.save({ caseId: cases[1]!.id, type: 'criminal', code: 'CC', article: '174' }));
  const itemId = newRecordId();
  unwrap(await records.caseItems.save({ caseId: cases[2]!.id, itemId }));
  unwrap(await records.itemTexts.save({ itemId, pages: [{ page: 1, text: 'приговор суда' }], hasTextLayer: true }));
  unwrap(await records.excerpts.save({ itemId, caseId: cases[2]!.id, page: 1, quote: 'приговор', tags: ['ICCPR-14'], createdAt: new Date().toISOString() }));
  unwrap(
    await records.reportProjects.save({
      title: 'Доклад КПЧ',
      target: { kind: 'treaty-body', mechanismId: 'MECH-CCPR', instrumentId: 'ICCPR' },
      country: 'KZ',
      period: { from: '2016-08-09', to: '2024-12-31' },
      organisations: ['КМБПЧ'],
    }),
  );
  unwrap(await records.cases.merge(cases[4]!.id, cases[5]!.id));
  unwrap(await records.people.merge(people[2]!.id, people[3]!.id));
  await records.drafts.put('draft-key', { text: 'half typed' });
  records.dispose();

  await withRawTable(name, 'cases', async (t) => {
    const row = await t.get(cases[0]!.id);
    row.sealed[row.sealed.length - 20] ^= 0x01; // flipped ciphertext byte
    await t.put(row);
    await t.update(cases[1]!.id, { sealed: new Uint8Array(8) }); // truncated payload
  });
  await withRawTable(name, 'people', async (t) => {
    const [a, b] = await t.bulkGet([people[0]!.id, people[1]!.id]);
    await t.bulkPut([{ ...a, sealed: b.sealed }, { ...b, sealed: a.sealed }]); // swapped payloads
  });
  await withRawTable(name, 'notes', async (t) => {
    const note = (await t.where('caseId').equals(cases[2]!.id).first()) as { id: string };
    await t.update(note.id, { caseId: cases[3]!.id }); // clear foreign id moved to another case
  });
  await withRawTable(name, 'events', async (t) => t.update(events[3]!.id, { sealed: 'not bytes' }));
  return { keys, name, cases };
}

/** The path openRecords used to take: each table through the sealing middleware, row by row where one fails. */
async function readThroughMiddleware(keys: RecordKeys, name: string) {
  const db = new RecordsDatabase(keys, { name });
  await db.open();
  const damaged: DamagedRow[] = [];
  const tables = {} as Record<ModelTable, { id: string }[]>;
  try {
    for (const table of MODEL_TABLES) {
      tables[table] = [];
      for (const id of (await db.table(table).toCollection().primaryKeys()) as string[]) {
        try {
          tables[table].push(await db.table(table).get(id));
        } catch (error) {
          if (!(error instanceof TamgaError && error.code === 'records.unreadable')) throw error;
          damaged.push({ table, id });
        }
      }
    }
  } finally {
    db.close();
  }
  return { tables, damaged };
}

const live = (r: object) => !('mergedInto' in r && r.mergedInto);
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('opening records at unlock', () => {
  it('loads the same records and refuses the same rows as reading through the middleware', async () => {
    const { keys, name } = await mixedVault();
    const expected = await readThroughMiddleware(keys, name);
    const records = await openRecords(keys, { name });
    open.push(records);

    expect(records.damaged()).toEqual(expected.damaged);
    expect(records.damaged()).toHaveLength(6);
    for (const table of MODEL_TABLES) {
      const store = records[table] as { list(): Promise<{ id: string }[]> };
      const listed = await store.list();
      expect(byId(listed), table).toEqual(byId(expected.tables[table].filter(live)));
      expect(listed.length, table).toBeGreaterThan(0);
    }
  });

  it('leaves a tampered row out of lists and search, and reports it via damaged()', async () => {
    const { keys, name, cases } = await mixedVault();
    const records = await openRecords(keys, { name });
    open.push(records);

    expect(records.damaged()).toContainEqual({ table: 'cases', id: cases[0]!.id });
    expect((await records.cases.list()).map((c) => c.id)).not.toContain(cases[0]!.id);
    await expect(records.cases.get(cases[0]!.id)).rejects.toMatchObject({ code: 'records.unreadable' });
    // Searched before any idle slice ran: search finishes the index itself rather than answer from part of it.
    const hits = records.search('Жаңаөзен', { kinds: ['case'] }).map((h) => h.id);
    expect(hits.sort()).toEqual([cases[2]!.id, cases[3]!.id, cases[4]!.id].sort());
  });

  it('keeps search and changes consistent while the index is still being built', async () => {
    const { keys, name, cases } = await mixedVault();
    const records = await openRecords(keys, { name });
    open.push(records);
    // A save before the idle build finishes must not be overwritten or indexed twice by the rest of the build.
    unwrap(await records.cases.save({ ...(await records.cases.get(cases[3]!.id))!, title: 'Кеттлинг на площади' }));
    expect(records.search('Кеттлинг').map((h) => h.id)).toEqual([cases[3]!.id]);
    expect(records.search('Дело 0', { kinds: ['case'] }).map((h) => h.id)).not.toContain(cases[3]!.id);
  });
});
