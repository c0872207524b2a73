import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowsToBatch, type KeptAsWritten } from '../../../src-renderer/features/spreadsheet-import/rows-to-batch';
import { openRecords, type Records } from '../../../src-renderer/records';
import { toSheetTable } from '../../../shared/spreadsheet/sheet-table';
import { guessMapping } from '../../../shared/spreadsheet/column-mapping';
import { loadCatalog } from '../../../shared/catalog';
import { validateRows, type MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import { makeRecordKeys, uniqueDatabaseName } from '../records/record-test-kit';

let records: Records;
beforeEach(async () => {
  records = await openRecords(await makeRecordKeys(), { name: uniqueDatabaseName('sheet') });
});
afterEach(() => records.dispose());

const kept: KeptAsWritten = { date: (text) => `Date as written: ${text}`, tags: (codes) => `Articles as written: ${codes}` };
const row = (over: Partial<MappedCaseRow>): MappedCaseRow => ({ rowNumber: 2, title: 'Case', status: 'open', people: [], tags: [], ...over });
const newSource = (name: string): MappedCaseRow['source'] => ({ written: name, match: { kind: 'new', name } });

/** The rows the preview showed, read from a sheet exactly as the dialog reads it. */
async function readSheet(cells: string[][]): Promise<MappedCaseRow[]> {
  const table = toSheetTable(cells);
  const sources = (await records.sources.list()).map(({ id, name, aliases }) => ({ id, name, aliases }));
  return validateRows(table, guessMapping(table.header), { lang: 'en', catalog: loadCatalog(), sources }).rows;
}

describe('spreadsheet rows into records', () => {
  it('writes cases, dated events, sources and people, linking one person named in two rows', async () => {
    const existing = await records.people.save({ names: [{ text: 'Асет Абишев', script: 'cyrillic', kind: 'primary' }] });
    expect(existing.ok).toBe(true);
    const rows = [
      row({ rowNumber: 2, title: 'Арест блогера', dateText: '26.03.2020', date: { precision: 'day', year: 2020, month: 3, day: 26 }, place: 'Алматы', people: ['Геннадий Крестьянский'], source: newSource('KIBHR') }),
      row({ rowNumber: 3, title: 'Appeal heard online', dateText: 'spring 2020', date: { precision: 'season', year: 2020, season: 'spring' }, people: ['Gennadiy Krestyanskiy', 'Aset Abishev'], source: newSource('KIBHR'), status: 'closed' }),
      row({ rowNumber: 4, title: 'Undated note', dateText: 'before the elections' }),
    ];
    const result = await records.importBatch(rowsToBatch(rows, await records.people.list(), kept));
    expect(result).toEqual({ ok: true, value: { cases: 3, people: 1, sources: 1, events: 2, casePeople: 3 } });

    const cases = await records.cases.list();
    const appeal = cases.find((c) => c.title === 'Appeal heard online')!;
    expect(appeal.status).toBe('closed');
    expect(appeal.period).toEqual({ precision: 'season', year: 2020, season: 'spring' });
    expect(cases.find((c) => c.title === 'Undated note')?.summary).toBe('Date as written: before the elections');
    const links = await records.casePeople.listByCase(appeal.id);
    expect(links.map((l) => l.personId)).toContain(existing.ok && existing.value.id);
    expect(records.search('Krestyanskiy', { kinds: ['person'] })).toHaveLength(1);
    // The one new source is recorded for both cases that cite it.
    const [kibhr] = await records.sources.list();
    expect(kibhr!.caseIds.sort()).toEqual(cases.filter((c) => c.title !== 'Undated note').map((c) => c.id).sort());
  });

  it('writes nothing when one row is invalid for the records layer', async () => {
    const rows = [row({ title: 'Fine' }), row({ rowNumber: 3, title: '   ' })];
    const result = await records.importBatch(rowsToBatch(rows, [], kept));
    expect(result.ok).toBe(false);
    expect(await records.cases.list()).toEqual([]);
  });

  it('gives each case the tags, date, consent and recorded source the preview showed', async () => {
    const hrw = await records.sources.save({ kind: 'ngo-monitoring', name: 'Human Rights Watch' });
    if (!hrw.ok) throw new Error('seed failed');
    const rows = await readSheet([
      ['Title', 'Date', 'Victim', 'Consent', 'Article', 'Source'],
      ['Kettling in Almaty', 'весна 2017', 'Saniya Toiken', 'можно называть', 'МПГПП 21; CCPR-9; 22', 'HRW'],
      ['Zhanaozen', '16.12.2011 14:30', 'Saniya Toiken; Roza Tuletaeva', 'internal only', 'ICCPR art. 6', 'KazTAG'],
    ]);
    const result = await records.importBatch(rowsToBatch(rows, await records.people.list(), kept));
    expect(result).toMatchObject({ ok: true, value: { cases: 2, people: 2, sources: 1 } });

    const cases = await records.cases.list();
    const kettling = cases.find((c) => c.title === 'Kettling in Almaty')!;
    expect(kettling.tags).toEqual(['ICCPR-21', 'ICCPR-9']);
    expect(kettling.period).toEqual({ precision: 'season', year: 2017, season: 'spring' });
    expect(kettling.summary).toBe('Articles as written: 22');
    const [kettlingEvent] = await records.events.listByCase(kettling.id);
    expect(kettlingEvent!.sourceIds).toEqual([hrw.value.id]);

    const zhanaozen = cases.find((c) => c.title === 'Zhanaozen')!;
    expect(zhanaozen.tags).toEqual(['ICCPR-6']);
    expect(zhanaozen.period).toEqual({ precision: 'day', year: 2011, month: 12, day: 16 });
    expect(zhanaozen.summary).toBe('Date as written: 16.12.2011 14:30');

    // Named with consent in one row and internal-only in another: the more protective consent holds.
    const people = await records.people.list();
    expect(people.map((p) => [p.names[0]!.text, p.consent]).sort()).toEqual([
      ['Roza Tuletaeva', 'internal-only'],
      ['Saniya Toiken', 'internal-only'],
    ]);
    expect((await records.sources.list()).map((s) => s.name).sort()).toEqual(['Human Rights Watch', 'KazTAG']);
  });

  it('records everyone as internal only when the sheet has no consent column, and keeps a registry consent', async () => {
    const named = await records.people.save({ names: [{ text: 'Асет Абишев', script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' });
    if (!named.ok) throw new Error('seed failed');
    const rows = await readSheet([['Title', 'Victim'], ['Blogger detained', 'Aset Abishev; Алнур Ильяшев']]);
    await records.importBatch(rowsToBatch(rows, await records.people.list(), kept));
    const people = await records.people.list();
    expect(people.map((p) => [p.names[0]!.text, p.consent]).sort()).toEqual([
      ['Алнур Ильяшев', 'internal-only'],
      ['Асет Абишев', 'named-publication'],
    ]);
  });
});
