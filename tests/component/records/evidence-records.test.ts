import '../viewer/pdfjs-in-node';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecords, type Records } from '../../../src-renderer/records';
import { LATEST_VERSION, RecordsDatabase } from '../../../src-renderer/records/database';
import { extractPdfText } from '../../../src-renderer/features/viewer';
import { Case, CaseEvent, newRecordId, Note, Person } from '../../../shared/model';
import { RULING_PAGE_2 } from '../../fixtures/evidence/build/pdf-fixtures';
import { fixture } from '../viewer/evidence-files';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from './record-test-kit';

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

const FILENAME = 'Решение-канарейка-2024.pdf';
const QUOTE = 'Суд постановил признать виновным';
const EXCERPT_NOTE = 'canary-excerpt-note';
const URL_CANARY = 'https://canary.example/ruling';
// I6: the evidence tables may show ids, timestamps and foreign ids, nothing else.
const ALLOWED_COLUMNS = new Set(['id', 'createdAt', 'updatedAt', 'caseId', 'itemId', 'sealed']);

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const rawText = (rows: unknown): string =>
  JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) + Array.from(v, (b) => String.fromCharCode(b)).join('') : v));

async function withRuling(options: { name?: string } = {}) {
  const keys = await makeRecordKeys();
  const name = options.name ?? uniqueDatabaseName('evidence');
  const records = await openRecords(keys, { name });
  open.push(records);
  const kase = unwrap(await records.cases.save({ title: 'Арест журналиста' }));
  const itemId = newRecordId();
  const text = await extractPdfText(fixture('court-ruling-ru.pdf'));
  unwrap(
    await records.caseItems.save({
      caseId: kase.id,
      itemId,
      source: { url: URL_CANARY, how: 'official-copy', obtainedOn: { precision: 'month', year: 2024, month: 3 } },
      snapshot: { originalName: FILENAME, mediaType: 'application/pdf', pdf: text.info, hasTextLayer: text.hasTextLayer },
    }),
  );
  unwrap(await records.itemTexts.save({ itemId, pages: text.pages, hasTextLayer: text.hasTextLayer }));
  const excerpt = unwrap(await records.excerpts.save({ itemId, caseId: kase.id, page: 2, quote: QUOTE, note: EXCERPT_NOTE, tags: ['ICCPR-14'], createdAt: new Date().toISOString() }));
  return { keys, name, records, kase, itemId, excerpt };
}

