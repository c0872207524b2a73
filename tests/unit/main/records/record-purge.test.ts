import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../../src-main/app/create-app';
import { caseChanges } from '../../../../src-main/records/case-history';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { codeOf, openTestVault, tempDir } from '../vault/temp-vault';
import { rendererWrites } from './journal-fixture';

const PASSPHRASE = 'pass phrase';
const CASE = 'c'.repeat(32);
const OTHER_CASE = 'd'.repeat(32);
const EVENT = 'e'.repeat(32);
const MOVED_EVENT = 'f'.repeat(32);
const PERSON = 'p'.repeat(32);
const LINK = 'l'.repeat(32);

/** A vault whose journal holds a case with two versions, an event, a person linked to it, and another case. */
async function vaultWithCases() {
  const vault = openTestVault();
  await vault.create(PASSPHRASE);
  const put = await rendererWrites(vault.dataDir, PASSPHRASE);
  await vault.appendRecords([put('cases', CASE, { title: 'Withdrawn-Canary detention' })]);
  await vault.appendRecords([put('cases', OTHER_CASE, { title: 'Kept dispersal' })]);
  await vault.appendRecords([put('cases', CASE, { title: 'Withdrawn-Canary detention', summary: 'Named-Witness-Canary saw it' })]);
  await vault.appendRecords([put('events', EVENT, { caseId: CASE, description: 'Event-Canary at the checkpoint' })]);
  // An event that belonged to the purged case once and was then moved: its old version still names the case.
  await vault.appendRecords([put('events', MOVED_EVENT, { caseId: CASE, description: 'Moved-Canary first draft' })]);
  await vault.appendRecords([put('events', MOVED_EVENT, { caseId: OTHER_CASE, description: 'moved to the other case' })]);
  await vault.appendRecords([put('people', PERSON, { names: [{ text: 'Person-Canary Ильяшев' }] })]);
  await vault.appendRecords([put('casePeople', LINK, { caseId: OTHER_CASE, personId: PERSON, role: 'victim' })]);
  return { vault, put, journal: join(vault.dataDir, 'vault', 'records', 'journal.log'), head: join(vault.dataDir, 'vault', 'records', 'journal.head') };
}

/** Every record's title, description or name the journal still yields, opened. */
async function everythingReadable(vault: Awaited<ReturnType<typeof vaultWithCases>>['vault']): Promise<string> {
  const seen: unknown[] = [];
  for (const [table, records] of await vault.currentRecords()) for (const [id, record] of records) seen.push(table, id, record);
  for (const table of ['cases', 'events', 'people'] as const) {
    for (const id of [CASE, EVENT, MOVED_EVENT, PERSON, OTHER_CASE]) seen.push(await vault.recordHistory(table, id));
  }
  return JSON.stringify(seen);
}

