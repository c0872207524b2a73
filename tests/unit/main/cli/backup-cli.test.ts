import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

  it('a vault that received a colleague\'s case restores elsewhere with the case, the sender and what it last received', async () => {
    const bundles = resolve(__dirname, '../../../fixtures/colleague-bundles');
    const colleague = (JSON.parse(readFileSync(resolve(__dirname, '../../../fixtures/hostile/bundles/cases.json'), 'utf8')) as { expect: string }).expect;
    const data = join(tempDir(), 'b');
    await cli(['--data-dir', data, 'init'], PASS);
    expect((await cli(['--data-dir', data, 'receive', '--expect', colleague, join(bundles, 'colleague-week-1.zip')], PASS)).code).toBe(0);
    const cases = (await cli(['--data-dir', data, 'cases', 'list'], PASS)).text;
    expect(cases).toContain('Задержание журналистки после поста о суде');

    const out = join(tempDir(), 'b.tamga-backup');
    expect((await cli(['--data-dir', data, 'backup', '--out', out], PASS)).code).toBe(0);
    const target = join(tempDir(), 'c');
    expect((await cli(['--data-dir', target, 'restore', out], PASS)).code).toBe(0);
    expect((await cli(['--data-dir', target, 'cases', 'list'], PASS)).text).toBe(cases);
    expect((await cli(['--data-dir', target, 'verify'], PASS)).code).toBe(0);
    // The restored vault knows the sender and what it received: the later export merges as it would have in B.
    const later = await cli(['--data-dir', target, 'receive', join(bundles, 'colleague-week-2.zip')], PASS);
    expect(later.code, later.stderr + later.text).toBe(0);
    expect(later.text).toContain('1 records added, 1 changed, 0 kept as edited here');
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
