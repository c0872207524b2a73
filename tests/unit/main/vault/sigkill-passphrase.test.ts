import { describe, expect, it } from 'vitest';
import { expectConsistentAt, ITERATIONS, openVault as open, runAndKill } from './crash/crash-harness';
import { bytesOf, readAll, tempDir } from './temp-vault';

describe('SIGKILL at random points', () => {
  it(`during passphrase changes, ${ITERATIONS} times: the vault always opens with the old or the new passphrase`, async () => {
    const dataDir = tempDir();
    const setup = open(dataDir);
    await setup.create('passphrase A');
    const { item } = await setup.importStream(bytesOf('kept across every change'), { originalName: 'kept' });
    setup.dispose();
    for (let i = 0; i < ITERATIONS; i++) {
      await runAndKill('passphrase', dataDir);
      const vault = open(dataDir);
      await vault.unlock('passphrase A').catch(() => vault.unlock('passphrase B'));
      expect(vault.status().state).toBe('unlocked');
      expect((await readAll(vault.readItem(item.id))).toString()).toBe('kept across every change');
      await expectConsistentAt(vault, dataDir);
      vault.dispose();
    }
  });
});