describe('purging records from the journal', () => {
  it('forgets a case and every version of what belonged to it; keeps the rest, and what moved away since', async () => {
    const { vault } = await vaultWithCases();
    const result = await vault.purgeRecords('cases', CASE);
    // The case (2 versions), its event (1) and the version of the moved event written while it was in the case.
    expect(result).toEqual({ records: 3, entries: 4 });
    const readable = await everythingReadable(vault);
    for (const canary of ['Withdrawn-Canary', 'Named-Witness-Canary', 'Event-Canary', 'Moved-Canary', CASE]) expect(readable).not.toContain(canary);
    expect(readable).toContain('Kept dispersal');
    expect(readable).toContain('Person-Canary');
    expect(readable).toContain('moved to the other case');

    // Survives a lock: the rewritten journal, its head and its chain open cleanly, and the numbering closed up.
    vault.lock('user');
    await vault.unlock(PASSPHRASE);
    const { entries, head } = await vault.readRecords(0, 100);
    expect(head.count).toBe(4);
    // The moved event kept one of its two versions, numbered again so versions still count its entries.
    expect(entries.map((e) => [e.seq, e.table, e.version])).toEqual([[0, 'cases', 1], [1, 'events', 1], [2, 'people', 1], [3, 'casePeople', 1]]);
    expect((await vault.verify()).records).toMatchObject({ ok: true, entries: 4 });
  });

  it('leaves no byte of the purged records in the journal file, and says in custody only that a purge happened', async () => {
    const { vault, journal } = await vaultWithCases();
    const before = readFileSync(journal, 'utf8');
    await vault.purgeRecords('cases', CASE);
    const after = readFileSync(journal, 'utf8');
    // Ids are on each line in the clear: none of the purged records' remains.
    for (const id of [CASE, EVENT]) {
      expect(before).toContain(id);
      expect(after).not.toContain(id);
    }
    expect(after.split('\n')[0]).toMatch(/^tamga-journal 1 [0-9a-f]{32}$/);
    const purged = (await vault.custodyEvents()).filter((e) => e.event === 'records.purged');
    expect(purged).toHaveLength(1);
    expect(purged[0]!.details).toEqual({ records: 3, entries: 4 });
    expect(JSON.stringify(purged)).not.toContain(CASE);
    expect((await vault.verify()).custody.ok).toBe(true);
  });

  it('forgets a person with their links to cases, and keeps the cases', async () => {
    const { vault } = await vaultWithCases();
    expect(await vault.purgeRecords('people', PERSON)).toEqual({ records: 2, entries: 2 });
    const current = await vault.currentRecords();
    expect(current.get('people')?.size ?? 0).toBe(0);
    expect(current.get('casePeople')?.size ?? 0).toBe(0);
    expect(current.get('cases')?.size).toBe(2);
  });

  it('refuses a record that is not there, and changes nothing', async () => {
    const { vault, journal } = await vaultWithCases();
    const before = readFileSync(journal);
    expect(await codeOf(() => vault.purgeRecords('cases', 'z'.repeat(32)))).toBe('records.missing');
    expect(readFileSync(journal).equals(before)).toBe(true);
  });

  it('takes appends after a purge onto the new chain, with versions that go on from the kept ones', async () => {
    const { vault, put } = await vaultWithCases();
    await vault.purgeRecords('cases', CASE);
    const written = await vault.appendRecords([put('cases', OTHER_CASE, { title: 'Kept dispersal, edited' })]);
    expect(written).toMatchObject({ head: { count: 5 }, versions: [2] });
    vault.lock('user');
    await vault.unlock(PASSPHRASE);
    expect((await vault.currentRecords()).get('cases')?.get(OTHER_CASE)).toMatchObject({ title: 'Kept dispersal, edited' });
  });

  it('finishes a purge that was cut between its two renames, and drops one cut before its head was written', async () => {
    const { vault, journal, head } = await vaultWithCases();
    const oldJournal = readFileSync(journal);
    const oldHead = readFileSync(head);
    await vault.purgeRecords('cases', CASE);
    const newJournal = readFileSync(journal);
    vault.lock('user');

    // Crash after the journal's rename, before the head's: the staged head is still beside the new journal.
    copyFileSync(head, `${head}.next`);
    writeFileSync(head, oldHead);
    await vault.unlock(PASSPHRASE);
    expect((await vault.readRecords(0, 100)).head.count).toBe(4);
    expect(existsSync(`${head}.next`)).toBe(false);
    vault.lock('user');

    // Crash before either rename: both staged files complete, the old journal (zeroed) still in place.
    renameSync(journal, `${journal}.next`);
    renameSync(head, `${head}.next`);
    writeFileSync(journal, Buffer.alloc(oldJournal.length));
    writeFileSync(head, oldHead);
    await vault.unlock(PASSPHRASE);
    expect(readFileSync(journal).equals(newJournal)).toBe(true);
    expect((await vault.verify()).records.ok).toBe(true);
    vault.lock('user');

    // Crash while the staged journal was being written, before its head: the old journal stands, whole.
    writeFileSync(`${journal}.next`, 'tamga-journal 1 0123');
    await vault.unlock(PASSPHRASE);
    expect(existsSync(`${journal}.next`)).toBe(false);
    expect((await vault.readRecords(0, 100)).head.count).toBe(4);
    rmSync(`${journal}.next`, { force: true });
  });

  it('serves a rebuild from nothing one entry per record: the latest of each, in journal order', async () => {
    const { vault } = await vaultWithCases();
    const all = await vault.readRecords(0, 100);
    const latest = await vault.readRecords(0, 100, true);
    expect(all.entries).toHaveLength(8);
    expect(latest.entries.map((e) => [e.table, e.version])).toEqual([['cases', 1], ['cases', 2], ['events', 1], ['events', 2], ['people', 1], ['casePeople', 1]]);
    expect(latest.next).toBe(8);
    // Paged: each page ends on the entry before `next`, so a rebuild cut short resumes from there.
    const first = await vault.readRecords(0, 2, true);
    expect(first.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(first.next).toBe(3);
    const rest = await vault.readRecords(first.next, 100, true);
    expect(rest.entries.map((e) => e.seq)).toEqual([3, 5, 6, 7]);
  });
});

describe('one writer at a time', () => {
  it('refuses appends from any window but the one that claimed the journal last, and tells the one that lost it', async () => {
    const dataDir = tempDir();
    const events: unknown[] = [];
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: (event, payload) => events.push({ event, payload }) });
    try {
      expect((await dispatch(app.handlers, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
      const put = await rendererWrites(dataDir, PASSPHRASE);
      const [first, second] = [crypto.randomUUID(), crypto.randomUUID()];
      const append = (writer: string, title: string) => dispatch(app.handlers, 'records.append', { writes: [put('cases', CASE, { title })], writer });
      const codeOfResult = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? undefined : result.error?.code);

      expect(codeOfResult(await append(first, 'before any claim'))).toBe('records.otherWriter');
      expect((await dispatch(app.handlers, 'records.claimWriter', { writer: first })).ok).toBe(true);
      expect((await append(first, 'a')).ok).toBe(true);
      expect((await dispatch(app.handlers, 'records.claimWriter', { writer: second })).ok).toBe(true);
      expect(events).toEqual([
        { event: 'records.writerChanged', payload: { writer: first } },
        { event: 'records.writerChanged', payload: { writer: second } },
      ]);
      expect(codeOfResult(await append(first, 'from the window that lost it'))).toBe('records.otherWriter');
      expect((await append(second, 'c')).ok).toBe(true);
      expect((await app.vault.readRecords(0, 10)).head.count).toBe(2);
      expect(codeOfResult(await dispatch(app.handlers, 'records.claimWriter', { writer: 'not-a-writer-id' }))).toBe('ipc.invalidInput');

      // A lock frees the journal: whoever unlocks next claims it again.
      await dispatch(app.handlers, 'vault.lock', {});
      expect(codeOfResult(await dispatch(app.handlers, 'records.claimWriter', { writer: second }))).toBe('vault.locked');
    } finally {
      app.dispose();
    }
  });

  it('holds the parts of a batch and appends them in one group at the last; a new writer drops unfinished parts', async () => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined });
    try {
      expect((await dispatch(app.handlers, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
      const put = await rendererWrites(dataDir, PASSPHRASE);
      const writer = crypto.randomUUID();
      await dispatch(app.handlers, 'records.claimWriter', { writer });
      const batch = 'ab'.repeat(16);
      const part = (id: string, last: boolean, from = writer) =>
        dispatch(app.handlers, 'records.append', { writes: [put('cases', id.repeat(32), { title: id })], writer: from, batch: { id: batch, last } });
      const first = await part('a', false);
      expect(first.ok && first.value).toEqual({ head: expect.objectContaining({ count: 0 }), versions: [] });
      expect((await app.vault.readRecords(0, 10)).head.count).toBe(0);
      const last = await part('b', true);
      expect(last.ok).toBe(true);
      expect((await app.vault.readRecords(0, 10)).entries.map((e) => [e.seq, e.version])).toEqual([[0, 1], [1, 1]]);
      const custody = (await app.vault.custodyEvents()).filter((e) => e.event === 'record.written');
      expect(custody.map((e) => e.details?.count)).toEqual([2]);

      // A part, then another window takes over: the part never reaches the journal, even if a last part follows.
      await part('c', false);
      const other = crypto.randomUUID();
      await dispatch(app.handlers, 'records.claimWriter', { writer: other });
      await dispatch(app.handlers, 'records.claimWriter', { writer });
      await part('d', true);
      expect((await app.vault.currentRecords()).get('cases')?.has('c'.repeat(32))).toBe(false);
      expect((await app.vault.currentRecords()).get('cases')?.has('d'.repeat(32))).toBe(true);
    } finally {
      app.dispose();
    }
  });
});

describe('a case history from the per-case index', () => {
  it('names every record that is or was part of the case, and keeps up with appends after the first read', async () => {
    const { vault, put } = await vaultWithCases();
    const ids = async (caseId: string) => new Set((await caseChanges(vault, caseId)).map((change) => change.id));
    expect(await ids(OTHER_CASE)).toEqual(new Set([OTHER_CASE, MOVED_EVENT, LINK]));
    // The moved event was part of CASE once: its first version stays in CASE's history.
    expect(await ids(CASE)).toEqual(new Set([CASE, EVENT, MOVED_EVENT]));
    const later = 'n'.repeat(32);
    await vault.appendRecords([put('notes', later, { caseId: OTHER_CASE, text: 'written after the index was built' })]);
    expect(await ids(OTHER_CASE)).toContain(later);
    await vault.purgeRecords('cases', CASE);
    expect(await codeOf(() => caseChanges(vault, CASE))).toBe('records.missing');
    expect(await ids(OTHER_CASE)).toEqual(new Set([OTHER_CASE, MOVED_EVENT, LINK, later]));
  });
});
