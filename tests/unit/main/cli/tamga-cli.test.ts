import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { cli, tempDir, TINY_KDF } from './cli-harness';

const ROOT = join(__dirname, '..', '..', '..', '..');

async function initialised() {
  const dir = tempDir();
  const data = join(dir, 'data');
  const init = await cli(['--data-dir', data, 'init'], 'secret phrase\n');
  expect(init.code).toBe(0);
  return { dir, data, init };
}

describe('tamga CLI', () => {
  it('init creates a vault and prints the recovery key and three shares', async () => {
    const { init } = await initialised();
    expect(init.text).toMatch(/Recovery key[^\n]*\n {2}([0-9A-Z]{5}-){7}[0-9A-Z]{5}\n/);
    expect(init.text.match(/^ {2}[123]: /gm)).toHaveLength(3);
  });

  it('imports files, lists them and cats the original bytes back', async () => {
    const { dir, data } = await initialised();
    const files = { 'заявление.txt': Buffer.from('Свидетельство: ә ғ қ ң ө'), 'photo.bin': Buffer.alloc(200_000, 7) };
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    const imported = await cli(['--data-dir', data, 'import', ...paths], 'secret phrase\n');
    expect(imported.code).toBe(0);
    const lines = imported.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(lines[0]).toMatch(new RegExp(`^[0-9a-f]{32} ${sha(files['заявление.txt'])} заявление.txt$`));

    const listed = await cli(['list'], 'secret phrase\n', { TAMGA_DATA_DIR: data });
    expect(listed.text.trim().split('\n')).toEqual([
      `${lines[0]!.split(' ')[0]} ${sha(files['заявление.txt'])} ${files['заявление.txt'].length} заявление.txt`,
      `${lines[1]!.split(' ')[0]} ${sha(files['photo.bin'])} 200000 photo.bin`,
    ]);
    const cat = await cli(['--data-dir', data, 'cat', lines[1]!.split(' ')[0]!], 'secret phrase\n');
    expect(cat.code).toBe(0);
    expect(cat.stdout.equals(files['photo.bin'])).toBe(true);
  });

  it('verify exits 0 on a whole vault and 1 naming the damaged item', async () => {
    const { dir, data } = await initialised();
    writeFileSync(join(dir, 'a.txt'), 'evidence a');
    const id = (await cli(['--data-dir', data, 'import', join(dir, 'a.txt')], 'secret phrase\n')).text.split(' ')[0]!;
    const good = await cli(['--data-dir', data, 'verify'], 'secret phrase\n');
    expect(good.code).toBe(0);
    expect(good.text).toMatch(/^OK 1 items verified; custody chain intact/m);
    const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
    await vault.unlock('secret phrase');
    const blobId = (await vault.listItems())[0]!.blobId;
    vault.dispose();
    const blobPath = join(data, 'vault', 'blobs', blobId.slice(0, 2), blobId.slice(2));
    const bytes = readFileSync(blobPath);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(blobPath, bytes);
    const bad = await cli(['--data-dir', data, 'verify'], 'secret phrase\n');
    expect(bad.code).toBe(1);
    expect(bad.text).toContain(`DAMAGED ${id} a.txt: The stored file for ${id} was altered or damaged on disk; its content was not used.`);
  });

  it('exits 2 with a plain sentence for a wrong passphrase, and never reads the passphrase from argv', async () => {
    const { data } = await initialised();
    const wrong = await cli(['--data-dir', data, 'list'], 'not it\n');
    expect(wrong).toMatchObject({ code: 2, stderr: 'tamga: That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again.\n' });
    const viaArgv = await cli(['--data-dir', data, 'list', 'secret phrase'], '');
    expect(viaArgv.code).toBe(2);
    expect(viaArgv.stderr).toMatch(/^tamga: Unknown command or wrong arguments\.[^]*\nUsage: tamga/);
  });

  it('exits 2 for usage errors: no command, unknown command, no data dir, missing vault, empty passphrase', async () => {
    const data = join(tempDir(), 'data');
    expect((await cli([], '')).code).toBe(2);
    expect((await cli(['--data-dir', data, 'shred'], '')).code).toBe(2);
    expect((await cli(['list'], 'x\n')).code).toBe(2);
    expect(await cli(['--data-dir', data, 'list'], 'x\n')).toMatchObject({ code: 2, stderr: expect.stringContaining('no vault here yet') });
    expect(await cli(['--data-dir', data, 'init'], '\n')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot be empty') });
  });

  it('runs as a real process through entry.ts: init then list from piped stdin', () => {
    const data = join(tempDir(), 'data');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src-main', 'cli', 'entry.ts'), '--data-dir', data, ...args], {
        input: 'real process passphrase\n',
        cwd: ROOT,
        encoding: 'utf8',
      });
    const init = run(['init']);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Vault created.');
    const list = run(['list']);
    expect(list).toMatchObject({ status: 0, stdout: '' });
    expect(run(['cat', 'nope']).status).toBe(2);
  });
});