describe('evidence records', () => {
  it('seals attachments, item text and excerpts: raw rows hold no filename, text, quote or source', async () => {
    const { name, records } = await withRuling();
    records.dispose();
    const raw = await readRawRows(name);
    expect(raw.caseItems).toHaveLength(1);
    expect(raw.itemTexts).toHaveLength(1);
    expect(raw.excerpts).toHaveLength(1);
    const text = rawText({ caseItems: raw.caseItems, itemTexts: raw.itemTexts, excerpts: raw.excerpts });
    for (const canary of [FILENAME, QUOTE, 'Алматинский', 'Қазақстан', EXCERPT_NOTE, URL_CANARY, 'official-copy', 'ICCPR-14', 'tamga fixtures']) {
      expect(text).not.toContain(canary);
    }
    for (const table of ['caseItems', 'itemTexts', 'excerpts']) {
      for (const row of raw[table]!) {
        for (const column of Object.keys(row)) expect(ALLOWED_COLUMNS, `${table}.${column}`).toContain(column);
        expect(row.sealed).toBeInstanceOf(Uint8Array);
      }
    }
  });

  it('finds the case by a word that appears only inside the attached PDF, before and after reopening', async () => {
    const { keys, name, records, kase, itemId } = await withRuling();
    // "обжаловано" is on page 3 of the ruling and nowhere in the case's own fields.
    const hits = records.search('обжаловано');
    expect(hits.map((h) => h.kind)).toEqual(['evidence']);
    expect(hits[0]!.caseIds).toEqual([kase.id]);

    // A second case holding the same item answers the same search: the text is stored and indexed once.
    const other = unwrap(await records.cases.save({ title: 'Second' }));
    unwrap(await records.caseItems.save({ caseId: other.id, itemId }));
    expect(records.search('обжаловано')[0]!.caseIds.sort()).toEqual([kase.id, other.id].sort());
    expect((await records.caseItems.listByItem(itemId)).map((a) => a.caseId).sort()).toEqual([kase.id, other.id].sort());
    records.dispose();

    const reopened = await openRecords(keys, { name });
    open.push(reopened);
    expect(reopened.search('Алматинский')[0]).toMatchObject({ kind: 'evidence' });
    expect(reopened.search('Алматинский')[0]!.caseIds.sort()).toEqual([kase.id, other.id].sort());
    expect((await reopened.itemTexts.getByItem(itemId))?.pages[1]!.text).toContain(RULING_PAGE_2);
  });

  it('finds the case by an excerpt quote, and keeps tag edits on the excerpt', async () => {
    const { records, kase, itemId, excerpt } = await withRuling();
    const hits = records.search('постановил', { kinds: ['excerpt'] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: excerpt.id, caseIds: [kase.id] });
    unwrap(await records.excerpts.save({ ...excerpt, tags: ['ICCPR-14', 'ICCPR-19'] }));
    expect((await records.excerpts.listByCase(kase.id)).map((x) => x.tags)).toEqual([['ICCPR-14', 'ICCPR-19']]);
    expect((await records.excerpts.listByItem(itemId)).map((x) => x.id)).toEqual([excerpt.id]);
  });

  it('finds, by its quote, an excerpt drawn outside any case in every case its item is attached to', async () => {
    const { records, kase, itemId } = await withRuling();
    const other = unwrap(await records.cases.save({ title: 'Second' }));
    unwrap(await records.caseItems.save({ caseId: other.id, itemId }));
    const loose = unwrap(await records.excerpts.save({ itemId, page: 1, quote: 'Свободная выдержка Loose9', tags: [], createdAt: new Date().toISOString() }));
    const hits = records.search('Loose9', { kinds: ['excerpt'] });
    expect(hits.map((h) => h.id)).toEqual([loose.id]);
    expect([...hits[0]!.caseIds].sort()).toEqual([kase.id, other.id].sort());
  });

  it('keeps one text per item: extracting again replaces it', async () => {
    const { records, itemId } = await withRuling();
    unwrap(await records.itemTexts.save({ itemId, pages: [{ page: 1, text: 'заменённый текст' }], hasTextLayer: true }));
    expect(records.search('обжаловано')).toEqual([]);
    expect(records.search('заменённый')).toHaveLength(1);
    expect((await records.itemTexts.getByItem(itemId))?.pages).toEqual([{ page: 1, text: 'заменённый текст' }]);
  });

  it('deleting a case deletes its attachments and excerpts, and nothing else', async () => {
    const { name, records, kase, itemId } = await withRuling();
    await records.cases.delete(kase.id);
    expect(await records.caseItems.listByCase(kase.id)).toEqual([]);
    expect(await records.excerpts.listByItem(itemId)).toEqual([]);
    expect(records.search('обжаловано')[0]?.caseIds ?? []).toEqual([]);
    expect(records.search('постановил', { kinds: ['excerpt'] })).toEqual([]);
    records.dispose();
    const raw = await readRawRows(name);
    expect(raw.caseItems).toEqual([]);
    expect(raw.excerpts).toEqual([]);
    // The text belongs to the vault item, which a case deletion never touches.
    expect(raw.itemTexts).toHaveLength(1);
  });

  it('moves attachments and excerpts to the surviving case on merge', async () => {
    const { records, kase, itemId } = await withRuling();
    const keep = unwrap(await records.cases.save({ title: 'Survivor' }));
    unwrap(await records.cases.merge(keep.id, kase.id));
    expect((await records.caseItems.listByItem(itemId)).map((a) => a.caseId)).toEqual([keep.id]);
    expect((await records.excerpts.listByCase(keep.id))).toHaveLength(1);
    expect(records.search('обжаловано')[0]!.caseIds).toEqual([keep.id]);
  });

  it('refuses an attachment to a case that does not exist', async () => {
    const { records } = await withRuling();
    const result = await records.caseItems.save({ caseId: newRecordId(), itemId: newRecordId() });
    expect(result).toMatchObject({ ok: false, error: { code: 'records.missing' } });
  });
});

describe('schema upgrade to version 3', () => {
  it('opens a database written by version 2 unchanged, and the evidence tables work after it', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('v2');
    const at = '2022-01-01T00:00:00.000Z';
    const base = () => ({ id: newRecordId(), createdAt: at, updatedAt: at });
    const v2 = new RecordsDatabase(keys, { name, version: 2 });
    const kase = Case.parse({ ...base(), title: 'Дело v2', tags: ['cc-174'] });
    const person = Person.parse({ ...base(), names: [{ text: 'Ильяшев', script: 'cyrillic', kind: 'primary' }] });
    const event = CaseEvent.parse({ ...base(), caseId: kase.id, description: 'Задержание' });
    const note = Note.parse({ ...base(), caseId: kase.id, text: 'written by v2' });
    await v2.cases.put(kase);
    await v2.people.put(person);
    await v2.events.put(event);
    await v2.notes.put(note);
    expect(v2.verno).toBe(2);
    v2.close();
    const before = await readRawRows(name);
    expect(Object.keys(before)).not.toContain('caseItems');

    const records = await openRecords(keys, { name });
    open.push(records);
    expect(await records.cases.get(kase.id)).toEqual(kase);
    expect(await records.people.get(person.id)).toEqual(person);
    expect(await records.events.listByCase(kase.id)).toEqual([event]);
    expect(await records.notes.get(note.id)).toEqual(note);
    expect(records.search('Задержание')[0]).toMatchObject({ kind: 'event', caseIds: [kase.id] });
    const itemId = newRecordId();
    unwrap(await records.caseItems.save({ caseId: kase.id, itemId }));
    unwrap(await records.itemTexts.save({ itemId, pages: [{ page: 1, text: 'приговор' }], hasTextLayer: true }));
    expect(records.search('приговор')[0]!.caseIds).toEqual([kase.id]);
    records.dispose();

    const after = await readRawRows(name);
    // The rows v2 wrote are byte for byte the rows v3 reads: the upgrade adds tables and rewrites nothing.
    for (const table of ['cases', 'people', 'events', 'notes']) expect(after[table]).toEqual(before[table]);
    const upgraded = new RecordsDatabase(keys, { name });
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    upgraded.close();
  });
});
