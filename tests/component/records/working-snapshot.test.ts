// The sealed working-set snapshot (working-snapshot.ts, snapshot-writer.ts): a table is served from it only while
// its raw rows hash to the digest it was filed under, and then with exactly the records and damaged rows a
// row-by-row open gives. Decryptions are counted to tell which path an open took; nothing here measures time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/model';
import { openRecords, type Records } from '../../../src-renderer/records';
import type { RecordKeys } from '../../../src-renderer/platform/record-keys';
import { MODEL_TABLES } from '../../../src-renderer/records/record-model';
import { makeRecordKeys, readRawRows, uniqueDatabaseName, withRawTable } from './record-test-kit';

const open: Records[] = [];
afterEach(() => {
  open.splice(0).forEach((r) => r.dispose());
  vi.restoreAllMocks();
});

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const CANARY = 'Канарейка-7f3e';

/** A small vault: cases with people, events and notes, closed with its snapshot written. */
async function vault() {
  const keys = await makeRecordKeys();
  const name = uniqueDatabaseName('snapshot');
  const records = await openRecords(keys, { name });
  const cases: Case[] = [];
  for (let i = 0; i < 4; i++) cases.push(unwrap(await records.cases.save({ title: `${CANARY} дело ${i}`, summary: `case ${i}` })));
  const person = unwrap(await records.people.save({ names: [{ text: 'Ильяшев', script: 'cyrillic', kind: 'primary' }] }));
  for (const kase of cases) {
    unwrap(await records.casePeople.save({ caseId: kase.id, personId: person.id, role: 'witness' }));
    unwrap(await records.events.save({ caseId: kase.id, type: 'charge', description: `Charged in ${kase.title}` }));
    unwrap(await records.notes.save({ caseId: kase.id, text: `note for ${kase.id}` }));
  }
  await close(records);
  return { keys, name, cases, person };
}

async function close(records: Records): Promise<void> {
  await records.flush();
  records.dispose();
}

/**
 * Opens, waits for the snapshot to be verified against the rows, and reports how many AES-GCM decryptions that
 * took (one per row, or one for the snapshot).
 */
async function openCounting(keys: RecordKeys, name: string) {
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  const records = await openRecords(keys, { name });
  await records.ready;
  const decryptions = decrypt.mock.calls.length;
  decrypt.mockRestore();
  open.push(records);
  return { records, decryptions };
}

