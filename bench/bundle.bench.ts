/**
 * Bundle export (vault decrypt + SHA-256 + zip + write) against `zip -0` over the same plaintext files, and bundle
 * verification against `openssl dgst -sha256` over the same files, measured in the same run (ARCHITECTURE.md §6).
 * TAMGA_BENCH_SIZE_MB (default 1024) sets the total; TAMGA_BENCH_FILES (default 8) how many files it is split into.
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyBundle, writeBundle } from '../src-main/bundle';
import { createVaultService } from '../src-main/vault';
import type { Bench } from './harness';

const sizeMB = Number(process.env.TAMGA_BENCH_SIZE_MB ?? 1024);
const fileCount = Number(process.env.TAMGA_BENCH_FILES ?? 8);
const benchDir = process.env.TAMGA_BENCH_DIR ?? tmpdir();

const seconds = (start: number) => (performance.now() - start) / 1000;

function timeTool(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return seconds(start);
}

const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(benchDir, 'tamga-bundle-bench-'));
  try {
    const names: string[] = [];
    const block = Buffer.allocUnsafe(1 << 20);
    for (let f = 0; f < fileCount; f++) {
      const name = `exhibit-${f}.bin`;
      const fd = openSync(join(dir, name), 'w');
      for (let i = 0; i < Math.round(sizeMB / fileCount); i++) writeSync(fd, randomFillSync(block));
      closeSync(fd);
      names.push(name);
    }
    const totalMB = Math.round(sizeMB / fileCount) * fileCount;
    const vault = createVaultService({ dataDir: join(dir, 'data') });
    await vault.create('bench passphrase');
    const itemIds: string[] = [];
    for (const name of names) itemIds.push((await vault.importFile(join(dir, name))).item.id);
    execFileSync('sync');

    timeTool('openssl', ['dgst', '-sha256', ...names], dir); // warm the page cache for both references
    const zip = totalMB / timeTool('zip', ['-0', '-q', 'reference.zip', ...names], dir);
    rmSync(join(dir, 'reference.zip'));
    execFileSync('sync');
    const openssl = totalMB / timeTool('openssl', ['dgst', '-sha256', ...names], dir);

    const exportStart = performance.now();
    const written = await writeBundle(vault, { itemIds, out: join(dir, 'bundle.zip') });
    const exportRate = totalMB / seconds(exportStart);
    vault.dispose();
    execFileSync('sync');

    const verifyStart = performance.now();
    const verified = await verifyBundle(written.path);
    const verifyRate = totalMB / seconds(verifyStart);
    if (!verified.ok) throw new Error(`bench bundle did not verify: ${JSON.stringify(verified.problems)}`);

    report({ metric: `export ${totalMB} MB in ${fileCount} items (decrypt+sha256+zip+write)`, value: exportRate, unit: 'MB/s', reference: { tool: 'zip -0', value: zip } });
    report({ metric: `verify ${totalMB} MB bundle (read+sha256, signatures, custody)`, value: verifyRate, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: openssl } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
