import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { readAll, tempDir } from './temp-vault';

const FIXTURE = join(__dirname, '..', '..', '..', 'fixtures', 'vault-v1');
const manifest = JSON.parse(readFileSync(join(FIXTURE, 'fixture.json'), 'utf8'));

/** Opens a copy: reading appends item.viewed to the custody log, and the frozen fixture must never change. */
function openCopy() {
  const dataDir = tempDir();
  cpSync(join(FIXTURE, 'vault'), join(dataDir, 'vault'), { recursive: true });
  return createVaultService({ dataDir });
}

describe('frozen v1 vault (tests/fixtures/vault-v1)', () => {
  it('opens with today\'s code at real KDF strength and reads every item back byte-exact', async () => {
    const vault = openCopy();
    try {
      const unlocked = await vault.unlock(manifest.passphrase);
      expect(unlocked.keys).toEqual(manifest.rendererKeys);
      expect(await vault.listItems()).toEqual(manifest.items);
      for (const item of manifest.items) {
        const original = readFileSync(join(FIXTURE, 'originals', item.originalName));
        expect((await readAll(vault.readItem(item.id))).equals(original)).toBe(true);
      }
      const report = await vault.verify();
      expect(report).toMatchObject({ ok: true, itemsChecked: 2, damaged: [] });
      expect((await vault.custodyEvents()).slice(0, 3).map((e) => e.event)).toEqual(['vault.created', 'item.imported', 'item.imported']);
    } finally {
      vault.dispose();
    }
  });

  it('opens with two of its recovery shares', async () => {
    const vault = openCopy();
    try {
      const unlocked = await vault.unlockWithRecovery({ shares: [manifest.recoveryShares[1], manifest.recoveryShares[2]] });
      expect(unlocked).toEqual({ keys: manifest.rendererKeys, mustSetPassphrase: true });
    } finally {
      vault.dispose();
    }
  });
});
