import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, openTestVault, tempDir } from '../vault/temp-vault';
import { rendererWrites } from './journal-fixture';

async function journalVault() {
  const vault = openTestVault();
  await vault.create('pass phrase');
  const put = await rendererWrites(vault.dataDir, 'pass phrase');
  const journal = join(vault.dataDir, 'vault', 'records', 'journal.log');
  return { vault, put, journal };
}

const CASE = 'a'.repeat(32);
const PERSON = 'b'.repeat(32);
const flip = (line: string) => line.slice(0, -5) + (line.at(-5) === 'A' ? 'B' : 'A') + line.slice(-4);
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);

describe('record journal', () => {
  it('keeps every write, in order, with versions per record, across lock and unlock', async () => {
    const { vault, put } = await journalVault();
    const first = await vault.appendRecords([put('cases', CASE, { title: 'Detention of Ilyashev' }), put('people', PERSON, { names: [{ text: 'Ильяшев' }] })]);
    expect(first).toMatchObject({ head: { count: 2 }, versions: [1, 1] });
    const second = await vault.appendRecords([put('cases', CASE, { title: 'Detention of Ilyashev', summary: '12 May' }), { op: 'delete', table: 'people', id: PERSON }]);
    expect(second.versions).toEqual([2, 2]);
    vault.lock('user');
    await vault.unlock('pass phrase');
    const { head, entries } = await vault.readRecords(0, 100);
    expect(head.count).toBe(4);
    expect(entries.map((e) => [e.seq, e.op, e.table, e.version])).toEqual([[0, 'put', 'cases', 1], [1, 'put', 'people', 1], [2, 'put', 'cases', 2], [3, 'delete', 'people', 2]]);
    expect((await vault.readRecords(3, 100)).entries.map((e) => e.seq)).toEqual([3]);
    const current = await vault.currentRecords();
    expect(current.get('cases')?.get(CASE)).toMatchObject({ title: 'Detention of Ilyashev', summary: '12 May' });
    expect(current.get('people')?.size ?? 0).toBe(0);
  });

  it('records each group in the custody trail: which records, which version, which fields changed', async () => {
    const { vault, put } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'Dispersal in Almaty' })]);
    await vault.appendRecords([put('cases', CASE, { title: 'Dispersal in Almaty', summary: 'kettled', tags: ['ICCPR-21'] })]);
    const written = (await vault.custodyEvents()).filter((e) => e.event === 'record.written');
    expect(written.map((e) => e.details?.records)).toEqual([`cases/${CASE} v1: title`, `cases/${CASE} v2: summary,tags`]);
    expect(written[1]).toMatchObject({ actor: 'owner', details: { count: 1, from: 1 } });
    const history = await vault.recordHistory('cases', CASE);
    expect(history.map((h) => [h.version, h.fields])).toEqual([[1, ['title']], [2, ['summary', 'tags']]]);
  });

  it('refuses, before writing anything, a payload this vault cannot open (another vault\'s key, or garbage)', async () => {
    const { vault, put } = await journalVault();
    const other = openTestVault();
    await other.create('pass phrase');
    const foreign = (await rendererWrites(other.dataDir, 'pass phrase'))('cases', PERSON, { title: 'from another vault' });
    const garbage = { ...put('cases', CASE, { title: 'x' }), row: { columns: {}, sealed: Buffer.alloc(60, 7).toString('base64') } } as const;
    for (const bad of [foreign, garbage]) expect(await codeOf(() => vault.appendRecords([put('cases', CASE, { title: 'good' }), bad]))).toBe('records.unreadable');
    expect((await vault.readRecords(0, 10)).head.count).toBe(0);
  });

  it('stores nothing readable: no title, name or id of a person in the journal file', async () => {
    const { vault, put, journal } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'CANARY-TITLE Жанаозен' })]);
    const bytes = readFileSync(journal);
    expect(bytes.includes('CANARY')).toBe(false);
    expect(bytes.includes(Buffer.from('Жанаозен'))).toBe(false);
  });

  it.each([
    // Line 0 is the header; line 2 holds entry 1, whose successor then no longer links to it.
    ['a flipped bit in a middle entry', (l: string[]) => l.map((line, i) => (i === 2 ? flip(line) : line)), 'chain', 2],
    ['a flipped bit in the last entry', (l: string[]) => l.map((line, i) => (i === 3 ? flip(line) : line)), 'diverged', 2],
    ['an entry given another sequence number', (l: string[]) => l.map((line, i) => (i === 2 ? line.replace(/^1 /, '7 ') : line)), 'format', 1],
    ['a removed middle entry', (l: string[]) => l.filter((_, i) => i !== 2), 'format', 1],
    ['two swapped entries', (l: string[]) => [l[0]!, l[2]!, l[1]!, l[3]!], 'format', 0],
  ])('names %s by sequence number, and refuses to append after it', async (_, edit, reason, seq) => {
    const { vault, put, journal } = await journalVault();
    for (let i = 0; i < 3; i++) await vault.appendRecords([put('cases', CASE, { title: `version ${i}` })]);
    vault.lock('user');
    writeFileSync(journal, `${edit(lines(journal)).join('\n')}\n`);
    await vault.unlock('pass phrase');
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.records).toMatchObject({ ok: false, damage: { seq, reason } });
    expect(await codeOf(() => vault.appendRecords([put('cases', CASE, { title: 'after' })]))).toBe('records.journalDamaged');
    // Nor is it read: a browser rebuilding its copy from it would throw away what only that copy still holds.
    expect(await codeOf(() => vault.readRecords(0, 100))).toBe('records.journalDamaged');
  });

  it('detects a journal cut from the end, or cut with its head removed', async () => {
    for (const removeHead of [false, true]) {
      const { vault, put, journal } = await journalVault();
      for (let i = 0; i < 3; i++) await vault.appendRecords([put('cases', CASE, { title: `version ${i}` })]);
      vault.lock('user');
      writeFileSync(journal, `${lines(journal).slice(0, 2).join('\n')}\n`);
      if (removeHead) rmSync(join(vault.dataDir, 'vault', 'records', 'journal.head'));
      await vault.unlock('pass phrase');
      expect((await vault.verify()).records).toMatchObject({ ok: false, damage: { reason: removeHead ? 'headMissing' : 'shorter' } });
      expect(await codeOf(() => vault.appendRecords([put('cases', CASE, { title: 'after' })]))).toBe('records.journalDamaged');
    }
  });

  it('drops a torn last line from a crash: it was never acknowledged, and the next append continues cleanly', async () => {
    const { vault, put, journal } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'acknowledged' })]);
    vault.lock('user');
    appendFileSync(journal, '1 0000 cases half-written');
    await vault.unlock('pass phrase');
    await vault.appendRecords([put('cases', CASE, { title: 'after the crash' })]);
    expect((await vault.verify()).records).toMatchObject({ ok: true, entries: 2 });
    expect((await vault.currentRecords()).get('cases')?.get(CASE)).toMatchObject({ title: 'after the crash' });
  });

  it('restores every record from a copy of the data directory made while locked, on another path', async () => {
    const { vault, put } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'Kept in the backup' })]);
    vault.lock('user');
    const copy = join(tempDir(), 'restored');
    cpSync(vault.dataDir, copy, { recursive: true });
    const restored = openTestVault({ dataDir: copy });
    await restored.unlock('pass phrase');
    expect((await restored.currentRecords()).get('cases')?.get(CASE)).toMatchObject({ title: 'Kept in the backup' });
  });

  it('gives a vault made before the journal (the frozen v1 fixture) an empty one at its first unlock', async () => {
    const dataDir = join(tempDir(), 'data');
    cpSync(join(__dirname, '..', '..', '..', 'fixtures', 'vault-v1', 'vault'), join(dataDir, 'vault'), { recursive: true });
    const vault = openTestVault({ dataDir });
    await vault.unlock('fixture passphrase v1');
    expect((await vault.readRecords(0, 10)).head.count).toBe(0);
    expect((await vault.verify()).records).toMatchObject({ ok: true, entries: 0 });
  });

  it('reports a journal removed whole, leaving a head it cannot read, as an invalid head', async () => {
    const { vault, put } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'to be removed' })]);
    vault.lock('user');
    rmSync(join(vault.dataDir, 'vault', 'records', 'journal.log'));
    writeFileSync(join(vault.dataDir, 'vault', 'records', 'journal.head'), 'not a head\n');
    await vault.unlock('pass phrase');
    expect((await vault.verify()).records).toMatchObject({ ok: false, damage: { seq: 0, reason: 'headInvalid' } });
  });

  it('reports a journal removed whole, with its head, from a vault made with one', async () => {
    const { vault, put } = await journalVault();
    await vault.appendRecords([put('cases', CASE, { title: 'to be removed' })]);
    vault.lock('user');
    rmSync(join(vault.dataDir, 'vault', 'records'), { recursive: true });
    await vault.unlock('pass phrase');
    expect((await vault.verify()).records).toMatchObject({ ok: false, damage: { reason: 'headMissing' } });
    expect(await codeOf(() => vault.appendRecords([put('cases', CASE, { title: 'after' })]))).toBe('records.journalDamaged');
  });
});
