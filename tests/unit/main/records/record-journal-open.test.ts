import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JournalTable, JournalWrite } from '../../../../shared/ipc/channels/records';
import { RecordJournal, type JournalContext } from '../../../../src-main/records/record-journal';
import { sealBox, utf8 } from '../../../../src-main/vault/aes-gcm-box';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { lineHash, readHead, writeHead } from '../../../../src-main/vault/signed-head';
import { codeOf, steppingClock, tempDir } from '../vault/temp-vault';
import { sealLikeTheRenderer } from './journal-fixture';

const RECORDS_KEY = randomBytes(32);
const HEAD_LABEL = 'tamga journal head v1';

/** A record journal and its head in a fresh directory, with its own device and key: RecordJournal itself, no vault. */
function journalFiles() {
  const dir = tempDir();
  const key = randomBytes(32);
  const context: JournalContext = { device: DeviceKey.generate(), key: () => key, now: steppingClock() };
  const headContext = { device: context.device, key: context.key, label: HEAD_LABEL };
  return { dir, key, context, headContext, path: join(dir, 'journal.log'), headPath: join(dir, 'journal.head') };
}

const put = (table: JournalTable, id: string, record: Record<string, unknown>): JournalWrite => ({
  op: 'put',
  table,
  id,
  row: { columns: { kind: table }, sealed: sealLikeTheRenderer(RECORDS_KEY, table, id, { id, ...record }) },
});

/** A journal holding `count` entries, one group per entry, all for record `c0…`. */
async function journalWith(count: number) {
  const files = journalFiles();
  const journal = await RecordJournal.create(files.path, files.headPath, files.context);
  for (let i = 0; i < count; i++) await journal.append([put('cases', 'c0'.repeat(16), { title: `version ${i}` })]);
  return { ...files, journal };
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);
const rewrite = (path: string, all: string[]) => writeFileSync(path, `${all.join('\n')}\n`);
const open = (files: { path: string; headPath: string; context: JournalContext }, mustExist = true) => RecordJournal.open(files.path, files.headPath, files.context, mustExist);
const openFds = () => readdirSync('/proc/self/fd').length;

/** What a call throws, whole: its code and details both matter here. */
async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  return fn().then(
    () => undefined,
    (error: unknown) => error,
  );
}

/**
 * Writes a line as the journal would, sealed with the journal's key, with any body: a journal whose chain and head
 * agree, so that only the seal or the body of one entry is wrong.
 */
function sealedLine(key: Uint8Array, seq: number, prev: string, id: string, body: string): string {
  const prefix = `${seq} ${prev} cases ${id}`;
  return `${prefix} ${sealBox(key, utf8(body), utf8(`tamga journal v1 ${prefix}`)).toString('base64')}`;
}

