import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach } from 'vitest';
import { runCli } from '../../../../src-main/cli/tamga';
import { createVaultService } from '../../../../src-main/vault';

// Tests only: a KDF cheap enough to run hundreds of times; the floor can be lowered from code, never from disk.
export const TINY_KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp folder removed after the test. */
export function tempDir(label = 'tamga-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  dirs.push(dir);
  return dir;
}

/** Runs the CLI in-process with in-memory streams; stdin is not a terminal, as in a script. */
export async function cli(argv: string[], stdinText = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (d: Buffer) => out.push(d));
  stderr.on('data', (d: Buffer) => err.push(d));
  const stdin = Object.assign(Readable.from([Buffer.from(stdinText)]), { isTTY: false });
  const code = await runCli(argv, { stdin, stdout, stderr }, { env, createService: (dataDir) => createVaultService({ dataDir, kdf: TINY_KDF }), kdfFloor: TINY_KDF.cost });
  return { code, stdout: Buffer.concat(out), text: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

/** A new vault at a temp data dir holding one file `name` with `content`, made through the CLI as a person would. */
export async function vaultWithFile(name: string, content: string, passphrase = 'secret phrase\n'): Promise<string> {
  const data = join(tempDir(), 'data');
  await cli(['--data-dir', data, 'init'], passphrase);
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  await cli(['--data-dir', data, 'import', file], passphrase);
  return data;
}
