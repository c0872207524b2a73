import { afterEach, describe, expect, it } from 'vitest';
import { RecordsDatabase } from '../../../src-renderer/records/database';
import { openRecords, type Records } from '../../../src-renderer/records';
import { newRecordId } from '../../../shared/model';
import { makeRecordKeys, uniqueDatabaseName } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

async function fresh(label: string) {
  const keys = await makeRecordKeys();
  const name = uniqueDatabaseName(label);
  const records = await openRecords(keys, { name });
  open.push(records);
  const reopen = async () => {
    const again = await openRecords(keys, { name });
    open.push(again);
    return again;
  };
  return { keys, name, records, reopen };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('records round trip', () => {
  it('stores every kind of record and reads each back after reopening', async () => {
    const { records, reopen } = await fresh('round-trip');
    const kase = unwrap(await records.cases.save({ title: 'Krestyanskiy: checkpoint filming', summary: 'Filmed the roadblock', places: [{ text: 'Almaty' }], tags: ['iccpr-19'] }));
    const event = unwrap(await records.events.save({ caseId: kase.id, type: 'detention', description: 'Two bloggers detained', when: { precision: 'day', year: 2020, month: 3, day: 26 } }));
    const person = unwrap(await records.people.save({ names: [{ text: 'Ильяшев Алнур', script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' }));
    const link = unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'victim' }));
    const note = unwrap(await records.notes.save({ caseId: kase.id, eventId: event.id, text: 'Hunger strike, then a mini-stroke' }));
    const source = unwrap(await records.sources.save({ kind: 'ngo-monitoring', name: 'KIBHR', url: 'https://bureau.kz/', perspective: 'independent' }));
    const claim = unwrap(await records.claims.save({ caseId: kase.id, field: 'deaths', value: { type: 'count', count: { value: 12, qualifier: 'at-least' } }, sourceId: source.id }));
    const proceeding = unwrap(await records.proceedings.save({
      caseId: kase.id, personId: person.id, type: 'criminal', code: 'CC', article: '274', part: '2', paragraph: '3',
      court: 'Medeu District Court', judge: 'Unknown', caseNumber: '7511-20-00-1/215', outcome: 'convicted',
      sentence: { restrictionOfFreedomMonths: 36, communityServiceHours: 150, activityBans: [{ what: 'public activism', years: 5 }], fine: { amount: 50, unit: 'MCI' } },
    }));
    await records.drafts.put('case:new:summary', { text: 'half typed' });

    const again = await reopen();
    expect(await again.cases.get(kase.id)).toEqual(kase);
    expect(await again.events.listByCase(kase.id)).toEqual([event]);
    expect(await again.people.get(person.id)).toEqual(person);
    expect(await again.casePeople.listByCase(kase.id)).toEqual([link]);
    expect(await again.notes.get(note.id)).toEqual(note);
    expect(await again.sources.list()).toEqual([source]);
    expect(await again.claims.get(claim.id)).toEqual(claim);
    expect(await again.proceedings.get(proceeding.id)).toEqual(proceeding);
    expect(await again.drafts.get('case:new:summary')).toEqual({ text: 'half typed' });
    await again.drafts.delete('case:new:summary');
    expect(await again.drafts.get('case:new:summary')).toBeUndefined();
  });

  it('keeps createdAt and moves updatedAt when a case is saved again', async () => {
    let clock = new Date('2021-01-01T00:00:00.000Z');
    const keys = await makeRecordKeys();
    const records = await openRecords(keys, { name: uniqueDatabaseName('clock'), now: () => clock });
    open.push(records);
    const first = unwrap(await records.cases.save({ title: 'Zhanaozen' }));
    clock = new Date('2021-02-01T00:00:00.000Z');
    const second = unwrap(await records.cases.save({ ...first, status: 'verified' }));
    expect(second.createdAt).toBe('2021-01-01T00:00:00.000Z');
    expect(second.updatedAt).toBe('2021-02-01T00:00:00.000Z');
    expect((await records.cases.list()).map((c) => c.status)).toEqual(['verified']);
  });

  it('seals custody references like every other table', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('custody');
    const db = new RecordsDatabase(keys, { name });
    const ref = { id: newRecordId(), caseId: newRecordId(), createdAt: '2021-01-01T00:00:00.000Z', updatedAt: '2021-01-01T00:00:00.000Z', entryHash: 'cd'.repeat(32), action: 'viewed' };
    await db.custodyRefs.put(ref);
    db.close();
    const reopened = new RecordsDatabase(keys, { name });
    expect(await reopened.custodyRefs.where('caseId').equals(ref.caseId).toArray()).toEqual([ref]);
    reopened.close();
  });

  it('deletes a case together with its timeline, links, notes, claims and proceedings', async () => {
    const { records, reopen } = await fresh('cascade');
    const kase = unwrap(await records.cases.save({ title: 'To delete' }));
    const keep = unwrap(await records.cases.save({ title: 'To keep' }));
    unwrap(await records.events.save({ caseId: kase.id, description: 'gone' }));
    unwrap(await records.events.save({ caseId: keep.id, description: 'stays' }));
    unwrap(await records.notes.save({ caseId: kase.id, text: 'gone too' }));
    await records.cases.delete(kase.id);
    const again = await reopen();
    expect((await again.cases.list()).map((c) => c.title)).toEqual(['To keep']);
    expect((await again.events.list()).map((e) => e.description)).toEqual(['stays']);
    expect(await again.notes.list()).toEqual([]);
  });

  it('deletes a person together with their links to cases', async () => {
    const { records, reopen } = await fresh('delete-person');
    const kase = unwrap(await records.cases.save({ title: 'Case' }));
    const person = unwrap(await records.people.save({ names: [{ text: 'Харькова', script: 'cyrillic', kind: 'primary' }] }));
    unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'witness' }));
    await records.people.delete(person.id);
    expect(records.search('Kharkova')).toEqual([]);
    expect(await (await reopen()).casePeople.listByCase(kase.id)).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses a case whose title is empty after trimming', async () => {
    const { records } = await fresh('empty-title');
    const result = await records.cases.save({ title: '   ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'records.invalid', details: { table: 'cases', field: 'title' } } });
    expect(await records.cases.list()).toEqual([]);
  });

  it('stores a 1 MB pasted summary and reads it back unchanged', async () => {
    const { records, reopen } = await fresh('big-summary');
    const summary = 'Приговор суда. Court ruling text. '.repeat(32_000).slice(0, 1_048_576);
    const kase = unwrap(await records.cases.save({ title: 'Long ruling', summary }));
    expect((await (await reopen()).cases.get(kase.id))?.summary).toBe(summary);
  });

  it('stores mixed-script names exactly as typed', async () => {
    const { records, reopen } = await fresh('mixed-script');
    const names = [
      { text: 'Ильяшeв', script: 'other', kind: 'primary' },
      { text: 'Qasym-Жомарт  Тоқаев', script: 'other', kind: 'variant' },
    ] as const;
    const person = unwrap(await records.people.save({ names: [...names] }));
    expect((await (await reopen()).people.get(person.id))?.names.map((n) => n.text)).toEqual(names.map((n) => n.text));
  });

  it('refuses an event that points at a case that does not exist', async () => {
    const { records } = await fresh('dangling');
    const result = await records.events.save({ caseId: newRecordId(), description: 'orphan' });
    expect(result).toMatchObject({ ok: false, error: { code: 'records.missing', details: { table: 'cases' } } });
  });

  it('refuses every call once disposed, as after a lock', async () => {
    const { records } = await fresh('disposed');
    records.dispose();
    await expect(records.cases.list()).rejects.toMatchObject({ code: 'vault.locked' });
    expect(() => records.search('anything')).toThrow('vault.locked');
  });
});
