import { describe, expect, it } from 'vitest';
import { discloseCase } from '../../../../shared/export/case-disclosure';
import { CaseEvent, Person } from '../../../../shared/model';
import { listSenders } from '../../../../src-main/bundle/known-senders';
import { BundleRejected, pendingConflicts, receiveBundle, settleConflict } from '../../../../src-main/bundle/receive-bundle';
import type { VaultService } from '../../../../src-main/vault';
import { join } from 'node:path';
import { writeBundle } from '../../../../src-main/bundle';
import { codeOf, openTestVault, tempDir } from '../vault/temp-vault';
import { asSent, CASE_ID, caseRecords, defaultCases, exportedBundle, type BundleCasesOf } from './bundle-fixture';

async function recipient() {
  const vault = openTestVault();
  await vault.create('recipient passphrase');
  return vault;
}

const tableOf = async (vault: VaultService, table: Parameters<VaultService['recordHistory']>[0]) => (await vault.currentRecords()).get(table) ?? new Map();
const caseOf = async (vault: VaultService) => (await tableOf(vault, 'cases')).get(CASE_ID) as Record<string, unknown> | undefined;

/** What the same sender exports later, from the same vault, with `edit` applied to the case's records first. */
const updated =
  (edit: Parameters<typeof caseRecords>[1]): BundleCasesOf =>
  (itemIds) => [asSent(discloseCase(caseRecords(itemIds, edit), 'legal-team'))];

/** The sender exports the same files again, later, with the case as it stands then. */
async function reexport(sender: VaultService, itemIds: string[], casesOf: BundleCasesOf) {
  return (await writeBundle(sender, { itemIds, cases: casesOf(itemIds), out: join(tempDir(), 'later.zip') })).path;
}

/** A save in this vault's app: the same record, edited, written to the journal. */
async function editHere(vault: VaultService, table: 'cases', id: string, change: Record<string, unknown>) {
  const current = (await tableOf(vault, table)).get(id) as Record<string, unknown>;
  await vault.appendOwnRecords([{ table, record: { ...current, ...change, id, updatedAt: new Date().toISOString() } }]);
}

