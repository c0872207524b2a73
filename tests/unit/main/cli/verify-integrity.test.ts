import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printableName } from '../../../../src-main/cli/messages';
import { cli, tempDir } from './cli-harness';

const PASS = 'secret phrase\n';

/** A vault with two imported files, as the CLI leaves it: what an attacker with the disk would then edit. */
async function vaultWithTwoItems() {
  const dir = tempDir();
  const data = join(dir, 'data');
  expect((await cli(['--data-dir', data, 'init'], PASS)).code).toBe(0);
  writeFileSync(join(dir, 'ruling.txt'), 'court ruling of 12 May');
  writeFileSync(join(dir, 'protocol.txt'), 'police protocol of 11 May');
  const imported = await cli(['--data-dir', data, 'import', join(dir, 'ruling.txt'), join(dir, 'protocol.txt')], PASS);
  const [ruling, protocol] = imported.text.trim().split('\n').map((line) => line.split(' ')[0]!);
  const vault = join(data, 'vault');
  const blobFiles = readdirSync(join(vault, 'blobs'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return { data, vault, ruling: ruling!, protocol: protocol!, blobFiles };
}

describe('tamga verify holds the vault to its custody log', () => {
  it('names an item whose record and blob were deleted, and exits 1', async () => {
    const { data, vault, ruling, blobFiles } = await vaultWithTwoItems();
    rmSync(join(vault, 'items', ruling));
    for (const file of blobFiles) rmSync(file);
    const result = await cli(['--data-dir', data, 'verify'], PASS);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`DAMAGED ${ruling} : Item ${ruling} is gone: the custody log records its import, but its record is no longer in the vault.`);
    expect(result.text).not.toMatch(/^OK/m);
  });

  it('names an item whose record was overwritten with garbage, and exits 1', async () => {
    const { data, vault, protocol } = await vaultWithTwoItems();
    writeFileSync(join(vault, 'items', protocol), 'garbage');
    const result = await cli(['--data-dir', data, 'verify'], PASS);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`DAMAGED ${protocol} : The record of item ${protocol} was altered or damaged on disk and cannot be read.`);
  });

  it('reports a custody log cut from the end, and exits 1', async () => {
    const { data, vault } = await vaultWithTwoItems();
    const log = join(vault, 'custody.log');
    const lines = readFileSync(log, 'utf8').split('\n');
    writeFileSync(log, `${lines.slice(0, 2).join('\n')}\n`);
    const result = await cli(['--data-dir', data, 'verify'], PASS);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/^CUT custody log: The custody log holds 1 entries, but its signed head records 3/m);
  });

  it('refuses to serve one item with the bytes of another after their blob files were swapped', async () => {
    const { data, ruling, blobFiles } = await vaultWithTwoItems();
    const [a, b] = blobFiles.map((file) => readFileSync(file));
    writeFileSync(blobFiles[0]!, b!);
    writeFileSync(blobFiles[1]!, a!);
    const cat = await cli(['--data-dir', data, 'cat', ruling], PASS);
    expect(cat.code).toBe(1);
    expect(cat.stdout.length).toBe(0);
    expect((await cli(['--data-dir', data, 'verify'], PASS)).code).toBe(1);
  });
});

describe('tamga prints file names as data, never as terminal control', () => {
  it('escapes control characters so a name cannot forge a list line or repaint the terminal', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    expect((await cli(['--data-dir', data, 'init'], PASS)).code).toBe(0);
    const hostile = 'a\u001b[2J\nffffffffffffffffffffffffffffffff 0000 1 forged.pdf\u202e\\fdp.exe';
    writeFileSync(join(dir, hostile), 'x');
    const imported = await cli(['--data-dir', data, 'import', join(dir, hostile)], PASS);
    expect(imported.text.split('\n')).toHaveLength(2);
    const listed = await cli(['--data-dir', data, 'list'], PASS);
    const lines = listed.text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ a\\x1b\[2J\\x0affffffffffffffffffffffffffffffff 0000 1 forged\.pdf\\u202e\\\\fdp\.exe$/);
    expect(listed.text).not.toContain('\u001b');
  });

  it('leaves Cyrillic, Kazakh and spaces as they are, and escapes the backslash so the escapes read back', () => {
    expect(printableName('Решение суда — Қаулы 2024.pdf')).toBe('Решение суда — Қаулы 2024.pdf');
    expect(printableName('a\\x1b')).toBe('a\\\\x1b');
    expect(printableName('\u0000\u007f\u0085\u2028')).toBe('\\x00\\x7f\\x85\\u2028');
  });
});