describe('record journal: creating and opening', () => {
  it('creates the journal readable by its owner only, starting "tamga-journal 1", and never over an existing one', async () => {
    const { path, headPath, context } = await journalWith(1);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(lines(path)[0]).toBe('tamga-journal 1');
    const before = readFileSync(path);
    expect(await codeOf(() => RecordJournal.create(path, headPath, context))).toBeDefined();
    expect(readFileSync(path)).toEqual(before);
  });

  it('reports a journal whose first line is not "tamga-journal 1" as damaged in its format', async () => {
    const files = await journalWith(2);
    rewrite(files.path, ['tamga-journal 2', ...lines(files.path).slice(1)]);
    const journal = await open(files);
    expect(journal.damage).toEqual({ seq: 0, reason: 'format' });
    expect(await journal.verify()).toEqual({ seq: 0, reason: 'format' });
  });

  it('reads a journal of more than ten entries: sequence numbers have more than one digit', async () => {
    const files = await journalWith(12);
    const journal = await open(files);
    expect(journal.damage).toBeUndefined();
    expect((await journal.read(0, 100)).map((e) => [e.seq, e.version])).toEqual(Array.from({ length: 12 }, (_, i) => [i, i + 1]));
    expect(await journal.verify()).toBeUndefined();
  });

  it.each([
    ['a character before the sequence number', (line: string) => `x${line}`],
    ['a character after the seal', (line: string) => `${line}!`],
  ])('reports a line with %s as damaged in its format, at that line', async (_, edit) => {
    const files = await journalWith(3);
    const all = lines(files.path);
    rewrite(files.path, all.map((line, i) => (i === 2 ? edit(line) : line)));
    expect((await open(files)).damage).toEqual({ seq: 1, reason: 'format' });
  });

  it('cuts a torn last line at open, before anything is appended, and keeps the head', async () => {
    const files = await journalWith(2);
    const committed = readFileSync(files.path);
    appendFileSync(files.path, '2 0000 cases half-written');
    const journal = await open(files);
    expect(journal.damage).toBeUndefined();
    expect(readFileSync(files.path)).toEqual(committed);
    expect(journal.head.count).toBe(2);
  });

  it('leaves a damaged journal as it is at open: no byte cut, no head rewritten, so the damage shows again', async () => {
    const files = await journalWith(3);
    const all = lines(files.path);
    rewrite(files.path, [...all.slice(0, 2), `x${all[2]}`, all[3]!]);
    appendFileSync(files.path, 'torn');
    const bytes = readFileSync(files.path);
    const head = readFileSync(files.headPath);
    expect((await open(files)).damage).toEqual({ seq: 1, reason: 'format' });
    expect(readFileSync(files.path)).toEqual(bytes);
    expect(readFileSync(files.headPath)).toEqual(head);
  });

  it('keeps the head of a journal cut from the end, so the cut is reported at every open', async () => {
    const files = await journalWith(3);
    rewrite(files.path, lines(files.path).slice(0, 3));
    for (let i = 0; i < 2; i++) expect((await open(files)).damage).toEqual({ seq: 2, expected: 3, found: 2, reason: 'shorter' });
    expect(await readHead(files.headPath, files.headContext)).toMatchObject({ count: 3 });
  });

  it('drops a group written after its head (a crash before the head write): never acknowledged, so never half kept', async () => {
    const files = await journalWith(1);
    const headBefore = readFileSync(files.headPath);
    const group = ['x', 'y', 'z'].map((c) => put('cases', c.repeat(32), { title: `row ${c}` }));
    await files.journal.append(group);
    // The crash: the group's bytes reached the file, its head did not; and with a power cut, only part of them.
    writeFileSync(files.headPath, headBefore);
    const whole = lines(files.path);
    rewrite(files.path, whole.slice(0, 3));
    appendFileSync(files.path, whole[3]!.slice(0, 40));
    const reopened = await open(files);
    expect(reopened.damage).toBeUndefined();
    expect(reopened.head.count).toBe(1);
    expect(lines(files.path)).toEqual(whole.slice(0, 2));
    expect(await readHead(files.headPath, files.headContext)).toMatchObject({ count: 1 });
    // The next append continues the chain from the last acknowledged entry.
    await reopened.append([put('cases', 'w'.repeat(32), { title: 'after the crash' })]);
    const again = await open(files);
    expect(again.damage).toBeUndefined();
    expect((await again.read(0, 10)).map((e) => [e.seq, e.id])).toEqual([[0, 'c0'.repeat(16)], [1, 'w'.repeat(32)]]);
  });

  it('drops the first group of all when its head was never written: the chain starts again from nothing', async () => {
    const files = await journalWith(0);
    const emptyHead = readFileSync(files.headPath);
    await files.journal.append([put('cases', 'x'.repeat(32), { title: 'never acknowledged' }), put('cases', 'y'.repeat(32), { title: 'nor this' })]);
    writeFileSync(files.headPath, emptyHead);
    const reopened = await open(files);
    expect(reopened.damage).toBeUndefined();
    expect(reopened.head.count).toBe(0);
    expect(lines(files.path)).toEqual(['tamga-journal 1']);
    await reopened.append([put('cases', 'w'.repeat(32), { title: 'after the crash' })]);
    const again = await open(files);
    expect(again.damage).toBeUndefined();
    expect((await again.read(0, 10)).map((e) => [e.seq, e.id])).toEqual([[0, 'w'.repeat(32)]]);
  });

  it('counts, in a damaged journal, the entries before the damage: what verify reports as still holding', async () => {
    const files = await journalWith(3);
    const all = lines(files.path);
    rewrite(files.path, [...all.slice(0, 2), `x${all[2]}`, all[3]!]);
    const journal = await open(files);
    expect(journal.damage).toEqual({ seq: 1, reason: 'format' });
    expect(journal.head).toEqual({ count: 1, hash: lineHash(all[1]!) });
  });

  it('starts a journal for a vault from before journals (no journal, no head, not required)', async () => {
    const files = journalFiles();
    const journal = await open(files, false);
    expect(journal.damage).toBeUndefined();
    expect(lines(files.path)).toEqual(['tamga-journal 1']);
    expect(await readHead(files.headPath, files.headContext)).toMatchObject({ count: 0 });
  });

  it('reports a journal removed while its head was kept, even for a vault not marked as having one, and starts none', async () => {
    const files = await journalWith(2);
    rmSync(files.path);
    const journal = await open(files, false);
    expect(journal.damage).toEqual({ seq: 0, expected: 2, found: 0, reason: 'shorter' });
    expect(existsSync(files.path)).toBe(false);
    expect(await readHead(files.headPath, files.headContext)).toMatchObject({ count: 2 });
  });

  it('reports a journal removed with its head from a vault marked as having one', async () => {
    const files = await journalWith(2);
    rmSync(files.path);
    rmSync(files.headPath);
    expect((await open(files, true)).damage).toEqual({ seq: 0, expected: 0, found: 0, reason: 'headMissing' });
    expect(existsSync(files.path)).toBe(false);
  });

  it('fails to open a journal it cannot read, rather than taking it for missing', async () => {
    const files = await journalWith(1);
    rmSync(files.path);
    mkdirSync(files.path);
    expect(await codeOf(() => open(files, false))).toBe('EISDIR');
  });

  it('refuses appends to a damaged journal, naming where and why', async () => {
    const files = await journalWith(2);
    rewrite(files.path, lines(files.path).slice(0, 2));
    const journal = await open(files);
    expect(await thrown(() => journal.append([put('cases', 'c1'.repeat(16), { title: 'after' })]))).toMatchObject({ code: 'records.journalDamaged', details: { seq: 1, reason: 'shorter' } });
    expect(await thrown(() => journal.read(0, 10))).toMatchObject({ code: 'records.journalDamaged', details: { seq: 1, reason: 'shorter' } });
  });
});

