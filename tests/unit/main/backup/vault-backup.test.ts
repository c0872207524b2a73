import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreVault } from '../../../../src-main/backup';
import { vaultFiles } from '../../../../src-main/backup/vault-backup';
import { bytesOf, codeOf, openTestVault, readAll, tempDir, TINY_KDF } from '../vault/temp-vault';
import { rendererWrites } from '../records/journal-fixture';

const PASSPHRASE = 'резервная копия 2026';
const CASE = 'c'.repeat(32);

/** A vault with a case in its journal and two evidence files, one of several data chunks. */
async function vaultWithEvidence() {
  const vault = openTestVault();
  const created = await vault.create(PASSPHRASE);
  const put = await rendererWrites(vault.dataDir, PASSPHRASE);
  await vault.appendRecords([put('cases', CASE, { title: 'Задержание в Жанаозене' })]);
  const ruling = await vault.importStream(bytesOf('Решение суда № 2-117, стр. 1'), { originalName: 'ruling.pdf' });
  const video = Buffer.alloc(3 * (1 << 20) + 17, 7);
  const clip = await vault.importStream(bytesOf(video), { originalName: 'dispersal.mp4' });
  return { vault, created, put, ruling, clip, video };
}

/** Opens the restored data directory as a new installation would, with the same passphrase. */
async function openRestored(dataDir: string) {
  const restored = openTestVault({ dataDir });
  await restored.unlock(PASSPHRASE);
  return restored;
}

