import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cli-harness';

const PASS = 'secret phrase\n';

describe('tamga backup and tamga restore', () => {
  it('backs a vault up, adds to the same file, and restores it elsewhere with the passphrase or the recovery key', async () => {
    const data = join(tempDir(), 'data');
    const init = await cli(['--data-dir', data, 'init'], PASS);
    expect(init.code).toBe(0);
    const recoveryKey = /Recovery key[^\n]*\n\s+(\S[^\n]*)/.exec(init.text)![1]!.trim();
    const evidence = join(tempDir(), 'протокол.txt');
    writeFileSync(evidence, 'Протокол задержания, Жанаозен');
    const imported = await cli(['--data-dir', data, 'import', evidence], PASS);
    const [itemId, sha256] = imported.text.trim().split(' ');

    const out = join(tempDir(), 'vault.tamga-backup');
    const first = await cli(['--data-dir', data, 'backup', '--out', out], PASS);
    expect(first.code).toBe(0);
    expect(first.text).toMatch(/^backup 1: \d+ files, \d+ written \(\d+ bytes\), checked /);
    const second = await cli(['--data-dir', data, 'backup', `--out=${out}`], PASS);
    expect(second.text).toMatch(/^backup 2: \d+ files, 0 written/);

    for (const [how, answer] of [['passphrase', PASS], ['recovery key', `${recoveryKey}\n`]] as const) {
      const target = join(tempDir(), 'restored');
      const args = how === 'passphrase' ? ['--data-dir', target, 'restore', out] : ['--data-dir', target, 'restore', '--recovery', out];
      const restored = await cli(args, answer);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.text).toMatch(/^restored backup 2 of \S+: \d+ files into /);
      expect((await cli(['--data-dir', target, 'list'], PASS)).text).toContain(`${itemId} ${sha256}`);
      expect((await cli(['--data-dir', target, 'cat', itemId!], PASS)).text).toBe('Протокол задержания, Жанаозен');
      expect((await cli(['--data-dir', target, 'verify'], PASS)).code).toBe(0);
    }
  });

  it('exits 1 with a sentence for a backup cut short, and 2 for a file that is no backup, restoring nothing', async () => {
    const data = join(tempDir(), 'data');
    await cli(['--data-dir', data, 'init'], PASS);
    const out = join(tempDir(), 'vault.tamga-backup');
    await cli(['--data-dir', data, 'backup', '--out', out], PASS);
    truncateSync(out, readFileSync(out).length - 5);
    const cut = await cli(['--data-dir', join(tempDir(), 'x'), 'restore', out], PASS);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('This backup ends before its last run was complete');
    const notBackup = join(tempDir(), 'notes.txt');
    writeFileSync(notBackup, 'just notes');
    const wrong = await cli(['--data-dir', join(tempDir(), 'y'), 'restore', notBackup], PASS);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('This file is not a Tamga backup.');
  });
});
