import { afterEach, describe, expect, it } from 'vitest';
import { openRecords, type Records } from '../../../src-renderer/records';
import { LATEST_VERSION, RecordsDatabase } from '../../../src-renderer/records/database';
import { Case, CaseEvent, Note, Person, newRecordId } from '../../../shared/model';
import { fakeJournal } from '../fake-client';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

const at = '2021-05-01T10:00:00.000Z';
const base = () => ({ id: newRecordId(), createdAt: at, updatedAt: at });

describe('schema upgrade', () => {
  it('opens a database written by version 1 and reads every record after upgrading to version 2', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('v1');
    const v1 = new RecordsDatabase(keys, { name, version: 1 });
    const cases = [Case.parse({ ...base(), title: 'Дело Баltabay', tags: ['cc-174'] }), Case.parse({ ...base(), title: 'Second' })];
    const person = Person.parse({ ...base(), names: [{ text: 'Ильяшев', script: 'cyrillic', kind: 'primary' }] });
    const event = CaseEvent.parse({ ...base(), caseId: cases[0]!.id, description: 'Verdict' });
    const note = Note.parse({ ...base(), caseId: cases[1]!.id, text: 'written by v1' });
    await v1.cases.bulkPut(cases);
    await v1.people.put(person);
    await v1.events.put(event);
    await v1.notes.put(note);
    expect(v1.verno).toBe(1);
    v1.close();
    expect((await readRawRows(name)).cases?.every((row) => !('kind' in row))).toBe(true);

    const records = await openRecords(keys, { name });
    open.push(records);
    expect((await records.cases.list()).map((c) => c.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(await records.people.get(person.id)).toEqual(person);
    expect(await records.events.listByCase(cases[0]!.id)).toEqual([event]);
    expect(await records.notes.get(note.id)).toEqual(note);
    expect((await records.people.findByName('Ilyashev')).map((p) => p.id)).toEqual([person.id]);
    // The upgrade filled the new kind column, and the new mergedInto index serves merges.
    expect(await records.cases.merge(cases[0]!.id, cases[1]!.id)).toMatchObject({ ok: true });
    records.dispose();
    const raw = await readRawRows(name);
    expect(raw.cases?.map((row) => row.kind).sort()).toEqual(['case', 'case-tombstone']);
    expect(raw.people?.map((row) => row.kind)).toEqual(['person']);
  });

  it('opens a database written by version 3 unchanged, and keeps its snapshot in the new version 4 table', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('v3');
    const v3 = new RecordsDatabase(keys, { name, version: 3 });
    const kase = Case.parse({ ...base(), title: 'Дело v3', tags: ['cc-174'] });
    const event = CaseEvent.parse({ ...base(), caseId: kase.id, description: 'written by v3' });
    await v3.cases.put(kase);
    await v3.events.put(event);
    expect(v3.verno).toBe(3);
    v3.close();
    const before = await readRawRows(name);
    expect(Object.keys(before)).not.toContain('snapshots');

    const records = await openRecords(keys, { name });
    expect(await records.cases.list()).toEqual([kase]);
    expect(await records.events.listByCase(kase.id)).toEqual([event]);
    await records.flush();
    records.dispose();

    const after = await readRawRows(name);
    // The upgrade adds a table and rewrites nothing: every v3 row is byte for byte what it was.
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(after.snapshots).toHaveLength(1);
    const upgraded = new RecordsDatabase(keys, { name });
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(6);
    upgraded.close();
  });

  it('opens a database written by version 4 unchanged, and sends its rows to an empty journal', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('v4');
    const v4 = new RecordsDatabase(keys, { name, version: 4 });
    const kase = Case.parse({ ...base(), title: 'Дело v4', tags: ['cc-174'] });
    const person = Person.parse({ ...base(), names: [{ text: 'Ильяшев', script: 'cyrillic', kind: 'primary' }] });
    await v4.cases.put(kase);
    await v4.people.put(person);
    v4.close();
    const before = await readRawRows(name);
    expect(Object.keys(before)).not.toContain('meta');

    const fake = fakeJournal();
    const records = await openRecords(keys, { name, journal: fake.journal });
    open.push(records);
    expect(await records.cases.list()).toEqual([kase]);
    expect(fake.entries.map((e) => [e.table, e.id]).sort()).toEqual([['cases', kase.id], ['people', person.id]].sort());
    const after = await readRawRows(name);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(after.meta).toHaveLength(1);
  });
});