describe('record journal: reading entries back', () => {
  it('gives the history of one record only, not of a record with the same id in another table', async () => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    const id = 'd0'.repeat(16);
    await journal.append([put('cases', id, { title: 'one' }), put('notes', id, { body: 'other table' })]);
    await journal.append([put('cases', id, { title: 'two' })]);
    expect((await journal.history('cases', id)).map((e) => [e.seq, e.table, e.version])).toEqual([[0, 'cases', 1], [2, 'cases', 2]]);
    expect((await journal.history('notes', id)).map((e) => [e.seq, e.table, e.version])).toEqual([[1, 'notes', 1]]);
  });

  it('finds an entry whose seal fails although chain and head agree: verify and read name it by sequence number', async () => {
    const files = await journalWith(3);
    const all = lines(files.path);
    const last = all[3]!;
    const cut = last.lastIndexOf(' ');
    const sealed = Buffer.from(last.slice(cut + 1), 'base64');
    sealed[sealed.length - 1] = sealed[sealed.length - 1]! ^ 1;
    const broken = `${last.slice(0, cut)} ${sealed.toString('base64')}`;
    rewrite(files.path, [...all.slice(0, 3), broken]);
    await writeHead(files.headPath, files.headContext, { count: 3, hash: lineHash(broken) });
    const journal = await open(files);
    expect(journal.damage).toBeUndefined();
    expect(await journal.verify()).toEqual({ seq: 2, reason: 'seal' });
    expect(await thrown(() => journal.read(0, 10))).toMatchObject({ code: 'records.journalDamaged', details: { seq: 2, reason: 'seal' } });
    expect((await journal.read(0, 2)).map((e) => e.seq)).toEqual([0, 1]);
  });

  it.each([
    ['is not JSON', 'not json'],
    ['is not a journal entry', JSON.stringify({ op: 'put', version: 1 })],
  ])('refuses an entry whose sealed body %s, naming it by sequence number', async (_, body) => {
    const files = journalFiles();
    const journal = await RecordJournal.create(files.path, files.headPath, files.context);
    await journal.append([put('cases', 'e0'.repeat(16), { title: 'good' })]);
    const all = lines(files.path);
    const bad = sealedLine(files.key, 1, lineHash(all[1]!), 'e1'.repeat(16), body);
    rewrite(files.path, [...all, bad]);
    await writeHead(files.headPath, files.headContext, { count: 2, hash: lineHash(bad) });
    const reopened = await open(files);
    expect(reopened.damage).toBeUndefined();
    expect(await thrown(() => reopened.read(1, 1))).toMatchObject({ code: 'records.journalDamaged', details: { seq: 1, reason: 'seal' } });
    expect(await reopened.verify()).toEqual({ seq: 1, reason: 'seal' });
  });

  it('does not take a journal that went missing while open for a broken seal: verify fails with the file error', async () => {
    const files = await journalWith(2);
    const journal = await open(files);
    rmSync(files.path);
    expect(await codeOf(() => journal.verify())).toBe('ENOENT');
  });

  it.runIf(existsSync('/proc/self/fd'))('leaves no file open after opening, appending and reading', async () => {
    const files = await journalWith(1);
    appendFileSync(files.path, 'torn');
    const before = openFds();
    const journal = await open(files);
    for (let i = 0; i < 10; i++) await journal.append([put('cases', 'c0'.repeat(16), { title: `edit ${i}` }), put('notes', 'f0'.repeat(16), { body: `${i}` })]);
    await journal.read(0, 100);
    await journal.history('cases', 'c0'.repeat(16));
    await journal.verify();
    expect(openFds()).toBe(before);
  });
});
