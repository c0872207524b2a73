import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { rendererWrites } from '../records/journal-fixture';
import { cli, tempDir, TINY_KDF } from './cli-harness';

const PASS = 'secret phrase\n';
const CASE = '1'.repeat(32);
const OTHER = '2'.repeat(32);
const PERSON = '3'.repeat(32);
const WITHHELD = '4'.repeat(32);
const base = (createdAt: string) => ({ createdAt, updatedAt: createdAt });

/** A vault whose journal holds what the app would have written for two cases, as the renderer seals it. */
async function vaultWithCases() {
  const data = join(tempDir(), 'data');
  expect((await cli(['--data-dir', data, 'init'], PASS)).code).toBe(0);
  const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
  await vault.unlock('secret phrase');
  const put = await rendererWrites(data, 'secret phrase');
  await vault.appendRecords([
    put('cases', CASE, { ...base('2025-01-01T00:00:00.000Z'), title: 'Задержание Ильяшева\u001b[2J', summary: '', status: 'open', tags: ['ICCPR-19'], tagNotes: {}, places: [], assignees: [], mergedFrom: [] }),
    put('events', '5'.repeat(32), { ...base('2025-01-01T00:00:01.000Z'), caseId: CASE, type: 'detention', description: '', when: { precision: 'day', year: 2021, month: 5, day: 12 }, actors: [], sourceIds: [], tags: [], tagNotes: {} }),
    put('events', '6'.repeat(32), { ...base('2025-01-01T00:00:02.000Z'), caseId: CASE, type: 'verdict', description: '', when: { precision: 'season', year: 2021, season: 'summer' }, actors: [], sourceIds: [], tags: [], tagNotes: {} }),
    put('people', PERSON, { ...base('2025-01-01T00:00:03.000Z'), names: [{ text: 'Ильяшев' }], consent: 'named-publication' }),
    put('people', WITHHELD, { ...base('2025-01-01T00:00:03.000Z'), names: [{ text: 'Свидетель Б.' }], consent: 'internal-only' }),
    put('casePeople', '7'.repeat(32), { ...base('2025-01-01T00:00:04.000Z'), caseId: CASE, personId: PERSON, role: 'victim' }),
    put('casePeople', '8'.repeat(32), { ...base('2025-01-01T00:00:04.000Z'), caseId: CASE, personId: WITHHELD, role: 'witness' }),
    put('caseItems', '9'.repeat(32), { ...base('2025-01-01T00:00:05.000Z'), caseId: CASE, itemId: 'f'.repeat(32) }),
    put('cases', OTHER, { ...base('2025-02-01T00:00:00.000Z'), title: 'Dispersal in Almaty', summary: '', status: 'open', tags: [], tagNotes: {}, places: [], assignees: [], mergedFrom: [] }),
  ]);
  await vault.appendRecords([put('cases', OTHER, { ...base('2025-02-01T00:00:00.000Z'), title: 'Dispersal in Almaty, 5 January', summary: 'kettled', status: 'open', tags: [], tagNotes: {}, places: [], assignees: [], mergedFrom: [] })]);
  vault.dispose();
  return data;
}

describe('tamga cases and history, from the record journal', () => {
  it('lists every case with its last event date and its title as one safe line', async () => {
    const data = await vaultWithCases();
    const listed = await cli(['--data-dir', data, 'cases', 'list'], PASS);
    expect(listed.code).toBe(0);
    expect(listed.text.trim().split('\n')).toEqual([`${CASE} 2021-08-31 Задержание Ильяшева\\x1b[2J`, `${OTHER} - Dispersal in Almaty, 5 January`]);
  });

  it('dates a case whose event is still going on ("since 2017") by the start, not by an open end', async () => {
    const data = await vaultWithCases();
    const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
    await vault.unlock('secret phrase');
    const put = await rendererWrites(data, 'secret phrase');
    const since = { precision: 'since', from: { precision: 'year', year: 2017 } };
    await vault.appendRecords([put('events', 'e'.repeat(32), { ...base('2025-03-01T00:00:00.000Z'), caseId: OTHER, type: 'other', description: '', when: since, actors: [], sourceIds: [], tags: [], tagNotes: {} })]);
    vault.dispose();
    const listed = await cli(['--data-dir', data, 'cases', 'list'], PASS);
    expect(listed.text).toContain(`${OTHER} 2017-01-01 Dispersal in Almaty, 5 January`);
  });

  it('shows a case as JSON, naming only the people whose consent allows the audience', async () => {
    const data = await vaultWithCases();
    const publication = JSON.parse((await cli(['--data-dir', data, 'cases', 'show', CASE], PASS)).text);
    expect(publication).toMatchObject({ audience: 'publication', case: { id: CASE, tags: ['ICCPR-19'] }, itemIds: ['f'.repeat(32)] });
    expect(publication.events).toHaveLength(2);
    expect(publication.people.map((p: { names: string[]; withheld: boolean }) => [p.names, p.withheld])).toEqual([[['Ильяшев'], false], [[], true]]);
    const legal = JSON.parse((await cli(['--data-dir', data, 'cases', 'show', CASE, '--audience', 'legal-team'], PASS)).text);
    expect(legal.people.map((p: { names: string[] }) => p.names)).toEqual([['Ильяшев'], ['Свидетель Б.']]);
    expect((await cli(['--data-dir', data, 'cases', 'show', CASE, '--audience', 'everyone'], PASS)).code).toBe(2);
    expect((await cli(['--data-dir', data, 'cases', 'show', 'a'.repeat(32)], PASS)).code).toBe(2);
  });

  it('prints a case history oldest first, with the fields each version changed', async () => {
    const data = await vaultWithCases();
    const history = await cli(['--data-dir', data, 'history', OTHER], PASS);
    expect(history.code).toBe(0);
    const lines = history.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^\\S+ [0-9a-f]{32} cases/${OTHER} v1 assignees,mergedFrom,places,status,summary,tagNotes,tags,title$`));
    expect(lines[1]).toMatch(new RegExp(`cases/${OTHER} v2 summary,title$`));
    expect((await cli(['--data-dir', data, 'history', CASE], PASS)).text.trim().split('\n')).toHaveLength(6);
  });
});
