import { describe, expect, it } from 'vitest';
import { expectConsistentAt, ITERATIONS, openVault as open, runAndKill } from './crash/crash-harness';
import { bytesOf, tempDir } from './temp-vault';

describe('SIGKILL at random points', () => {
  it(`during imports, ${ITERATIONS} times: the vault unlocks, every listed item decrypts to its hash, no temp file survives unlock`, async () => {
    const dataDir = tempDir();
    const setup = open(dataDir);
    await setup.create('pass phrase');
    await setup.importStream(bytesOf('first'), { originalName: 'first' });
    setup.dispose();
    let committed = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const out = await runAndKill('import', dataDir);
      committed += out.split('\n').filter((l) => l.startsWith('imported ')).length;
      const vault = open(dataDir);
      await vault.unlock('pass phrase');
      const count = await expectConsistentAt(vault, dataDir);
      // Everything the child reported as imported must still be there (it may have finished one more unreported).
      expect(count).toBeGreaterThanOrEqual(committed + 1);
      vault.dispose();
    }
  });

});
