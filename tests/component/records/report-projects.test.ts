// Report projects are records like cases: sealed in IndexedDB (I6), appended to the journal before they are kept
// (I7), rebuilt from the journal in a profile that never saw them, and added to a version 5 database without
// rewriting what it held.
import { afterEach, describe, expect, it } from 'vitest';
import { Case, newRecordId, type Narrative, type ReportProjectInput } from '../../../shared/model';
import { openRecords, type Records } from '../../../src-renderer/records';
import { LATEST_VERSION, RecordsDatabase } from '../../../src-renderer/records/database';
import { fakeJournal } from '../fake-client';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const rawText = (rows: unknown): string =>
  JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) + Array.from(v, (b) => String.fromCharCode(b)).join('') : v));

const ORGANISATION = 'Қазақстан халықаралық адам құқықтары бюросы';
const NARRATIVE_CANARY = 'Котлинг на площади canary-narrative';
const THEME_CANARY = 'Задержания мирных протестующих';
// I6: a report project shows its id, kind and timestamps, nothing else.
const ALLOWED_COLUMNS = new Set(['id', 'kind', 'createdAt', 'updatedAt', 'sealed']);

function narrative(caseId: string): Narrative {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Kettling' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: NARRATIVE_CANARY, marks: [{ type: 'bold' }] },
          { type: 'citation', attrs: { kind: 'case', id: caseId } },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Almaty, 10 January 2021' }] }] }] },
    ],
  };
}

function uprProject(caseId: string): ReportProjectInput {
  return {
    title: 'UPR 4th cycle: civic space',
    target: { kind: 'upr', cycle: 4 },
    country: 'KZ',
    period: { from: '2019-11-07', to: '2024-06-30' },
    organisations: [ORGANISATION, 'Adil Soz'],
    language: 'ru',
    scope: { articles: ['ICCPR-21', 'ICCPR-19'], tags: [], places: [{ gazetteerId: 'KZ-ALMATY' }] },
    sections: [{ key: 'theme-assembly', title: THEME_CANARY, articles: ['ICCPR-21'], narrative: narrative(caseId) }],
  };
}

