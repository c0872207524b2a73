import { spawn } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createVaultService } from '../../../../../src-main/vault';
import { readAll, TINY_KDF } from '../temp-vault';

const CHILD = join(__dirname, 'crash-child.ts');
/** How many kills per scenario; each is a fresh child process (~0.7 s). */
export const ITERATIONS = 25;

/** Starts the child, waits until it is working, then SIGKILLs it after a random delay (the fault being injected). */
export function runAndKill(mode: 'import' | 'passphrase' | 'journal', dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString();
      if (!armed && out.includes('ready\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), randomInt(0, 60));
      }
    });
    child.stderr.on('data', (data: Buffer) => (err += data.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

export const openVault = (dataDir: string) => createVaultService({ dataDir, kdf: TINY_KDF, chunkShift: 6 });

/** After a crash and a fresh unlock: every item decrypts to its recorded hash, the log chains, no temp file is left. */
export async function expectConsistentAt(vault: ReturnType<typeof openVault>, dataDir: string): Promise<number> {
  const items = await vault.listItems();
  for (const item of items) {
    const bytes = await readAll(vault.readItem(item.id));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(item.sha256);
  }
  const report = await vault.verify();
  expect(report.damaged).toEqual([]);
  expect(report.custody.ok).toBe(true);
  expect(readdirSync(join(dataDir, 'vault'), { recursive: true }).filter((p) => String(p).includes('.tmp-'))).toEqual([]);
  return items.length;
}