describe('vault backup and restore', () => {
  it('restores every case, item and custody entry on another path, and the restored vault verifies', async () => {
    const { vault, ruling, clip, video } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    const summary = await vault.backup(out);
    expect(summary).toMatchObject({ generation: 1, written: summary.files });

    const target = tempDir();
    expect(await restoreVault(out, target, { passphrase: PASSPHRASE }, TINY_KDF.cost)).toMatchObject({ generation: 1, files: summary.files });
    // The same files, byte for byte, as the vault it came from (before either is opened again).
    for (const path of await vaultFiles(join(vault.dataDir, 'vault'))) {
      expect(readFileSync(join(target, 'vault', path)).equals(readFileSync(join(vault.dataDir, 'vault', path))), path).toBe(true);
    }
    const restored = await openRestored(target);
    // Compared first: reading an item below is itself a custody event (item.viewed) in the restored vault.
    expect(await restored.custodyEvents()).toEqual(await vault.custodyEvents());
    expect((await restored.currentRecords()).get('cases')?.get(CASE)).toMatchObject({ title: 'Задержание в Жанаозене' });
    expect(Buffer.from(await readAll(restored.readItem(clip.item.id))).equals(video)).toBe(true);
    expect((await restored.listItems()).map((i) => i.sha256).sort()).toEqual([ruling.item.sha256, clip.item.sha256].sort());
    expect(await restored.verify()).toMatchObject({ ok: true, itemsChecked: 2 });
  });

  it('opens with the recovery key as well, and holds nothing readable in the clear but the vault header', async () => {
    const { vault, created } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    await vault.backup(out);
    const bytes = readFileSync(out);
    for (const canary of ['Решение суда', 'ruling.pdf', 'dispersal.mp4', 'Жанаозен', CASE]) {
      expect(bytes.includes(Buffer.from(canary))).toBe(false);
      expect(bytes.includes(Buffer.from(canary, 'utf16le'))).toBe(false);
    }
    const target = tempDir();
    await restoreVault(out, target, { recoveryKey: created.recoveryKey }, TINY_KDF.cost);
    expect((await (await openRestored(target)).verify()).ok).toBe(true);
  });

  it('adds only what changed on the next run, and a restore takes the latest state', async () => {
    const { vault, put } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    const first = await vault.backup(out);
    const sizeAfterFirst = statSync(out).size;
    const again = await vault.backup(out);
    // Nothing changed: a new index and trailer, no file copied again.
    expect(again).toMatchObject({ generation: 2, written: 0 });
    expect(statSync(out).size - sizeAfterFirst).toBeLessThan(64 * 1024);

    await vault.appendRecords([put('cases', CASE, { title: 'Задержание в Жанаозене, 16 декабря' })]);
    const photo = await vault.importStream(bytesOf('new photo'), { originalName: 'photo.jpg' });
    const third = await vault.backup(out);
    expect(third.generation).toBe(3);
    // The new blob and item, the journal, the custody log and their heads; not the 3 MiB video again.
    expect(third.written).toBeLessThan(first.written);
    expect(third.bytesWritten).toBeLessThan(1 << 20);

    const target = tempDir();
    await restoreVault(out, target, { passphrase: PASSPHRASE }, TINY_KDF.cost);
    const restored = await openRestored(target);
    expect((await restored.currentRecords()).get('cases')?.get(CASE)).toMatchObject({ title: 'Задержание в Жанаозене, 16 декабря' });
    expect((await restored.listItems()).map((i) => i.id)).toContain(photo.item.id);
    expect((await restored.verify()).ok).toBe(true);
  });

  it('refuses a wrong passphrase, a vault already in place, and another vault\'s backup to extend, changing nothing', async () => {
    const { vault } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    await vault.backup(out);
    const target = tempDir();
    expect(await codeOf(() => restoreVault(out, target, { passphrase: 'not the passphrase' }, TINY_KDF.cost))).toBe('vault.wrongPassphrase');
    expect(readdirSync(target)).toEqual([]);
    expect(await codeOf(() => restoreVault(out, vault.dataDir, { passphrase: PASSPHRASE }, TINY_KDF.cost))).toBe('vault.exists');

    const other = openTestVault();
    await other.create(PASSPHRASE);
    const before = readFileSync(out);
    expect(await codeOf(() => other.backup(out))).toBe('backup.damaged');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('refuses a backup cut short at any length, with nothing restored', async () => {
    const { vault } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    await vault.backup(out);
    await vault.backup(out);
    const whole = readFileSync(out);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (length) => {
        const cut = join(tempDir(), 'cut.backup');
        writeFileSync(cut, whole.subarray(0, length));
        const target = tempDir();
        const code = await codeOf(() => restoreVault(cut, target, { passphrase: PASSPHRASE }, TINY_KDF.cost));
        expect(['backup.truncated', 'backup.notBackup', 'backup.damaged']).toContain(code);
        expect(existsSync(join(target, 'vault'))).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a backup with any byte changed after its header, with nothing restored', async () => {
    const { vault } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    await vault.backup(out);
    const whole = readFileSync(out);
    // The trailer is the header's length (4 bytes), the index offset (8) and "TAMGAEND" (8), after the header.
    const headerAt = whole.length - 20 - whole.readUInt32BE(whole.length - 20);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 15, max: whole.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const bytes = Buffer.from(whole);
        bytes[at] = bytes[at]! ^ xor;
        const spoiled = join(tempDir(), 'spoiled.backup');
        writeFileSync(spoiled, bytes);
        const target = tempDir();
        const result = await restoreVault(spoiled, target, { passphrase: PASSPHRASE }, TINY_KDF.cost).then(
          () => 'restored',
          (error: { code?: string }) => error.code ?? 'thrown',
        );
        if (result === 'restored') {
          // Only the clear header copy may change unnoticed, if it still opens: the vault restored is still whole.
          expect(at).toBeGreaterThanOrEqual(headerAt);
          expect((await (await openRestored(target)).verify()).ok).toBe(true);
        } else {
          expect(existsSync(join(target, 'vault'))).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses to restore a file whose last run was cut off, and the next run picks up from the last complete one', async () => {
    const { vault } = await vaultWithEvidence();
    const out = join(tempDir(), 'tamga.backup');
    await vault.backup(out);
    const complete = readFileSync(out);
    // What a run killed mid-write leaves: segments after the last trailer, and no trailer of its own.
    await vault.importStream(bytesOf(Buffer.alloc(3 << 20, 9)), { originalName: 'big.mp4' });
    await vault.backup(out);
    const second = readFileSync(out);
    writeFileSync(out, second.subarray(0, complete.length + Math.floor((second.length - complete.length) / 2)));
    expect(await codeOf(() => restoreVault(out, tempDir(), { passphrase: PASSPHRASE }, TINY_KDF.cost))).toBe('backup.truncated');
    appendFileSync(out, Buffer.alloc(100, 1));
    expect(await codeOf(() => restoreVault(out, tempDir(), { passphrase: PASSPHRASE }, TINY_KDF.cost))).toBe('backup.truncated');

    const repaired = await vault.backup(out);
    expect(repaired.generation).toBe(2);
    expect(readFileSync(out).subarray(0, complete.length).equals(complete)).toBe(true);
    const target = tempDir();
    expect(await restoreVault(out, target, { passphrase: PASSPHRASE }, TINY_KDF.cost)).toMatchObject({ generation: 2 });
    const restored = await openRestored(target);
    expect((await restored.listItems()).map((i) => i.originalName)).toContain('big.mp4');
    expect((await restored.verify()).ok).toBe(true);
  });
});
