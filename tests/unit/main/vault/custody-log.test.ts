import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealBox, utf8 } from '../../../../src-main/vault/aes-gcm-box';
import { DeviceKey } from '../../../../src-main/vault/device-key';
import { openPassphraseSlot } from '../../../../src-main/vault/key-slots';
import { parseVaultHeader } from '../../../../src-main/vault/vault-header';
import { deriveSubkey } from '../../../../src-main/vault/vault-keys';
import { bytesOf, openTestVault, readAll } from './temp-vault';

async function vaultWithHistory() {
  const vault = openTestVault();
  await vault.create('pass phrase');
  const { item } = await vault.importStream(bytesOf('evidence'), { originalName: 'e.txt' });
  await readAll(vault.readItem(item.id));
  return { vault, item, log: join(vault.dataDir, 'vault', 'custody.log') };
}

const lineHash = (line: string) => createHash('sha256').update(line, 'utf8').digest('hex');
const committedLines = (log: string) => readFileSync(log, 'utf8').split('\n').slice(0, -1);

/**
 * Writes a log line the way the vault does, with the real custody key, so that exactly one property of it can be
 * wrong at a time: the test then fails only if the check for that property is gone.
 */
async function forger(dataDir: string) {
  const header = parseVaultHeader(readFileSync(join(dataDir, 'vault', 'vault.json')), { memoryKiB: 8, iterations: 1, parallelism: 1 });
  const master = await openPassphraseSlot(header, 'pass phrase');
  const custodyKey = deriveSubkey(master, 'custody');
  const device = await DeviceKey.load(join(dataDir, 'vault', 'device.key'), deriveSubkey(master, 'device'));
  return (fields: { index: number; prev: string; signer?: DeviceKey }) => {
    const body = JSON.stringify({ index: fields.index, prev: fields.prev, event: 'item.viewed', at: '2025-01-02T00:00:00.000Z', actor: 'owner', device: device.fingerprint });
    const signature = (fields.signer ?? device).sign(utf8(body)).toString('base64');
    return sealBox(custodyKey, utf8(JSON.stringify({ body, signature })), utf8(`tamga custody v1 ${fields.index}`)).toString('base64');
  };
}

describe('custody log: cut from the end', () => {
  it('detects entries cut from the end against the signed head, and keeps the cut on record after unlock', async () => {
    const { vault, log } = await vaultWithHistory();
    const lines = committedLines(log);
    vault.lock('user');
    writeFileSync(log, `${lines.slice(0, 2).join('\n')}\n`); // header line and vault.created only
    await vault.unlock('pass phrase');
    const events = await vault.custodyEvents();
    expect(events.at(-1)).toMatchObject({ event: 'custody.truncated', details: { expected: 3, found: 1, reason: 'shorter' } });
    const report = await vault.verify();
    expect(report.ok).toBe(false);
    expect(report.custody).toMatchObject({ ok: false, cut: { expected: 3, found: 1 } });
    // A later session still fails: the cut is a signed entry now, not a state that the next append erases.
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect((await vault.verify()).custody).toMatchObject({ ok: false, cut: { reason: 'shorter' } });
  });

  it('detects a log cut to nothing, and a head removed along with the cut', async () => {
    for (const removeHead of [false, true]) {
      const { vault, log } = await vaultWithHistory();
      vault.lock('user');
      writeFileSync(log, 'tamga-custody 1\n');
      if (removeHead) rmSync(join(vault.dataDir, 'vault', 'custody.head'));
      await vault.unlock('pass phrase');
      expect((await vault.verify()).custody).toMatchObject({ ok: false, cut: { reason: removeHead ? 'headMissing' : 'shorter' } });
    }
  });

  it('refuses a head sealed by another vault as the head of this log', async () => {
    const { vault, log } = await vaultWithHistory();
    const head = join(vault.dataDir, 'vault', 'custody.head');
    vault.lock('user');
    // A head from another vault (another key) is not this log's head.
    const other = openTestVault();
    await other.create('pass phrase');
    copyFileSync(join(other.dataDir, 'vault', 'custody.head'), head);
    await vault.unlock('pass phrase');
    expect((await vault.verify()).custody).toMatchObject({ ok: false, cut: { reason: 'headInvalid' } });
    expect(committedLines(log).length).toBeGreaterThan(3);
  });

  it('notices a cut made while the vault is unlocked, from the head it keeps in memory', async () => {
    const { vault, log } = await vaultWithHistory();
    const lines = committedLines(log);
    const head = readFileSync(join(vault.dataDir, 'vault', 'custody.head'));
    writeFileSync(log, `${lines.slice(0, 3).join('\n')}\n`);
    writeFileSync(join(vault.dataDir, 'vault', 'custody.head'), head);
    expect((await vault.verify()).custody).toMatchObject({ ok: false, cut: { expected: 3, found: 2, reason: 'shorter' } });
  });

  it('accepts a log one entry longer than its head: the crash window between an append and its head write', async () => {
    const { vault, log } = await vaultWithHistory();
    const head = join(vault.dataDir, 'vault', 'custody.head');
    const headBefore = readFileSync(head);
    const { item } = await vault.importStream(bytesOf('second'), { originalName: 'f.txt' });
    writeFileSync(head, headBefore);
    vault.lock('user');
    await vault.unlock('pass phrase');
    const events = await vault.custodyEvents();
    expect(events.map((e) => e.event)).not.toContain('custody.truncated');
    expect(events.at(-1)).toMatchObject({ event: 'item.imported', itemId: item.id });
    expect((await vault.verify()).ok).toBe(true);
    expect(committedLines(log).length).toBe(events.length + 1 + (await vault.listItems()).length);
  });
});