describe('receiving a bundle merges its cases into this vault through the journal', () => {
  it('adds the case, its event, source, person and exhibits, pointing at the files as this vault holds them, with custody naming the sender', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    const result = await receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint, accept: { name: 'KIBHR Almaty' } });
    expect(result.records).toMatchObject({ cases: [{ id: CASE_ID, title: 'Detention in Almaty', isNew: true }], changed: 0, unchanged: 0, conflicts: [] });

    const tables = await vault.currentRecords();
    expect(tables.get('cases')?.get(CASE_ID)).toMatchObject({ title: 'Detention in Almaty', tags: ['ICCPR-9'] });
    const [person] = [...(tables.get('people')?.values() ?? [])] as Person[];
    expect(person?.names).toEqual([{ text: 'Айгүл Қасымова', script: 'cyrillic', kind: 'primary' }]);
    expect(person?.consent).toBe('named-publication');
    const [event] = [...(tables.get('events')?.values() ?? [])] as CaseEvent[];
    // The actor who was a person in the sender's vault is the received person here.
    expect(event?.actors).toEqual([{ kind: 'police' }, { kind: 'other', personId: person!.id }]);
    expect([...(tables.get('casePeople')?.values() ?? [])]).toMatchObject([{ caseId: CASE_ID, personId: person!.id, role: 'victim' }]);
    const held = new Set((await vault.listItems()).map((item) => item.id));
    const attached = [...(tables.get('caseItems')?.values() ?? [])] as { itemId: string; source: { personId?: string } }[];
    expect(attached).toHaveLength(3);
    for (const item of attached) {
      expect(held.has(item.itemId)).toBe(true);
      expect(item.source.personId).toBe(person!.id);
    }
    expect(result.records.added).toBe(1 + 1 + 1 + 1 + 1 + 3);

    const custody = await vault.custodyEvents();
    expect(custody.filter((e) => e.event === 'records.received').map((e) => e.details)).toEqual([
      { from: 'KIBHR Almaty', fingerprint: sender.deviceIdentity().fingerprint, bundleId: result.bundleId, cases: 1, added: 8, changed: 0, conflicts: 0 },
    ]);
    // The sender's own custody lines for each file stay with this vault's record of receiving it.
    const receipt = custody.find((e) => e.event === 'item.received');
    expect(String(receipt?.details?.senderCustody)).toContain('"item.imported"');
    expect((await vault.verify()).ok).toBe(true);
  });

  it('changes nothing when the same bundle comes again: no record, no custody entry, no second file', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    await receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint });
    const custody = await vault.custodyEvents();
    const head = (await vault.readRecords(0, 1)).head;
    const again = await receiveBundle(vault, path);
    expect(again.records).toMatchObject({ added: 0, changed: 0, conflicts: [] });
    expect(again.records.unchanged).toBe(8);
    expect((await vault.readRecords(0, 1)).head).toEqual(head);
    expect(await vault.custodyEvents()).toEqual(custody);
  });

  it('follows an updated export where this vault changed nothing, and shows what changed', async () => {
    const first = await exportedBundle();
    const vault = await recipient();
    await receiveBundle(vault, first.path, { expect: first.vault.deviceIdentity().fingerprint });
    const later = await reexport(
      first.vault,
      first.itemIds,
      updated((records) => ({
        ...records,
        case: { ...records.case, title: 'Detention in Almaty, 12 March' },
        events: [...records.events, CaseEvent.parse({ ...records.events[0]!, id: 'e'.repeat(32), type: 'verdict', actors: [] })],
      })),
    );
    const result = await receiveBundle(vault, later);
    expect(result.records).toMatchObject({ added: 1, changed: 1, conflicts: [] });
    expect(await caseOf(vault)).toMatchObject({ title: 'Detention in Almaty, 12 March' });
    expect((await tableOf(vault, 'events')).size).toBe(2);
    // Each version is in the journal: the case's history shows the received title after the first.
    expect((await vault.recordHistory('cases', CASE_ID)).map((change) => change.version)).toEqual([1, 2]);
  });

  it("keeps this vault's edit when the sender did not change the record, and keeps both versions when both did", async () => {
    const first = await exportedBundle();
    const fingerprint = first.vault.deviceIdentity().fingerprint;
    const vault = await recipient();
    await receiveBundle(vault, first.path, { expect: fingerprint });
    await editHere(vault, 'cases', CASE_ID, { summary: 'Held 48 hours without a lawyer (our interview, 14 March).' });

    const again = await receiveBundle(vault, first.path);
    expect(again.records).toMatchObject({ kept: 1, changed: 0, conflicts: [] });
    expect(await caseOf(vault)).toMatchObject({ summary: 'Held 48 hours without a lawyer (our interview, 14 March).' });

    const later = await reexport(first.vault, first.itemIds, updated((records) => ({ ...records, case: { ...records.case, summary: 'Released after 72 hours.' } })));
    const result = await receiveBundle(vault, later);
    expect(result.records.conflicts).toEqual([{ table: 'cases', id: CASE_ID, caseId: CASE_ID }]);
    expect(await caseOf(vault)).toMatchObject({ summary: 'Held 48 hours without a lawyer (our interview, 14 March).' });
    const [conflict] = await pendingConflicts(vault);
    expect(conflict).toMatchObject({ table: 'cases', id: CASE_ID, sender: { fingerprint }, ours: { summary: 'Held 48 hours without a lawyer (our interview, 14 March).' }, theirs: { summary: 'Released after 72 hours.' } });
    // Receiving the same bundle again records the same conflict once.
    await receiveBundle(vault, later);
    expect(await pendingConflicts(vault)).toHaveLength(1);

    // Taking the sender's version saves it as the next version; the same bundle then finds nothing new.
    expect(await settleConflict(vault, 'cases', CASE_ID, 'theirs')).toEqual([]);
    expect(await caseOf(vault)).toMatchObject({ summary: 'Released after 72 hours.' });
    expect((await receiveBundle(vault, later)).records).toMatchObject({ changed: 0, conflicts: [], kept: 0 });
  });

  it('keeping this vault\'s version settles the conflict, and the sender\'s next unchanged bundle leaves it alone', async () => {
    const first = await exportedBundle();
    const vault = await recipient();
    await receiveBundle(vault, first.path, { expect: first.vault.deviceIdentity().fingerprint });
    await editHere(vault, 'cases', CASE_ID, { title: 'Задержание в Алматы' });
    const later = await reexport(first.vault, first.itemIds, updated((records) => ({ ...records, case: { ...records.case, title: 'Detention in Almaty (updated)' } })));
    expect((await receiveBundle(vault, later)).records.conflicts).toHaveLength(1);
    expect(await settleConflict(vault, 'cases', CASE_ID, 'ours')).toEqual([]);
    expect(await caseOf(vault)).toMatchObject({ title: 'Задержание в Алматы' });
    expect(await codeOf(() => settleConflict(vault, 'cases', CASE_ID, 'ours'))).toBe('records.missing');
    expect((await receiveBundle(vault, later)).records).toMatchObject({ changed: 0, conflicts: [] });
    expect(await caseOf(vault)).toMatchObject({ title: 'Задержание в Алматы' });
  });

  it('offers a received person for merge with someone this vault holds under another script', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    const here = Person.parse({ id: 'c'.repeat(32), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', names: [{ text: 'Aigul Kasymova', script: 'latin', kind: 'primary' }] });
    await vault.appendOwnRecords([{ table: 'people', record: here }]);
    const result = await receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint });
    expect(result.records.people).toEqual([{ receivedId: expect.stringMatching(/^[0-9a-f]{32}$/), localId: here.id, names: ['Айгүл Қасымова'], localNames: ['Aigul Kasymova'] }]);
    // Offered, not done: both people stay until a person merges them.
    expect((await tableOf(vault, 'people')).size).toBe(2);
  });

  it('a dry run says what would change and writes nothing at all', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    const plan = await receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint, accept: { name: 'KIBHR' }, dryRun: true });
    expect(plan).toMatchObject({ dryRun: true, records: { added: 8, cases: [{ id: CASE_ID, isNew: true }] } });
    expect(plan.files.map((f) => f.status)).toEqual(['received', 'received', 'received']);
    expect(await vault.listItems()).toEqual([]);
    expect((await vault.currentRecords()).size).toBe(0);
    expect((await vault.custodyEvents()).map((e) => e.event)).toEqual(['vault.created']);
    expect((await listSenders(vault)).senders).toEqual([]);
  });

  it('refuses cases that name a file the bundle lacks, or fields the app never writes, taking nothing in', async () => {
    const stranger = 'd'.repeat(32);
    const missingFile = await exportedBundle(undefined, (itemIds) => [asSent(discloseCase(caseRecords([...itemIds, stranger]), 'legal-team'))]);
    const newer = await exportedBundle(undefined, (itemIds) => defaultCases(itemIds).map((c) => ({ ...(c as object), format: 2, witnessesProtected: true })));
    // An excerpt that claims to belong to another case of the recipient's: the sender could only know that id
    // from an earlier bundle, and it must not attach anything there.
    const reaching = await exportedBundle(undefined, (itemIds) => [
      { ...asSent(discloseCase(caseRecords(itemIds), 'legal-team')), excerpts: [{ id: 'f'.repeat(32), itemId: itemIds[0]!, caseId: 'e'.repeat(32), tags: [], createdAt: '2026-01-01T00:00:00.000Z' }] },
    ]);
    for (const [bundle, code] of [
      [missingFile, 'bundle.caseFileMissing'],
      [newer, 'bundle.casesInvalid'],
      [reaching, 'bundle.casesInvalid'],
    ] as const) {
      const vault = await recipient();
      const error = await receiveBundle(vault, bundle.path, { expect: bundle.vault.deviceIdentity().fingerprint, accept: { name: 'x' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BundleRejected);
      expect((error as BundleRejected).problems.map((p) => p.code)).toEqual([code]);
      expect(await vault.listItems()).toEqual([]);
      expect((await vault.currentRecords()).size).toBe(0);
      expect((await vault.custodyEvents()).map((e) => e.event)).toEqual(['vault.created']);
      expect((await listSenders(vault)).senders).toEqual([]);
    }
  });

  it('a receive cut short after the files, before the records, completes when the bundle is received again', async () => {
    const { vault: sender, path } = await exportedBundle();
    const vault = await recipient();
    const append = vault.appendOwnRecords.bind(vault);
    vault.appendOwnRecords = () => Promise.reject(new Error('power lost'));
    await expect(receiveBundle(vault, path, { expect: sender.deviceIdentity().fingerprint })).rejects.toThrow('power lost');
    expect((await vault.currentRecords()).size).toBe(0);
    vault.appendOwnRecords = append;
    const result = await receiveBundle(vault, path);
    expect(result.files.every((f) => f.status === 'alreadyHeld')).toBe(true);
    expect(result.records.added).toBe(8);
    expect(await caseOf(vault)).toMatchObject({ title: 'Detention in Almaty' });
  });
});
