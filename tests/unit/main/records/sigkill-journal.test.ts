import { describe, expect, it } from 'vitest';
import { ITERATIONS, openVault, runAndKill } from '../vault/crash/crash-harness';
import { tempDir } from '../vault/temp-vault';

describe('SIGKILL during journal appends', () => {
  it(`${ITERATIONS} times: every acknowledged group is there after restart, the journal verifies, and it takes new writes`, async () => {
    const dataDir = tempDir();
    const setup = openVault(dataDir);
    await setup.create('pass phrase');
    setup.dispose();
    const acknowledged = new Set<string>();
    let acknowledgedCount = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const out = await runAndKill('journal', dataDir);
      for (const line of out.split('\n').filter((l) => l.startsWith('appended '))) {
        const [, count, ids] = line.split(' ');
        acknowledgedCount = Number(count);
        for (const id of ids!.split(',')) acknowledged.add(id);
      }
      const vault = openVault(dataDir);
      await vault.unlock('pass phrase');
      const report = await vault.verify();
      expect(report.records).toMatchObject({ ok: true });
      const { head, entries } = await vault.readRecords(0, 5000);
      // It may have made one more group durable without living to say so; it may never have lost one it reported.
      expect(head.count).toBeGreaterThanOrEqual(acknowledgedCount);
      const present = new Set(entries.map((e) => e.id));
      for (const id of acknowledged) expect(present.has(id)).toBe(true);
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, seq) => seq));
      vault.dispose();
    }
    expect(acknowledged.size).toBeGreaterThan(ITERATIONS);
  });
});
