import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestVault, tempDir } from '../vault/temp-vault';

const FIXTURE = join(__dirname, '..', '..', '..', 'fixtures', 'journal-v1');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8'));

describe('record journal format v1 (frozen in tests/fixtures/journal-v1)', () => {
  it('reads a journal written by format v1 back to the same entries and records', async () => {
    // A copy: unlocking appends to the custody log, and the frozen files must never change.
    const dataDir = join(tempDir(), 'data');
    cpSync(join(FIXTURE, 'data'), dataDir, { recursive: true });
    const vault = openTestVault({ dataDir });
    await vault.unlock(expected.passphrase);
    const { head, entries } = await vault.readRecords(0, 100);
    expect(head.count).toBe(expected.entries.length);
    expect(entries.map(({ seq, op, table, id, version, device, at }) => ({ seq, op, table, id, version, device, at }))).toEqual(expected.entries);
    const current = await vault.currentRecords();
    expect(Object.fromEntries([...current].map(([table, rows]) => [table, Object.fromEntries(rows)]))).toEqual(expected.records);
    expect((await vault.verify()).records).toEqual({ ok: true, entries: expected.entries.length });
  });

  it('starts with the header line and keeps sequence number, chain link, table and record id on each line', () => {
    const lines = readFileSync(join(FIXTURE, 'data', 'vault', 'records', 'journal.log'), 'utf8').split('\n');
    expect(lines[0]).toBe('tamga-journal 1');
    expect(lines[1]).toMatch(/^0 0{64} cases c0(c0){15} [A-Za-z0-9+/]+=*$/);
    expect(lines[2]).toMatch(/^1 [0-9a-f]{64} people b0(b0){15} /);
  });
});
