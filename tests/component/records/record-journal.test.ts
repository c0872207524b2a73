// The record journal is the truth and IndexedDB a working copy of it: every write reaches the journal before
// IndexedDB commits it, a refused append is a failed save that changes nothing, and any profile rebuilds the same
// rows from the journal, including deletions, a copy that no longer matches its journal, and copies made before the
// journal existed.
import { afterEach, describe, expect, it } from 'vitest';
import { newRecordId } from '../../../shared/model';
import { openRecords, type Records } from '../../../src-renderer/records';
import { RecordsDatabase } from '../../../src-renderer/records/database';
import { JOURNAL_TABLES } from '../../../src-renderer/records/journal-client';
import { JournalSyncError, READ_BATCH, type SyncProgress } from '../../../src-renderer/records/journal-sync';
import type { RecordKeys } from '../../../src-renderer/platform/record-keys';
import { fakeJournal } from '../fake-client';
import { makeRecordKeys, readRawRows, uniqueDatabaseName } from './record-test-kit';

type FakeJournal = ReturnType<typeof fakeJournal>;

const open: Records[] = [];
afterEach(() => open.splice(0).forEach((r) => r.dispose()));

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function openWith(keys: RecordKeys, name: string, fake: FakeJournal, onProgress?: (p: SyncProgress) => void): Promise<Records> {
  const records = await openRecords(keys, { name, journal: fake.journal, onProgress });
  open.push(records);
  return records;
}

/** The journaled tables as IndexedDB holds them: what two profiles built from one journal must share byte for byte. */
async function journaledRows(name: string) {
  const raw = await readRawRows(name);
  return Object.fromEntries(JOURNAL_TABLES.map((t) => [t, raw[t] ?? []]));
}

/** A case with a person, an event, a treaty tag, an attachment, its text and an excerpt. */
async function fillCase(records: Records, title = 'Разгон пикета у акимата') {
  const kase = unwrap(await records.cases.save({ title, tags: ['ICCPR-21'] }));
  const person = unwrap(await records.people.save({ names: [{ text: 'Ильяшев Алнур', script: 'cyrillic', kind: 'primary' }] }));
  const link = unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'victim' }));
  const event = unwrap(await records.events.save({ caseId: kase.id, type: 'detention', description: 'Detained at the checkpoint' }));
  const itemId = newRecordId();
  unwrap(await records.caseItems.save({ caseId: kase.id, itemId }));
  unwrap(await records.itemTexts.save({ itemId, pages: [{ page: 1, text: 'приговор суда' }], hasTextLayer: true }));
  const excerpt = unwrap(await records.excerpts.save({ itemId, caseId: kase.id, page: 1, quote: 'приговор', tags: ['ICCPR-14'], createdAt: new Date().toISOString() }));
  return { kase, person, link, event, itemId, excerpt };
}

async function everything(records: Records) {
  return {
    cases: await records.cases.list(),
    people: await records.people.list(),
    events: await records.events.list(),
    casePeople: await records.casePeople.list(),
    caseItems: await records.caseItems.list(),
    itemTexts: await records.itemTexts.list(),
    excerpts: await records.excerpts.list(),
  };
}

