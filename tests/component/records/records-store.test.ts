import { afterEach, describe, expect, it } from 'vitest';
import { useSession } from '../../../src-renderer/features/vault/session-store';
import { bindRecordsToSession, useRecords } from '../../../src-renderer/records';
import { fakeJournal } from '../fake-client';
import { makeRecordKeys, uniqueDatabaseName } from './record-test-kit';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

afterEach(() => useSession.setState({ keys: undefined }));

describe('useRecords', () => {
  it('opens records when the session unlocks and disposes them when it locks', async () => {
    const binding = bindRecordsToSession({ name: uniqueDatabaseName('store'), journal: fakeJournal().journal });
    expect(useRecords.getState().records).toBeUndefined();
    useSession.setState({ keys: await makeRecordKeys() });
    await until(() => useRecords.getState().records !== undefined);
    const records = useRecords.getState().records!;
    expect((await records.cases.save({ title: 'Opened via the session' })).ok).toBe(true);

    useSession.getState().locked('idle');
    expect(useRecords.getState().records).toBeUndefined();
    await expect(records.cases.list()).rejects.toMatchObject({ code: 'vault.locked' });
    binding.dispose();
  });

  it('deletes the working copy from IndexedDB when the vault is wiped, and only then', async () => {
    const name = uniqueDatabaseName('store-wipe');
    const binding = bindRecordsToSession({ name, journal: fakeJournal().journal });
    useSession.setState({ keys: await makeRecordKeys(), lockedReason: undefined });
    await until(() => useRecords.getState().records !== undefined);
    expect((await useRecords.getState().records!.cases.save({ title: 'Detention in Almaty' })).ok).toBe(true);
    const names = async () => (await indexedDB.databases()).map((d) => d.name);

    useSession.getState().locked('idle');
    await new Promise((r) => setTimeout(r, 50));
    expect(await names()).toContain(name);

    useSession.setState({ keys: await makeRecordKeys(), lockedReason: undefined });
    await until(() => useRecords.getState().records !== undefined);
    useSession.getState().locked('wipe');
    for (let i = 0; i < 200 && (await names()).includes(name); i++) await new Promise((r) => setTimeout(r, 5));
    expect(await names()).not.toContain(name);
    binding.dispose();
  });

  it('disposes a database that finishes opening after the session already locked', async () => {
    const binding = bindRecordsToSession({ name: uniqueDatabaseName('store-race'), journal: fakeJournal().journal });
    useSession.setState({ keys: await makeRecordKeys() });
    useSession.setState({ keys: undefined });
    await new Promise((r) => setTimeout(r, 100));
    expect(useRecords.getState().records).toBeUndefined();
    binding.dispose();
  });
});