describe('report projects', () => {
  it('seals every field: the raw row holds no organisation, theme, narrative, country or target', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('reports');
    const records = await openRecords(keys, { name });
    open.push(records);
    const kase = unwrap(await records.cases.save({ title: 'Kettling in Almaty' }));
    const saved = unwrap(await records.reportProjects.save(uprProject(kase.id)));
    // Defaults a person did not choose are filled as the model says: verified cases only.
    expect(saved.scope.verifiedOnly).toBe(true);
    expect(await records.reportProjects.get(saved.id)).toEqual(saved);
    records.dispose();

    const raw = (await readRawRows(name)).reportProjects!;
    expect(raw).toHaveLength(1);
    for (const column of Object.keys(raw[0]!)) expect(ALLOWED_COLUMNS, column).toContain(column);
    const text = rawText(raw);
    for (const canary of [ORGANISATION, 'Adil Soz', NARRATIVE_CANARY, THEME_CANARY, 'UPR 4th cycle', 'ICCPR-21', 'KZ-ALMATY', '2019-11-07', kase.id]) {
      expect(text).not.toContain(canary);
    }
  });

  it('reaches the journal before IndexedDB keeps it, and a profile that never saw it rebuilds it from the journal', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const first = await openRecords(keys, { name: uniqueDatabaseName('reports-a'), journal: fake.journal });
    open.push(first);
    const kase = unwrap(await first.cases.save({ title: 'Kettling in Almaty' }));
    const saved = unwrap(await first.reportProjects.save(uprProject(kase.id)));
    const edited = unwrap(await first.reportProjects.save({ ...saved, organisations: [ORGANISATION] }));
    expect(fake.entries.filter((e) => e.table === 'reportProjects').map((e) => [e.op, e.id, e.version])).toEqual([
      ['put', saved.id, 1],
      ['put', saved.id, 2],
    ]);
    first.dispose();

    const second = await openRecords(keys, { name: uniqueDatabaseName('reports-b'), journal: fake.journal });
    open.push(second);
    expect(await second.reportProjects.list()).toEqual([edited]);
    await second.reportProjects.delete(saved.id);
    expect(fake.entries.at(-1)).toMatchObject({ op: 'delete', table: 'reportProjects', id: saved.id });

    const third = await openRecords(keys, { name: uniqueDatabaseName('reports-c'), journal: fake.journal });
    open.push(third);
    expect(await third.reportProjects.list()).toEqual([]);
    expect(await third.cases.list()).toHaveLength(1);
  });

  it('refuses a project no one submits, a period that ends before it starts, and markup the editor cannot write', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const records = await openRecords(keys, { name: uniqueDatabaseName('reports-invalid'), journal: fake.journal });
    open.push(records);
    const kase = unwrap(await records.cases.save({ title: 'Kettling in Almaty' }));
    const valid = uprProject(kase.id);
    const before = fake.entries.length;

    const noOne = await records.reportProjects.save({ ...valid, organisations: [] });
    expect(noOne).toMatchObject({ ok: false, error: { code: 'records.invalid', details: { table: 'reportProjects', field: 'organisations' } } });
    const backwards = await records.reportProjects.save({ ...valid, period: { from: '2024-06-30', to: '2019-11-07' } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'records.invalid', details: { field: 'period.to' } } });
    const html = { type: 'doc', content: [{ type: 'html', text: '<script>alert(1)</script>' }] } as unknown as Narrative;
    const withHtml = await records.reportProjects.save({ ...valid, sections: [{ key: 'x', articles: [], narrative: html }] });
    expect(withHtml).toMatchObject({ ok: false, error: { code: 'records.invalid', details: { table: 'reportProjects' } } });
    const badCitation = narrative('not-an-id');
    const citing = await records.reportProjects.save({ ...valid, sections: [{ key: 'x', articles: [], narrative: badCitation }] });
    expect(citing).toMatchObject({ ok: false, error: { code: 'records.invalid' } });

    expect(fake.entries.length).toBe(before);
    expect(await records.reportProjects.list()).toEqual([]);
  });

  it('keeps a project whose cited case was deleted afterwards: the citation stays for the report to explain', async () => {
    const keys = await makeRecordKeys();
    const records = await openRecords(keys, { name: uniqueDatabaseName('reports-cited') });
    open.push(records);
    const kase = unwrap(await records.cases.save({ title: 'Kettling in Almaty' }));
    const saved = unwrap(await records.reportProjects.save(uprProject(kase.id)));
    await records.cases.delete(kase.id);
    const kept = await records.reportProjects.get(saved.id);
    expect(kept?.sections[0]!.narrative.content[1]).toMatchObject({ content: [{}, { type: 'citation', attrs: { kind: 'case', id: kase.id } }] });
    expect(unwrap(await records.reportProjects.save({ ...saved, title: 'Renamed' })).title).toBe('Renamed');
  });

  it('opens a database written by version 5 unchanged, with an empty report projects table', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('v5');
    const v5 = new RecordsDatabase(keys, { name, version: 5 });
    const at = '2021-05-01T10:00:00.000Z';
    const kase = Case.parse({ id: newRecordId(), createdAt: at, updatedAt: at, title: 'Дело v5', tags: ['ICCPR-21'] });
    await v5.cases.put(kase);
    expect(v5.verno).toBe(5);
    v5.close();
    const before = await readRawRows(name);
    expect(Object.keys(before)).not.toContain('reportProjects');

    const records = await openRecords(keys, { name });
    open.push(records);
    expect(await records.cases.list()).toEqual([kase]);
    expect(await records.reportProjects.list()).toEqual([]);
    unwrap(await records.reportProjects.save(uprProject(kase.id)));
    records.dispose();

    const after = await readRawRows(name);
    for (const table of Object.keys(before)) if (table !== 'snapshots' && table !== 'meta') expect(after[table], table).toEqual(before[table]);
    expect(after.reportProjects).toHaveLength(1);
    const upgraded = new RecordsDatabase(keys, { name });
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(6);
    upgraded.close();
  });
});