describe('custody log', () => {
  it('records who did what to which item, when and on which device, in order', async () => {
    const { vault, item } = await vaultWithHistory();
    const events = await vault.custodyEvents();
    expect(events.map((e) => [e.index, e.event, e.itemId])).toEqual([
      [0, 'vault.created', undefined],
      [1, 'item.imported', item.id],
      [2, 'item.viewed', item.id],
    ]);
    expect(events[1]).toMatchObject({ actor: 'owner', details: { sha256: item.sha256 } });
    const times = events.map((e) => Date.parse(e.at));
    expect(times.every((t, i) => t >= Date.UTC(2025, 0, 1) && (i === 0 || t > times[i - 1]!))).toBe(true);
    expect(new Set(events.map((e) => e.device)).size).toBe(1);
    expect(await vault.custodyEvents(item.id)).toHaveLength(2);
  });

  it('stores entries encrypted: no item id or event name in the file', async () => {
    const { item, log } = await vaultWithHistory();
    const text = readFileSync(log, 'utf8');
    expect(text).not.toContain(item.id);
    expect(text).not.toContain('item.imported');
  });

  it.each([
    ['an altered entry', (lines: string[]) => lines.map((l, i) => (i === 2 ? l.slice(0, 10) + (l[10] === 'A' ? 'B' : 'A') + l.slice(11) : l))],
    ['a removed middle entry', (lines: string[]) => lines.filter((_, i) => i !== 2)],
    ['two swapped entries', (lines: string[]) => [lines[0]!, lines[1]!, lines[3]!, lines[2]!]],
  ])('reports %s as the first broken index', async (_, edit) => {
    const { vault, log } = await vaultWithHistory();
    const lines = readFileSync(log, 'utf8').split('\n').slice(0, -1);
    writeFileSync(log, `${edit(lines).join('\n')}\n`);
    const report = await vault.verify();
    expect(report.custody).toMatchObject({ ok: false, firstBrokenIndex: 1 });
    expect(report.ok).toBe(false);
  });

  it('treats a torn last line from a crash as uncommitted: reported, not a break, and overwritten by the next append', async () => {
    const { vault, log } = await vaultWithHistory();
    appendFileSync(log, 'dGhpcyBsaW5lIHdhcyBjdXQgb2Zm');
    const before = await vault.verify();
    expect(before.custody).toMatchObject({ ok: true, tornTail: true });
    expect(before.ok).toBe(true);
    const after = await vault.verify(); // verify itself appended item.verified over the torn bytes
    expect(after.custody).toMatchObject({ ok: true, tornTail: false, entries: before.custody.entries + 1 });
    vault.lock('user');
    await vault.unlock('pass phrase');
    expect((await vault.custodyEvents()).at(-1)?.event).toBe('item.verified');
  });

  it('refuses a device key from another vault at unlock, before any entry is read', async () => {
    const { vault, log } = await vaultWithHistory();
    const other = openTestVault();
    await other.create('pass phrase');
    const foreign = readFileSync(join(other.dataDir, 'vault', 'device.key'));
    writeFileSync(join(vault.dataDir, 'vault', 'device.key'), foreign);
    vault.lock('user');
    await expect(vault.unlock('pass phrase')).rejects.toMatchObject({ code: 'vault.corruptHeader' });
    expect(readFileSync(log, 'utf8').split('\n').length).toBeGreaterThan(3);
  });

  it('rejects an entry that decrypts, chains and is in place, but is signed by another device key', async () => {
    const { vault, log } = await vaultWithHistory();
    const forge = await forger(vault.dataDir);
    const lines = committedLines(log);
    const forged = forge({ index: 3, prev: lineHash(lines.at(-1)!), signer: DeviceKey.generate() });
    writeFileSync(log, `${[...lines, forged].join('\n')}\n`);
    expect((await vault.verify()).custody).toMatchObject({ ok: false, firstBrokenIndex: 3 });
  });

  it('rejects an entry that decrypts and is signed by this device, but names the wrong previous entry', async () => {
    const { vault, log } = await vaultWithHistory();
    const forge = await forger(vault.dataDir);
    const lines = committedLines(log);
    const control = forge({ index: 3, prev: lineHash(lines.at(-1)!) });
    writeFileSync(log, `${[...lines, control].join('\n')}\n`);
    expect((await vault.verify()).custody.firstBrokenIndex).toBeUndefined();
    const vault2 = await vaultWithHistory();
    const forge2 = await forger(vault2.vault.dataDir);
    const lines2 = committedLines(vault2.log);
    writeFileSync(vault2.log, `${[...lines2, forge2({ index: 3, prev: lineHash(lines2[1]!) })].join('\n')}\n`);
    expect((await vault2.vault.verify()).custody).toMatchObject({ ok: false, firstBrokenIndex: 3 });
  });
});
