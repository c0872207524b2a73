/**
 * Import throughput (read + SHA-256 + AES-256-GCM + write) against `openssl dgst -sha256` on the same file, plus
 * sha256sum and `openssl enc -aes-256-ctr` for context, peak RSS growth, and unlock (Argon2id) time.
 * TAMGA_BENCH_SIZE_MB shrinks the 1 GiB test file for quick runs.
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVaultService, DEFAULT_KDF_COST } from '../src-main/vault';
import type { Bench } from './harness';

const sizeMB = Number(process.env.TAMGA_BENCH_SIZE_MB ?? 1024);
/** Where the file and vault go; point it at a tmpfs (e.g. /dev/shm) to separate CPU cost from disk speed. */
const benchDir = process.env.TAMGA_BENCH_DIR ?? tmpdir();

function timeTool(cmd: string, args: string[]): number {
  const start = performance.now();
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - start) / 1000;
}

const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(benchDir, 'tamga-bench-'));
  try {
    const file = join(dir, 'input.bin');
    const fd = openSync(file, 'w');
    const block = Buffer.allocUnsafe(1 << 20);
    for (let i = 0; i < sizeMB; i++) writeSync(fd, randomFillSync(block));
    closeSync(fd);
    execFileSync('sync'); // let writeback of the test file finish so it does not slow the runs below

    timeTool('openssl', ['dgst', '-sha256', file]); // warm the page cache
    const mbps = (seconds: number) => sizeMB / seconds;
    const openssl = mbps(timeTool('openssl', ['dgst', '-sha256', file]));
    const sha256sum = mbps(timeTool('sha256sum', [file]));
    // The I/O floor: copying the file (read + write + fsync) with no hashing or encryption at all.
    const copy = mbps(timeTool('dd', [`if=${file}`, `of=${join(dir, 'copy.bin')}`, 'bs=1M', 'conv=fsync', 'status=none']));
    rmSync(join(dir, 'copy.bin'));
    const ctr = mbps(timeTool('openssl', ['enc', '-aes-256-ctr', '-K', '00'.repeat(32), '-iv', '00'.repeat(16), '-in', file, '-out', '/dev/null']));

    const vault = createVaultService({ dataDir: join(dir, 'data') });
    await vault.create('bench passphrase');
    vault.lock('user');
    const unlockStart = performance.now();
    await vault.unlock('bench passphrase');
    const unlockSeconds = (performance.now() - unlockStart) / 1000;

    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 10);
    // CPU time of the whole process (main thread and workers): on a shared 2-core machine wall time alone cannot
    // tell a slower import from a neighbour taking a core.
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    await vault.importFile(file);
    const importSeconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    vault.dispose();

    report({ metric: `import ${sizeMB} MB (read+sha256+encrypt+write)`, value: mbps(importSeconds), unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: openssl } });
    report({ metric: 'same import vs plain copy', value: mbps(importSeconds), unit: 'MB/s', reference: { tool: 'dd conv=fsync', value: copy } });
    report({ metric: 'sha256sum (context)', value: sha256sum, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: openssl } });
    report({ metric: 'openssl enc -aes-256-ctr (context)', value: ctr, unit: 'MB/s', reference: null });
    report({ metric: 'import CPU time (user+system, all threads)', value: (cpu.user + cpu.system) / 1e6, unit: 's', reference: { tool: 'import wall time', value: importSeconds } });
    report({ metric: 'import peak RSS growth', value: (rssPeak - rssBefore) / 2 ** 20, unit: 'MB', reference: null });
    const { memoryKiB, iterations, parallelism } = DEFAULT_KDF_COST;
    report({ metric: `unlock, Argon2id m=${memoryKiB} KiB t=${iterations} p=${parallelism}`, value: unlockSeconds, unit: 's', reference: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
