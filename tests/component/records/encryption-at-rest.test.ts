import { afterEach, describe, expect, it } from 'vitest';
import { openRecords, type Records } from '../../../src-renderer/records';
import { makeRecordKeys, readRawRows, uniqueDatabaseName, withRawTable } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

const CANARIES = ['КАНАРЕЙКА-Жаңаөзен', 'CANARY-Kettling', 'Ильяшев-канарейка', 'canary-note-Qaharman', 'canary-tag-174', 'canary-draft'];
// I6: these columns, and only these, may sit in the clear.
const ALLOWED_COLUMNS = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'caseId', 'personId', 'eventId', 'sourceId', 'mergedInto', 'tagIndex', 'nameIndex', 'sealed']);

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Every string in a raw row, with byte arrays read as UTF-8 and Latin-1 so plaintext bytes would show. */
function rawText(rows: Record<string, Record<string, unknown>[]>): string {
  return JSON.stringify(rows, (_k, v: unknown) =>
    v instanceof Uint8Array ? new TextDecoder().decode(v) + Array.from(v, (b) => String.fromCharCode(b)).join('') : v,
  );
}

async function seeded() {
  const keys = await makeRecordKeys();
  const name = uniqueDatabaseName('at-rest');
  const records = await openRecords(keys, { name });
  open.push(records);
  const kase = unwrap(await records.cases.save({ title: CANARIES[0]!, summary: CANARIES[1]!, tags: [CANARIES[4]!], places: [{ text: 'Жаңаөзен' }] }));
  const other = unwrap(await records.cases.save({ title: 'Second case' }));
  const person = unwrap(await records.people.save({ names: [{ text: CANARIES[2]!, script: 'cyrillic', kind: 'primary' }] }));
  unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'victim' }));
  unwrap(await records.notes.save({ caseId: kase.id, text: CANARIES[3]! }));
  await records.drafts.put('draft-key', CANARIES[5]);
  return { keys, name, records, kase, other, person };
}

describe('records at rest (I6)', () => {
  it('keeps titles, names, notes, tags and drafts out of the raw IndexedDB rows', async () => {
    const { name, records } = await seeded();
    records.dispose();
    const raw = await readRawRows(name);
    const text = rawText(raw);
    for (const canary of [...CANARIES, 'Жаңаөзен', 'draft-key', 'victim']) expect(text).not.toContain(canary);
    for (const rows of Object.values(raw)) {
      for (const row of rows) {
        for (const column of Object.keys(row)) expect(ALLOWED_COLUMNS, column).toContain(column);
        expect(row.sealed).toBeInstanceOf(Uint8Array);
      }
    }
    expect(raw.cases).toHaveLength(2);
  });

  it('refuses a row whose ciphertext had one byte flipped', async () => {
    const { keys, name, records, kase } = await seeded();
    records.dispose();
    await withRawTable(name, 'cases', async (t) => {
      const row = await t.get(kase.id);
      row.sealed[row.sealed.length - 20] ^= 0x01;
      await t.put(row);
    });
    const reopened = await openRecords(keys, { name });
    open.push(reopened);
    await expect(reopened.cases.get(kase.id)).rejects.toMatchObject({ code: 'records.unreadable', details: { table: 'cases', id: kase.id } });
    expect(reopened.damaged()).toEqual([{ table: 'cases', id: kase.id }]);
    expect((await reopened.cases.list()).map((c) => c.title)).toEqual(['Second case']);
    expect(reopened.search('Жаңаөзен')).toEqual([]);
  });

  it('refuses two rows whose sealed payloads were swapped', async () => {
    const { keys, name, records, kase, other } = await seeded();
    records.dispose();
    await withRawTable(name, 'cases', async (t) => {
      const [a, b] = await t.bulkGet([kase.id, other.id]);
      await t.bulkPut([{ ...a, sealed: b.sealed }, { ...b, sealed: a.sealed }]);
    });
    const reopened = await openRecords(keys, { name });
    open.push(reopened);
    await expect(reopened.cases.get(kase.id)).rejects.toMatchObject({ code: 'records.unreadable' });
    await expect(reopened.cases.get(other.id)).rejects.toMatchObject({ code: 'records.unreadable' });
    expect(reopened.damaged()).toHaveLength(2);
  });

  it('refuses a row whose clear foreign id was edited to move it to another case', async () => {
    const { keys, name, records, kase, other } = await seeded();
    const note = (await records.notes.listByCase(kase.id))[0]!;
    records.dispose();
    await withRawTable(name, 'notes', async (t) => t.update(note.id, { caseId: other.id }));
    const reopened = await openRecords(keys, { name });
    open.push(reopened);
    await expect(reopened.notes.get(note.id)).rejects.toMatchObject({ code: 'records.unreadable' });
    expect(await reopened.notes.listByCase(other.id)).toEqual([]);
  });

  it('refuses every row when opened with the wrong key', async () => {
    const { name, records, kase } = await seeded();
    records.dispose();
    const wrong = await openRecords(await makeRecordKeys(), { name });
    open.push(wrong);
    await expect(wrong.cases.get(kase.id)).rejects.toMatchObject({ code: 'records.unreadable' });
    expect(await wrong.cases.list()).toEqual([]);
    expect(wrong.damaged().length).toBeGreaterThanOrEqual(5);
    expect(await wrong.drafts.get('draft-key')).toBeUndefined();
  });

  it('writes a fresh IV each time, so saving the same case twice gives different ciphertext', async () => {
    const { name, records, kase } = await seeded();
    const before = (await withRawTable(name, 'cases', (t) => t.get(kase.id))).sealed as Uint8Array;
    unwrap(await records.cases.save(kase));
    const after = (await withRawTable(name, 'cases', (t) => t.get(kase.id))).sealed as Uint8Array;
    expect(Array.from(after.slice(1, 13))).not.toEqual(Array.from(before.slice(1, 13)));
  });
});
