import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowsToBatch } from '../../../src-renderer/features/spreadsheet-import/rows-to-batch';
import { openRecords, type Records } from '../../../src-renderer/records';
import type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';

let records: Records;
beforeEach(async () => {
  records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('sheet') });
});
afterEach(() => records.dispose());

const row = (over: Partial<MappedCaseRow>): MappedCaseRow => ({ rowNumber: 2, title: 'Case', status: 'open', people: [], tags: [], ...over });

describe('spreadsheet rows into records', () => {
  it('writes cases, dated events, sources and people, linking one person named in two rows', async () => {
    const existing = await records.people.save({ names: [{ text: 'Асет Абишев', script: 'cyrillic', kind: 'primary' }] });
    expect(existing.ok).toBe(true);
    const rows = [
      row({ rowNumber: 2, title: 'Арест блогера', dateText: '2020-03-26', place: 'Алматы', people: ['Геннадий Крестьянский'], source: 'KIBHR' }),
      row({ rowNumber: 3, title: 'Appeal heard online', dateText: 'spring 2020', people: ['Gennadiy Krestyanskiy', 'Aset Abishev'], source: 'KIBHR', status: 'closed' }),
      row({ rowNumber: 4, title: 'Undated note', dateText: 'before the elections' }),
    ];
    const result = await records.importBatch(rowsToBatch(rows, await records.people.list(), 'en'));
    expect(result).toEqual({ ok: true, value: { cases: 3, people: 1, sources: 1, events: 2, casePeople: 3 } });

    const cases = await records.cases.list();
    const appeal = cases.find((c) => c.title === 'Appeal heard online')!;
    expect(appeal.status).toBe('closed');
    expect(appeal.period).toMatchObject({ precision: 'season' });
    expect(cases.find((c) => c.title === 'Undated note')?.summary).toContain('before the elections');
    const links = await records.casePeople.listByCase(appeal.id);
    expect(links.map((l) => l.personId)).toContain(existing.ok && existing.value.id);
    expect(records.search('Krestyanskiy', { kinds: ['person'] })).toHaveLength(1);
  });

  it('writes nothing when one row is invalid for the records layer', async () => {
    const rows = [row({ title: 'Fine' }), row({ rowNumber: 3, title: '   ' })];
    const result = await records.importBatch(rowsToBatch(rows, [], 'en'));
    expect(result.ok).toBe(false);
    expect(await records.cases.list()).toEqual([]);
  });
});