describe('journal-first writes', () => {
  it('appends each write to the journal before IndexedDB commits it, the row exactly as stored', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-first');
    const fake = fakeJournal();
    const records = await openWith(keys, name, fake);
    const order: string[] = [];
    fake.state.onAppend = () => {
      order.push('append');
      // Queued behind the write's transaction: it sees the row only once IndexedDB committed it.
      void readRawRows(name).then((raw) => order.push(`indexeddb: ${raw.cases?.length ?? 0} case(s)`));
    };
    const kase = unwrap(await records.cases.save({ title: 'Задержание в Алматы', tags: ['CC-174'] }));
    for (let i = 0; i < 50 && order.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(['append', 'indexeddb: 1 case(s)']);

    expect(fake.entries).toHaveLength(1);
    const [entry] = fake.entries;
    const raw = (await readRawRows(name)).cases![0]!;
    expect(entry).toMatchObject({ op: 'put', table: 'cases', id: kase.id, seq: 0 });
    if (entry!.op !== 'put') throw new Error('expected a put');
    const { id, sealed, ...columns } = raw;
    expect(id).toBe(kase.id);
    expect(entry!.row.columns).toEqual(columns);
    expect(Buffer.from(entry!.row.sealed, 'base64')).toEqual(Buffer.from(sealed as Uint8Array));
    // Nothing readable crosses to main: the title is sealed, the tag only a blind index.
    expect(JSON.stringify(entry)).not.toContain('Алматы');
    expect(JSON.stringify(entry)).not.toContain('CC-174');
  });

  it('keeps drafts and the unlock snapshot out of the journal', async () => {
    const fake = fakeJournal();
    const records = await openWith(await makeRecordKeys(), uniqueDatabaseName('journal-drafts'), fake);
    await records.drafts.put('case:new:title', 'half typed');
    unwrap(await records.cases.save({ title: 'One' }));
    await records.flush();
    expect(fake.entries.map((e) => e.table)).toEqual(['cases']);
  });

  it('sends a bulk write, a merge, a case deletion and an import as one append each', async () => {
    const fake = fakeJournal();
    const records = await openWith(await makeRecordKeys(), uniqueDatabaseName('journal-groups'), fake);
    const a = await fillCase(records, 'A');
    const b = await fillCase(records, 'B');
    let appends = fake.state.appends;
    unwrap(await records.cases.merge(a.kase.id, b.kase.id));
    expect(fake.state.appends).toBe(appends + 1);
    appends = fake.state.appends;
    const summary = unwrap(await records.importBatch({ cases: Array.from({ length: 30 }, (_, i) => ({ title: `Imported ${i}` })) }));
    expect(summary.cases).toBe(30);
    expect(fake.state.appends).toBe(appends + 1);
    appends = fake.state.appends;
    const before = fake.entries.length;
    await records.cases.delete(a.kase.id);
    expect(fake.state.appends).toBe(appends + 1);
    // The case and everything it owned, each named: events, links, attachments, excerpts (b's moved onto a).
    const deleted = fake.entries.slice(before);
    expect(deleted.every((e) => e.op === 'delete')).toBe(true);
    expect(deleted.map((e) => e.table).sort()).toEqual(['caseItems', 'caseItems', 'casePeople', 'casePeople', 'cases', 'events', 'events', 'excerpts', 'excerpts'].sort());
  });

  it('fails a save whose append is refused, and leaves IndexedDB, the list and the journal as they were', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-refused');
    const fake = fakeJournal();
    const records = await openWith(keys, name, fake);
    const { kase, person, event } = await fillCase(records);
    const other = unwrap(await records.cases.save({ title: 'Other' }));
    const rows = await journaledRows(name);
    const entries = fake.entries.length;

    fake.state.refuse = { code: 'vault.locked' };
    expect(await records.cases.save({ ...kase, title: 'Edited while the vault locked' })).toEqual({ ok: false, error: { code: 'vault.locked' } });
    expect(await records.cases.save({ title: 'New while locked' })).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
    await expect(records.events.delete(event.id)).rejects.toMatchObject({ code: 'vault.locked' });
    await expect(records.people.delete(person.id)).rejects.toMatchObject({ code: 'vault.locked' });
    await expect(records.cases.delete(kase.id)).rejects.toMatchObject({ code: 'vault.locked' });
    expect(await records.cases.merge(kase.id, other.id)).toMatchObject({ ok: false, error: { code: 'vault.locked' } });
    expect(await records.importBatch({ cases: [{ title: 'Imported' }] })).toMatchObject({ ok: false, error: { code: 'vault.locked' } });

    expect(await journaledRows(name)).toEqual(rows);
    expect(fake.entries).toHaveLength(entries);
    expect((await records.cases.list()).map((c) => c.title).sort()).toEqual(['Other', 'Разгон пикета у акимата']);
    expect(await records.events.get(event.id)).toEqual(event);

    fake.state.refuse = undefined;
    expect((await records.cases.save({ ...kase, title: 'Edited once unlocked' })).ok).toBe(true);
    expect(fake.entries).toHaveLength(entries + 1);
  });
});