async function contents(records: Records) {
  const out: Record<string, unknown[]> = {};
  for (const table of MODEL_TABLES) {
    const listed = await (records[table] as { list(): Promise<{ id: string }[]> }).list();
    out[table] = listed.map((r) => r).sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

const dropSnapshot = (name: string) => withRawTable(name, 'snapshots', (t) => t.clear());
const rowCount = async (name: string) => Object.entries(await readRawRows(name)).filter(([t]) => t !== 'snapshots').reduce((n, [, rows]) => n + rows.length, 0);

describe('working-set snapshot', () => {
  it('opens from a fresh snapshot with one decryption, giving what a row-by-row open gives', async () => {
    const { keys, name, cases } = await vault();
    const fast = await openCounting(keys, name);
    expect(fast.decryptions).toBe(1);
    const fromSnapshot = await contents(fast.records);
    expect(fast.records.search(CANARY, { kinds: ['case'] }).map((h) => h.id).sort()).toEqual(cases.map((c) => c.id).sort());
    await close(open.pop()!);

    await dropSnapshot(name);
    const slow = await openCounting(keys, name);
    expect(slow.decryptions).toBe(await rowCount(name));
    expect(await contents(slow.records)).toEqual(fromSnapshot);
  });

  it('refuses a row spoiled after the snapshot was written, and reports it exactly as a row-by-row open does', async () => {
    const { keys, name, cases } = await vault();
    await withRawTable(name, 'cases', async (t) => {
      const row = await t.get(cases[1]!.id);
      row.sealed[row.sealed.length - 20] ^= 0x01;
      await t.put(row);
    });
    const moved = await withRawTable(name, 'notes', async (t) => {
      const note = (await t.where('caseId').equals(cases[2]!.id).first()) as { id: string };
      await t.update(note.id, { caseId: cases[3]!.id }); // a clear column edited: the sealed bytes are untouched
      return note.id;
    });
    const { records, decryptions } = await openCounting(keys, name);
    const raw = await readRawRows(name);
    // The snapshot, then every case and every note, row by row; the other tables still come from the snapshot.
    expect(decryptions).toBe(1 + raw.cases!.length + raw.notes!.length);
    expect(records.damaged()).toEqual([{ table: 'cases', id: cases[1]!.id }, { table: 'notes', id: moved }]);
    expect((await records.cases.list()).map((c) => c.id)).not.toContain(cases[1]!.id);
    expect(records.search(CANARY, { kinds: ['case'] }).map((h) => h.id)).not.toContain(cases[1]!.id);
    const reported = records.damaged();
    const listed = await contents(records);
    await close(open.pop()!);

    await dropSnapshot(name);
    const slow = await openCounting(keys, name);
    expect(slow.records.damaged()).toEqual(reported);
    expect(await contents(slow.records)).toEqual(listed);
  });

  it('files damaged rows in the snapshot and reports them again when served from it', async () => {
    const { keys, name, cases } = await vault();
    await withRawTable(name, 'cases', (t) => t.update(cases[0]!.id, { sealed: new Uint8Array(8) }));
    const first = await openCounting(keys, name);
    expect(first.records.damaged()).toEqual([{ table: 'cases', id: cases[0]!.id }]);
    await close(open.pop()!);

    const again = await openCounting(keys, name);
    expect(again.decryptions).toBe(1);
    expect(again.records.damaged()).toEqual([{ table: 'cases', id: cases[0]!.id }]);
    expect((await again.records.cases.list()).map((c) => c.id)).not.toContain(cases[0]!.id);
  });

  it('writes nothing at lock: changes since the last write are opened row by row, and a flush serves them next time', async () => {
    const { keys, name, cases } = await vault();
    const { records } = await openCounting(keys, name);
    const kase = unwrap(await records.cases.save({ ...cases[0]!, title: 'Кеттлинг на площади' }));
    unwrap(await records.events.save({ caseId: kase.id, type: 'charge', description: 'Second charge' }));
    await records.events.delete((await records.events.listByCase(cases[1]!.id))[0]!.id);
    const expected = await contents(records);
    const locked = open.pop()!;
    locked.dispose();
    await locked.flush();

    // Cases and events changed after the snapshot: only those two tables (4 rows each) are decrypted row by row.
    const next = await openCounting(keys, name);
    expect(next.decryptions).toBe(1 + 4 + 4);
    expect(await contents(next.records)).toEqual(expected);
    expect(next.records.search('Кеттлинг').map((h) => h.id)).toEqual([kase.id]);

    await close(open.pop()!);
    const after = await openCounting(keys, name);
    expect(after.decryptions).toBe(1);
    expect(await contents(after.records)).toEqual(expected);
  });

  /** A vault whose cases changed after its snapshot was written (a lock writes nothing), and one note tampered with. */
  async function staleVault() {
    const vaulted = await vault();
    const records = await openRecords(vaulted.keys, { name: vaulted.name });
    await records.ready;
    unwrap(await records.cases.save({ ...vaulted.cases[0]!, title: 'Кеттлинг на площади' }));
    records.dispose();
    await records.flush();
    const tampered = await withRawTable(vaulted.name, 'notes', async (t) => {
      const note = (await t.where('caseId').equals(vaulted.cases[1]!.id).first()) as { id: string; sealed: Uint8Array };
      note.sealed[note.sealed.length - 20]! ^= 0x01;
      await t.put(note);
      return note.id;
    });
    return { ...vaulted, tampered };
  }

  it('serves stale tables from the snapshot first, then refreshes them, tells listeners and reports damage', async () => {
    const { keys, name, cases, tampered } = await staleVault();
    const records = await openRecords(keys, { name });
    open.push(records);
    const refreshed = new Promise<readonly string[]>((resolve) => records.onRefreshed(resolve));
    // Served from the snapshot: the rename and the tampering are not seen yet.
    expect((await records.cases.list()).find((c) => c.id === cases[0]!.id)?.title).toBe(cases[0]!.title);
    expect(records.damaged()).toEqual([]);

    await records.ready;
    expect([...(await refreshed)].sort()).toEqual(['cases', 'notes']);
    expect((await records.cases.list()).find((c) => c.id === cases[0]!.id)?.title).toBe('Кеттлинг на площади');
    expect(records.search('Кеттлинг').map((h) => h.id)).toEqual([cases[0]!.id]);
    expect(records.search(cases[0]!.title, { kinds: ['case'] }).map((h) => h.id)).not.toContain(cases[0]!.id);
    expect(records.damaged()).toEqual([{ table: 'notes', id: tampered }]);
    expect((await records.notes.list()).map((n) => n.id)).not.toContain(tampered);

    // Exactly what an open row by row gives.
    const verified = await contents(records);
    const reported = records.damaged();
    await close(open.pop()!);
    await dropSnapshot(name);
    const slow = await openCounting(keys, name);
    expect(await contents(slow.records)).toEqual(verified);
    expect(slow.records.damaged()).toEqual(reported);
  });

  it('does not call refresh listeners when the snapshot was fresh', async () => {
    const { keys, name } = await vault();
    const records = await openRecords(keys, { name });
    open.push(records);
    const listener = vi.fn();
    records.onRefreshed(listener);
    await records.ready;
    await new Promise((r) => setTimeout(r, 0));
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps writes made during verification: they wait for it, and are neither lost to the refresh nor filed stale', async () => {
    const { keys, name, cases, person } = await staleVault();
    const records = await openRecords(keys, { name });
    open.push(records);
    const order: string[] = [];
    void records.ready.then(() => order.push('verified'));
    // Issued while the snapshot is still being verified: one to the stale cases table, one to a fresh table.
    const renamed = records.cases.save({ ...cases[0]!, title: 'Сварные подъезды', createdAt: cases[0]!.createdAt });
    const linked = records.events.save({ caseId: cases[2]!.id, type: 'charge', description: 'Written during verification' });
    const removed = records.casePeople.delete((await records.casePeople.listByCase(cases[3]!.id))[0]!.id);
    void renamed.then(() => order.push('saved'));
    expect(order).toEqual([]);
    const kase = unwrap(await renamed);
    const event = unwrap(await linked);
    await removed;
    expect(order).toEqual(['verified', 'saved']);

    expect((await records.cases.list()).find((c) => c.id === kase.id)?.title).toBe('Сварные подъезды');
    expect((await records.events.listByCase(cases[2]!.id)).map((e) => e.id)).toContain(event.id);
    expect(await records.casePeople.listByCase(cases[3]!.id)).toEqual([]);
    expect(records.search('Сварные').map((h) => h.id)).toEqual([kase.id]);
    expect(records.search('Кеттлинг')).toEqual([]);
    const expected = await contents(records);

    // Filed into the snapshot and served from it next time, matching the rows.
    await close(open.pop()!);
    const next = await openCounting(keys, name);
    expect(next.decryptions).toBe(1);
    expect(await contents(next.records)).toEqual(expected);
    await close(open.pop()!);
    await dropSnapshot(name);
    const slow = await openCounting(keys, name);
    expect(await contents(slow.records)).toEqual(expected);
    expect(slow.records.search(person.names[0]!.text).map((h) => h.id)).toContain(person.id);
  });

  it('writes after enough changes without waiting for lock', async () => {
    const keys = await makeRecordKeys();
    const name = uniqueDatabaseName('snapshot-debounce');
    const records = await openRecords(keys, { name, snapshot: { changesPerWrite: 3, idleMs: 3_600_000, firstWriteMs: 3_600_000 } });
    open.push(records);
    for (let i = 0; i < 3; i++) unwrap(await records.cases.save({ title: `case ${i}` }));
    for (let i = 0; i < 200 && (await readRawRows(name)).snapshots?.length !== 1; i++) await new Promise((r) => setTimeout(r, 5));
    expect((await readRawRows(name)).snapshots).toHaveLength(1);
  });

  it('ignores a snapshot that fails authentication and opens every row instead', async () => {
    const { keys, name } = await vault();
    await withRawTable(name, 'snapshots', async (t) => {
      const [row] = await t.toArray();
      row.sealed[40] ^= 0x01;
      await t.put(row);
    });
    const { records, decryptions } = await openCounting(keys, name);
    expect(decryptions).toBe(1 + (await rowCount(name)));
    expect(records.damaged()).toEqual([]);
    expect(await records.cases.list()).toHaveLength(4);
    // Another vault's key opens nothing: the snapshot is sealed under this vault's records key.
    const stranger = await openCounting(await makeRecordKeys(), name);
    expect(stranger.records.damaged()).toHaveLength(await rowCount(name));
  });

  it('stores nothing readable: the snapshot row is one id and sealed bytes', async () => {
    const { name } = await vault();
    const rows = (await readRawRows(name)).snapshots!;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['id', 'sealed']);
    const bytes = rows[0]!.sealed as Uint8Array;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('Ильяшев');
  });
});
