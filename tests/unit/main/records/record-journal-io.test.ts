import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalTable, JournalWrite } from '../../../../shared/ipc/channels/records';
import { RecordJournal, type JournalContext } from '../../../../src-main/records/record-journal';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { steppingClock, tempDir } from '../vault/temp-vault';
import { sealLikeTheRenderer } from './journal-fixture';

const RECORDS_KEY = randomBytes(32);

function journalFiles() {
  const dir = tempDir();
  const key = randomBytes(32);
  const context: JournalContext = { device: DeviceKey.generate(), key: () => key, now: steppingClock() };
  return { dir, context, path: join(dir, 'journal.log'), headPath: join(dir, 'journal.head') };
}

const put = (table: JournalTable, id: string, record: Record<string, unknown>): JournalWrite => ({
  op: 'put',
  table,
  id,
  row: { columns: { kind: table, ...(typeof record.caseId === 'string' ? { caseId: record.caseId } : {}) }, sealed: sealLikeTheRenderer(RECORDS_KEY, table, id, { id, ...record }) },
});

/** About 700 KB on its line: two of them make a span past the 1 MiB a read or an overwrite takes at once. */
const large = (id: string) => put('notes', id, { body: 'x'.repeat(400_000) });
const small = (id: string, title = id) => put('cases', id, { title });
const idOf = (c: string) => c.repeat(32);

const reopen = (files: { path: string; headPath: string; context: JournalContext }) => RecordJournal.open(files.path, files.headPath, files.context, true);
const openFds = () => readdirSync('/proc/self/fd').length;

async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  return fn().then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** How many reads the journal makes of its file while `fn` runs (every FileHandle shares one prototype). */
async function readsDuring<T>(fn: () => Promise<T>): Promise<{ value: T; reads: number }> {
  const probe = await openFile(import.meta.filename, 'r');
  const prototype = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => unknown };
  await probe.close();
  const spy = vi.spyOn(prototype, 'read');
  try {
    const value = await fn();
    return { value, reads: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('record journal: generations', () => {
  it('has no generation as made, and keeps the one a purge started across a reopen', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([small(idOf('a')), small(idOf('b'))]);
    expect(journal.generation).toBe('');
    expect((await reopen(files)).generation).toBe('');

    await journal.purge((line) => line.id === idOf('a'));
    expect(journal.generation).toMatch(/^[0-9a-f]{32}$/);
    const reopened = await reopen(files);
    expect(reopened.generation).toBe(journal.generation);
    expect((await reopened.read(0, 10)).map((e) => [e.seq, e.id])).toEqual([[0, idOf('b')]]);
  });

  it('rewrites nothing when a purge chooses no entry: same bytes, same head, same generation', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([small(idOf('a'))]);
    const bytes = readFileSync(files.path);
    const head = readFileSync(files.headPath);
    expect(await journal.purge(() => false)).toEqual({ removed: 0 });
    expect(readFileSync(files.path)).toEqual(bytes);
    expect(readFileSync(files.headPath)).toEqual(head);
    expect(journal.generation).toBe('');
    expect(existsSync(`${files.path}.next`)).toBe(false);
  });

  it('refuses to purge, or to give a history from, a damaged journal, naming where and why', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([small(idOf('a'))]);
    await journal.append([small(idOf('a'), 'second')]);
    const lines = readFileSync(files.path, 'utf8').split('\n');
    writeFileSync(files.path, `${lines.slice(0, 2).join('\n')}\n`);
    const damaged = await reopen(files);
    const refusal = { code: 'records.journalDamaged', details: { seq: 1, reason: 'shorter' } };
    expect(await thrown(() => damaged.purge(() => true))).toMatchObject(refusal);
    expect(await thrown(() => damaged.history('cases', idOf('a')))).toMatchObject(refusal);
    expect(readFileSync(files.path, 'utf8')).toBe(`${lines.slice(0, 2).join('\n')}\n`);
  });
});

