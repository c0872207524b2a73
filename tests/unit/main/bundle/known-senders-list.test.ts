import { describe, expect, it } from 'vitest';
import { addSender, listSenders, removeSender, signerOf } from '../../../../src-main/bundle/known-senders';

const SELF = 'a'.repeat(32);
const AIGUL = 'b'.repeat(32);
const BOLAT = 'c'.repeat(32);

/** The three vault calls the list uses, over one value held in memory as the sealed setting would hold it. */
function vaultHolding(initial?: unknown) {
  const vault = {
    sealed: initial,
    writes: 0,
    readSealedSetting: async (name: string) => (name === 'known-senders' ? vault.sealed : undefined),
    writeSealedSetting: async (name: string, value: unknown) => {
      expect(name).toBe('known-senders');
      vault.writes += 1;
      vault.sealed = structuredClone(value);
    },
    deviceIdentity: () => ({ publicKey: '', fingerprint: SELF }),
  };
  return vault;
}

describe('the list of known senders', () => {
  it('is empty before anyone is added, and names this device', async () => {
    expect(await listSenders(vaultHolding())).toEqual({ self: SELF, senders: [] });
  });

  it('keeps nothing from a sealed list of a shape it does not know (a newer version), rather than failing', async () => {
    const newer = vaultHolding({ version: 2, senders: [{ name: 'Айгүл', fingerprint: AIGUL, addedAt: '2026-01-01T00:00:00.000Z' }] });
    expect(await listSenders(newer)).toEqual({ self: SELF, senders: [] });
    expect(await listSenders(vaultHolding({ version: 1, senders: [{ name: 'no fingerprint' }] }))).toEqual({ self: SELF, senders: [] });
  });

  it('adds senders sorted by name with the time they were added, and seals them as version 1', async () => {
    const vault = vaultHolding();
    await addSender(vault, { name: 'Болат', fingerprint: BOLAT }, new Date(Date.UTC(2026, 0, 2)));
    const listed = await addSender(vault, { name: 'Айгүл', fingerprint: AIGUL }, new Date(Date.UTC(2026, 0, 3)));
    const expected = [
      { name: 'Айгүл', fingerprint: AIGUL, addedAt: '2026-01-03T00:00:00.000Z' },
      { name: 'Болат', fingerprint: BOLAT, addedAt: '2026-01-02T00:00:00.000Z' },
    ];
    expect(listed).toEqual({ self: SELF, senders: expected });
    expect(vault.sealed).toEqual({ version: 1, senders: expected });
    expect(await listSenders(vault)).toEqual(listed);
  });

  it('renames a fingerprint added again: one name per key', async () => {
    const vault = vaultHolding();
    await addSender(vault, { name: 'Aigul', fingerprint: AIGUL }, new Date(Date.UTC(2026, 0, 1)));
    await addSender(vault, { name: 'Bolat', fingerprint: BOLAT }, new Date(Date.UTC(2026, 0, 1)));
    const renamed = await addSender(vault, { name: 'Aigul Kasymova', fingerprint: AIGUL }, new Date(Date.UTC(2026, 0, 5)));
    expect(renamed.senders.map((s) => [s.name, s.fingerprint, s.addedAt])).toEqual([
      ['Aigul Kasymova', AIGUL, '2026-01-05T00:00:00.000Z'],
      ['Bolat', BOLAT, '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it('removes only the fingerprint named, and seals what is left', async () => {
    const vault = vaultHolding();
    await addSender(vault, { name: 'Aigul', fingerprint: AIGUL });
    await addSender(vault, { name: 'Bolat', fingerprint: BOLAT });
    const left = await removeSender(vault, AIGUL);
    expect(left.senders.map((s) => s.fingerprint)).toEqual([BOLAT]);
    expect(vault.sealed).toMatchObject({ version: 1, senders: [{ fingerprint: BOLAT }] });
    expect(vault.writes).toBe(3);
  });
});

describe('who signed a bundle', () => {
  const known = { self: SELF, senders: [{ name: 'Айгүл', fingerprint: AIGUL, addedAt: '2026-01-01T00:00:00.000Z' }] };

  it('is this device, a sender by the name given, or nobody this vault knows', () => {
    expect(signerOf(SELF, known)).toEqual({ kind: 'self' });
    expect(signerOf(AIGUL, known)).toEqual({ kind: 'known', name: 'Айгүл' });
    expect(signerOf(BOLAT, known)).toEqual({ kind: 'unknown' });
  });
});