describe('rebuilding the working copy from the journal', () => {
  it('gives a fresh profile the same records, row for row, and the same search', async () => {
    const keys = await makeRecordKeys();
    const first = uniqueDatabaseName('journal-source');
    const fake = fakeJournal();
    const records = await openWith(keys, first, fake);
    const filled = await fillCase(records);
    unwrap(await records.cases.save({ ...filled.kase, summary: 'edited after review' }));
    const expected = await everything(records);
    records.dispose();

    const fresh = uniqueDatabaseName('journal-fresh');
    const rebuilt = await openWith(keys, fresh, fake);
    expect(await everything(rebuilt)).toEqual(expected);
    expect(await journaledRows(fresh)).toEqual(await journaledRows(first));
    expect(rebuilt.search('Ilyashev').map((h) => h.id)).toContain(filled.person.id);
    expect((await rebuilt.people.findByName('Ilyashev Alnur')).map((p) => p.id)).toEqual([filled.person.id]);
    expect(rebuilt.damaged()).toEqual([]);
  });

  it('replays deletions: a deleted event, a person with their links, a case with everything it owned', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const records = await openWith(keys, uniqueDatabaseName('journal-deletes'), fake);
    const a = await fillCase(records, 'A');
    const b = await fillCase(records, 'B');
    const c = await fillCase(records, 'C');
    await records.events.delete(a.event.id);
    await records.people.delete(b.person.id);
    await records.cases.delete(c.kase.id);
    const expected = await everything(records);
    records.dispose();

    const rebuilt = await openWith(keys, uniqueDatabaseName('journal-deletes-fresh'), fake);
    const got = await everything(rebuilt);
    expect(got).toEqual(expected);
    expect(got.cases.map((x) => x.title).sort()).toEqual(['A', 'B']);
    expect(got.events.map((e) => e.id)).toEqual([b.event.id]);
    expect(got.people.map((p) => p.id).sort()).toEqual([a.person.id, c.person.id].sort());
    expect(got.casePeople.map((l) => l.id)).toEqual([a.link.id]);
    expect(got.excerpts.map((x) => x.id).sort()).toEqual([a.excerpt.id, b.excerpt.id].sort());
  });

  it('catches up with what another profile wrote, reading only the entries it lacks', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const laptop = uniqueDatabaseName('journal-laptop');
    const records = await openWith(keys, laptop, fake);
    await fillCase(records, 'Written on the laptop');
    records.dispose();
    await records.flush();
    const held = fake.entries.length;

    const other = await openWith(keys, uniqueDatabaseName('journal-other'), fake);
    const written = unwrap(await other.cases.save({ title: 'Written elsewhere' }));
    other.dispose();

    const reads: number[] = [];
    const read = fake.journal.read.bind(fake.journal);
    const again = await openRecords(keys, {
      name: laptop,
      journal: { ...fake.journal, read: (after, limit, latest) => (reads.push(after), read(after, limit, latest)) },
    });
    open.push(again);
    expect((await again.cases.get(written.id))?.title).toBe('Written elsewhere');
    expect(reads[0]).toBe(held - 1);
    expect(Math.min(...reads)).toBe(held - 1);
  });

  it('rebuilds from zero a copy longer than its journal, and one built from another journal', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-stale');
    const fake = fakeJournal();
    const records = await openWith(keys, name, fake);
    const kept = unwrap(await records.cases.save({ title: 'Kept' }));
    unwrap(await records.cases.save({ title: 'Lost with the journal tail' }));
    records.dispose();
    await records.flush();

    // The journal now ends before what this copy holds (say, restored from an older backup).
    fake.entries.splice(1);
    const shorter = await openWith(keys, name, fake);
    expect((await shorter.cases.list()).map((c) => c.id)).toEqual([kept.id]);
    shorter.dispose();
    await shorter.flush();

    // A journal of the same length whose entries differ: the copy is not built from it.
    const elsewhere = fakeJournal();
    const source = await openWith(keys, uniqueDatabaseName('journal-elsewhere'), elsewhere);
    const theirs = unwrap(await source.cases.save({ title: 'Theirs' }));
    source.dispose();
    const replaced = await openWith(keys, name, elsewhere);
    expect((await replaced.cases.list()).map((c) => c.id)).toEqual([theirs.id]);
  });

  it('rebuilds a copy whose rows were deleted under it, and says when the database goes while open', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-lost');
    const fake = fakeJournal();
    let lost = 0;
    const records = await openRecords(keys, { name, journal: fake.journal, onLost: () => lost++ });
    open.push(records);
    const { kase } = await fillCase(records);
    const deleting = new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await deleting;
    expect(lost).toBe(1);
    await expect(records.cases.list()).rejects.toMatchObject({ code: 'vault.locked' });

    const reopened = await openWith(keys, name, fake);
    expect((await reopened.cases.list()).map((c) => c.id)).toEqual([kase.id]);
  });

  it('reports progress batch by batch, and fails the open with the reason when the journal cannot be read', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const records = await openWith(keys, uniqueDatabaseName('journal-progress'), fake);
    unwrap(await records.importBatch({ cases: Array.from({ length: READ_BATCH + 500 }, (_, i) => ({ title: `Case ${i}` })) }));
    records.dispose();

    const progress: SyncProgress[] = [];
    const rebuilt = await openWith(keys, uniqueDatabaseName('journal-progress-fresh'), fake, (p) => progress.push(p));
    expect(progress).toEqual([
      { phase: 'replay', done: READ_BATCH, total: READ_BATCH + 500 },
      { phase: 'replay', done: READ_BATCH + 500, total: READ_BATCH + 500 },
    ]);
    expect(await rebuilt.cases.list()).toHaveLength(READ_BATCH + 500);

    fake.state.refuseReads = { code: 'vault.locked' };
    const failed = openRecords(keys, { name: uniqueDatabaseName('journal-unreadable'), journal: fake.journal });
    await expect(failed).rejects.toBeInstanceOf(JournalSyncError);
    await expect(failed).rejects.toMatchObject({ cause: { code: 'vault.locked' } });
  });
});

