import { afterEach, describe, expect, it } from 'vitest';
import { openRecords, type Records } from '../../../src-renderer/records';
import { newRecordId } from '../../../shared/model';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

describe('importBatch', () => {
  it('writes cases, people, events and links together', async () => {
    const records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('import') });
    open.push(records);
    const caseId = newRecordId();
    const personId = newRecordId();
    const result = await records.importBatch({
      cases: [{ id: caseId, title: 'Imported: Shymkent activist' }],
      people: [{ id: personId, form: 'anonymous', description: 'a civic activist from Shymkent' }],
      events: [{ caseId, type: 'summons', description: 'Summoned by police', when: { precision: 'month', year: 2020, month: 4, part: 'late' } }],
      casePeople: [{ caseId, personId, role: 'victim' }],
    });
    expect(result).toEqual({ ok: true, value: { cases: 1, people: 1, sources: 0, events: 1, casePeople: 1 } });
    expect(records.search('Shymkent', { kinds: ['person'] }).map((h) => h.caseIds)).toEqual([[caseId]]);
  });

  it('rolls back every row when the last one fails validation', async () => {
    const name = uniqueDatabaseName('rollback');
    const records = await openRecords(await makeRecordKeys(), { name });
    open.push(records);
    const caseId = newRecordId();
    const result = await records.importBatch({
      cases: [{ id: caseId, title: 'Would be written first' }, { title: 'Second case' }],
      people: [{ names: [{ text: 'Агадил', script: 'cyrillic', kind: 'primary' }] }],
      events: [{ caseId, description: 'fine' }, { caseId, description: 'bad date', when: { precision: 'day', year: 2021, month: 2, day: 31 } }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'records.invalid', details: { table: 'events', row: 1 } } });
    expect(await records.cases.list()).toEqual([]);
    expect(records.search('Agadil')).toEqual([]);
    records.dispose();
    const raw = await readRawRows(name);
    expect([raw.cases, raw.people, raw.events].map((rows) => rows?.length)).toEqual([0, 0, 0]);
  });

  it('rolls back when an event points at a case neither in the batch nor the vault', async () => {
    const records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('rollback-ref') });
    open.push(records);
    const result = await records.importBatch({ cases: [{ title: 'Real' }], events: [{ caseId: newRecordId(), description: 'orphan' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'records.missing' } });
    expect(await records.cases.list()).toEqual([]);
  });

  it('imports 10,000 cases and 30,000 people, then finds one after reopening', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('scale');
    const records = await openRecords(keys, { name });
    const given = ['Алнур', 'Serikzhan', 'Дулат', 'Aset', 'Лариса', 'Yerlan'];
    const family = ['Ильяшев', 'Bilash', 'Агадил', 'Abishev', 'Харькова', 'Baltabay', 'Елеусинов'];
    const cases = Array.from({ length: 10_000 }, (_, i) => ({ id: newRecordId(), title: `Case ${i} in region ${i % 17}` }));
    const people = Array.from({ length: 30_000 }, (_, i) => ({
      names: [{ text: `${given[i % given.length]} ${family[i % family.length]}${i}`, script: 'other' as const, kind: 'primary' as const }],
    }));
    cases[4242]!.title = 'Welded stairwells in Makanchi';
    const result = await records.importBatch({ cases, people });
    expect(result).toMatchObject({ ok: true, value: { cases: 10_000, people: 30_000 } });
    records.dispose();

    const reopened = await openRecords(keys, { name });
    open.push(reopened);
    // The snapshot written mid-import is served first; verified, the lists are what the rows say.
    await reopened.ready;
    expect((await reopened.cases.list()).length).toBe(10_000);
    expect((await reopened.people.list()).length).toBe(30_000);
    expect(reopened.search('Makanchi', { kinds: ['case'] }).map((h) => h.id)).toEqual([cases[4242]!.id]);
    expect((await reopened.people.findByName('Aset Abishev3')).length).toBe(1);
  }, 600_000);
});