describe('record journal: the file a purge replaces', () => {
  it('overwrites every byte of the old journal with zeros, and no byte more, past the first MiB too', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([large(idOf('a')), small(idOf('b'))]);
    await journal.append([large(idOf('c'))]);
    // A second name for the old file: after the rename it still reaches the blocks the old journal held.
    const oldName = join(files.dir, 'old-journal');
    linkSync(files.path, oldName);
    const before = readFileSync(oldName);
    expect(before.length).toBeGreaterThan(1 << 20);

    await journal.purge((line) => line.id === idOf('b'));
    const after = readFileSync(oldName);
    expect(after.length).toBe(before.length);
    expect(after.every((byte) => byte === 0)).toBe(true);
    expect((await reopen(files)).head.count).toBe(2);
  });

  it.runIf(existsSync('/proc/self/fd'))('leaves no file open after a purge', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([small(idOf('a')), small(idOf('b')), small(idOf('c'))]);
    const before = openFds();
    await journal.purge((line) => line.id === idOf('b'));
    expect(openFds()).toBe(before);
  });
});

describe('record journal: how entries are read from the file', () => {
  /** Entries placed so that each history below tests one side of the one-span-or-one-read-each choice. */
  async function laidOut() {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([large(idOf('b')), large(idOf('b'))]); // seq 0, 1: more than a MiB before everything else
    await journal.append([small(idOf('a'), 'one'), small(idOf('a'), 'two')]); // 2, 3: close together, far into the file
    await journal.append([large(idOf('c')), large(idOf('c'))]); // 4, 5: two large entries side by side
    await journal.append([small(idOf('d'), 'one'), large(idOf('e')), large(idOf('e')), small(idOf('d'), 'two')]); // 6, 9: large ones between
    await journal.append([small(idOf('f'), 'one')]); // 10
    await journal.append(Array.from({ length: 10 }, (_, i) => small(idOf('g'), `${i}`))); // 11-20: small ones between
    await journal.append([small(idOf('f'), 'two')]); // 21
    return journal;
  }

  it('reads entries that lie close together with one read, wherever they are in the file', async () => {
    const journal = await laidOut();
    const near = await readsDuring(() => journal.history('cases', idOf('a')));
    expect(near.value.map((e) => [e.seq, e.version])).toEqual([[2, 1], [3, 2]]);
    expect(near.reads).toBe(1);
    // Two entries of about 700 KB each: the span is the entries themselves, so it is still one read.
    const side = await readsDuring(() => journal.history('notes', idOf('c')));
    expect(side.value.map((e) => e.seq)).toEqual([4, 5]);
    expect(side.reads).toBe(1);
    // Under a MiB in all, with ten small entries between: reading them along is cheaper than two seeks.
    const spread = await readsDuring(() => journal.history('cases', idOf('f')));
    expect(spread.value.map((e) => e.seq)).toEqual([10, 21]);
    expect(spread.reads).toBe(1);
  });

  it('reads entries with a MiB between them one by one, rather than the MiB', async () => {
    const journal = await laidOut();
    const apart = await readsDuring(() => journal.history('cases', idOf('d')));
    expect(apart.value.map((e) => [e.seq, e.version, e.op === 'put' && e.row.sealed.length > 0])).toEqual([[6, 1, true], [9, 2, true]]);
    expect(apart.reads).toBe(2);
  });

  it('reads a page of latest entries of small records with one read', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append(Array.from({ length: 30 }, (_, i) => small(i.toString(16).padStart(32, '0'))));
    const page = await readsDuring(() => journal.readLatest(0, 100));
    expect(page.value.entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(page.value.next).toBe(30);
    expect(page.reads).toBe(1);
  });

  it('builds the per-case index once: asking again reads nothing from the file', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    const caseId = idOf('a');
    await journal.append([small(caseId), put('events', idOf('e'), { caseId, description: 'at the checkpoint' })]);
    const first = await readsDuring(() => journal.recordsOfCase(caseId));
    expect(first.value).toEqual([{ table: 'cases', id: caseId }, { table: 'events', id: idOf('e') }]);
    expect(first.reads).toBeGreaterThan(0);
    const again = await readsDuring(() => journal.recordsOfCase(caseId));
    expect(again.value).toEqual(first.value);
    expect(again.reads).toBe(0);
  });
});