describe('migrating a working copy made before the journal', () => {
  it('sends every row of an existing database to an empty journal, so a fresh profile gets them all', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-migrate');
    // Made by this version without a journal, as every vault before it was.
    const before = await openRecords(keys, { name });
    const filled = await fillCase(before);
    unwrap(await before.cases.save({ title: 'Second' }));
    await before.events.delete(filled.event.id);
    const expected = await everything(before);
    before.dispose();
    await before.flush();
    const rows = await journaledRows(name);
    const rowCount = Object.values(rows).flat().length;

    const fake = fakeJournal();
    const migrated = await openWith(keys, name, fake);
    expect(await everything(migrated)).toEqual(expected);
    expect(fake.entries).toHaveLength(rowCount);
    expect(fake.entries.every((e) => e.op === 'put')).toBe(true);
    // Nothing was rewritten: the rows are the ones that were there.
    expect(await journaledRows(name)).toEqual(rows);
    migrated.dispose();
    await migrated.flush();

    // Migrated once: the next unlock only confirms its position.
    const again = await openWith(keys, name, fake);
    expect(fake.entries).toHaveLength(rowCount);
    expect(await everything(again)).toEqual(expected);

    const fresh = uniqueDatabaseName('journal-migrate-fresh');
    const elsewhere = await openWith(keys, fresh, fake);
    expect(await everything(elsewhere)).toEqual(expected);
    expect(await journaledRows(fresh)).toEqual(rows);
  });

  it('never sends rows sealed under another vault\'s key (another vault on the same origin), and clears them', async () => {
    const name = uniqueDatabaseName('journal-migrate-foreign');
    // Another vault's working copy, left in this profile with no journal position this vault can read.
    const otherVault = await openRecords(await makeRecordKeys(), { name });
    await fillCase(otherVault, 'Another vault’s case');
    otherVault.dispose();
    await otherVault.flush();

    const fake = fakeJournal();
    const mine = await openWith(await makeRecordKeys(), name, fake);
    expect(fake.entries).toEqual([]);
    expect(await mine.cases.list()).toEqual([]);
    expect(Object.values(await journaledRows(name)).flat()).toEqual([]);
  });

  it('sends a large database in groups of at most 5000', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-migrate-large');
    const before = await openRecords(keys, { name });
    unwrap(await before.importBatch({ cases: Array.from({ length: 5200 }, (_, i) => ({ title: `Case ${i}` })) }));
    before.dispose();
    await before.flush();

    const fake = fakeJournal();
    const sizes: number[] = [];
    fake.state.onAppend = (writes) => void sizes.push(writes.length);
    const progress: SyncProgress[] = [];
    const migrated = await openWith(keys, name, fake, (p) => progress.push(p));
    expect(sizes).toEqual([5000, 200]);
    expect(progress.filter((p) => p.phase === 'migrate')).toEqual([
      { phase: 'migrate', done: 5000, total: 5200 },
      { phase: 'migrate', done: 5200, total: 5200 },
    ]);
    // The first list may come from the sealed snapshot, proved current against the rows in the background.
    await migrated.ready;
    expect(await migrated.cases.list()).toHaveLength(5200);
    // Thousands of rows sealed and stored: seconds on a busy 2-core machine, over vitest's default 5 s.
  }, 60_000);

  it('appends an import too large for one message as one batch: all of it, or none of it when a part is refused', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const records = await openWith(keys, uniqueDatabaseName('journal-batch'), fake);
    const parts: number[] = [];
    fake.state.onAppend = (writes) => void parts.push(writes.length);
    const appendsBefore = fake.state.appends;
    unwrap(await records.importBatch({ cases: Array.from({ length: 5200 }, (_, i) => ({ title: `Case ${i}` })) }));
    expect(parts).toEqual([5000, 200]);
    // Two messages, one append: the journal took all 5200 in one group.
    expect(fake.state.appends - appendsBefore).toBe(1);
    expect(fake.entries).toHaveLength(5200);

    fake.state.onAppend = (writes) => {
      if (writes.length === 200) fake.state.refuse = { code: 'vault.locked' };
    };
    const refused = await records.importBatch({ cases: Array.from({ length: 5200 }, (_, i) => ({ title: `Second ${i}` })) });
    expect(refused.ok).toBe(false);
    expect(fake.entries).toHaveLength(5200);
    expect(await records.cases.list()).toHaveLength(5200);
    // Thousands of rows sealed and stored: seconds on a busy 2-core machine, over vitest's default 5 s.
  }, 60_000);

  it('keeps its own rows when another profile already filled the journal, and one cut short resumes', async () => {
    const keys = await makeRecordKeys();
    const fake = fakeJournal();
    const theirs = await openWith(keys, uniqueDatabaseName('journal-theirs'), fake);
    const their = unwrap(await theirs.cases.save({ title: 'Theirs' }));
    theirs.dispose();

    const name = uniqueDatabaseName('journal-mine');
    const mine = await openRecords(keys, { name });
    const a = unwrap(await mine.cases.save({ title: 'Mine A' }));
    const b = unwrap(await mine.cases.save({ title: 'Mine B' }));
    mine.dispose();
    await mine.flush();

    // The first append of the migration is refused: nothing may be lost, and the next unlock finishes it.
    fake.state.refuse = { code: 'vault.locked' };
    await expect(openRecords(keys, { name, journal: fake.journal })).rejects.toBeInstanceOf(JournalSyncError);
    expect((await readRawRows(name)).cases).toHaveLength(2);
    fake.state.refuse = undefined;

    const migrated = await openWith(keys, name, fake);
    expect((await migrated.cases.list()).map((c) => c.id).sort()).toEqual([their.id, a.id, b.id].sort());
    expect(fake.entries.filter((e) => e.table === 'cases')).toHaveLength(3);
  });
});

describe('the database schema', () => {
  it('keeps the journal position in its own sealed row', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('journal-meta');
    const fake = fakeJournal();
    const records = await openWith(keys, name, fake);
    unwrap(await records.cases.save({ title: 'Counted' }));
    records.dispose();
    await records.flush();
    await new Promise((r) => setTimeout(r, 20));
    const meta = (await readRawRows(name)).meta!;
    expect(meta).toHaveLength(1);
    expect(Object.keys(meta[0]!).sort()).toEqual(['id', 'sealed']);
    // A Dexie read of it is refused like any row that does not open as a record.
    const db = new RecordsDatabase(keys, { name });
    await expect(db.table('meta').toArray()).rejects.toMatchObject({ code: 'records.unreadable' });
    db.close();
  });
});
