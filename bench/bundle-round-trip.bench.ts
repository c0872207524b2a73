/**
 * A bundle's whole trip, each step against the plain tool nearest to its work, measured in the same run:
 * export from vault A (exportBundleTo) against `zip -0` of the same files; verify (verifyBundle) against
 * `openssl dgst -sha256` over them; receive into vault B (receiveBundle) against `sha256sum` of them plus a copy;
 * and a backup of vault A (vault.backup) against `tar -c` of its directory piped to `age -r`.
 * Peak RSS is read after each step: everything streams, so it should stay flat as the size grows.
 * TAMGA_BENCH_SIZE_MB (default 256) sets the total; 1024 (1 GiB) and 5120 (5 GiB) are the sizes the issue asks for,
 * e.g. `TAMGA_BENCH_SIZE_MB=1024 npm run bench bundle-round-trip`; 5120 is refused at export (bundle.tooLarge) until
 * the bundle writer has Zip64. TAMGA_BENCH_FILES (default 8) splits the total into that many files;
 * TAMGA_BENCH_DIR chooses the disk (it needs about five times the size free).
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundleTo } from '../src-main/bundle/bundle-handlers';
import { receiveBundle } from '../src-main/bundle/receive-bundle';
import { verifyBundle } from '../src-main/bundle/verify-bundle';
import { createVaultService } from '../src-main/vault';
import type { Bench } from './harness';

const sizeMB = Number(process.env.TAMGA_BENCH_SIZE_MB ?? 256);
const fileCount = Number(process.env.TAMGA_BENCH_FILES ?? 8);
const benchDir = process.env.TAMGA_BENCH_DIR ?? tmpdir();
/** The smallest Argon2id, as the unit tests' TINY_KDF: unlocking is not what is measured here. */
const TINY_KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;

const seconds = (start: number) => (performance.now() - start) / 1000;
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function timeTool(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return seconds(start);
}

async function timed<T>(step: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  execFileSync('sync');
  const start = performance.now();
  const result = await step();
  return { result, seconds: seconds(start) };
}

/** Random bytes streamed to disk a MiB at a time, so generating 5 GiB holds no more than generating 5 MiB. */
function generateFiles(dir: string): string[] {
  const block = Buffer.allocUnsafe(1 << 20);
  const names: string[] = [];
  for (let f = 0; f < fileCount; f++) {
    const name = `exhibit-${f}.bin`;
    const fd = openSync(join(dir, name), 'w');
    for (let i = 0; i < Math.round(sizeMB / fileCount); i++) writeSync(fd, randomFillSync(block));
    closeSync(fd);
    names.push(name);
  }
  return names;
}

const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(benchDir, 'tamga-round-trip-bench-'));
  try {
    const filesDir = join(dir, 'files');
    mkdirSync(filesDir);
    const names = generateFiles(filesDir);
    const totalMB = Math.round(sizeMB / fileCount) * fileCount;
    const sender = createVaultService({ dataDir: join(dir, 'a'), kdf: TINY_KDF });
    const receiver = createVaultService({ dataDir: join(dir, 'b'), kdf: TINY_KDF });
    await sender.create('bench passphrase');
    await receiver.create('bench passphrase');
    const itemIds: string[] = [];
    for (const name of names) itemIds.push((await sender.importFile(join(filesDir, name))).item.id);
    execFileSync('age-keygen', ['-o', join(dir, 'age-key.txt')], { stdio: 'ignore' });
    const recipient = execFileSync('age-keygen', ['-y', join(dir, 'age-key.txt')], { encoding: 'utf8' }).trim();
    execFileSync('sync');
    timeTool('openssl', ['dgst', '-sha256', ...names], filesDir); // the same warm page cache for every reference
    const rssBefore = peakRssMB();

    const zip = totalMB / timeTool('zip', ['-0', '-q', join(dir, 'reference.zip'), ...names], filesDir);
    rmSync(join(dir, 'reference.zip'));
    const bundlePath = join(dir, 'bundle.zip');
    const exported = await timed(() => exportBundleTo(sender, { itemIds, out: bundlePath }));
    const rssAfterExport = peakRssMB();

    const openssl = totalMB / timeTool('openssl', ['dgst', '-sha256', ...names], filesDir);
    const verified = await timed(() => verifyBundle(bundlePath));
    if (!verified.result.ok) throw new Error(`bench bundle did not verify: ${JSON.stringify(verified.result.problems)}`);
    const rssAfterVerify = peakRssMB();

    mkdirSync(join(dir, 'copy'));
    const hashAndCopy = totalMB / timeTool('sh', ['-c', 'sha256sum "$@" > /dev/null && cp "$@" ../copy/', 'sh', ...names], filesDir);
    rmSync(join(dir, 'copy'), { recursive: true });
    const received = await timed(() => receiveBundle(receiver, bundlePath, { accept: { name: 'bench sender' } }));
    const taken = received.result.files.filter((file) => file.status === 'received').length;
    if (taken !== names.length) throw new Error(`receive took in ${taken} of ${names.length} files`);
    const rssAfterReceive = peakRssMB();
    receiver.dispose();

    // Both sides read the same directory: vault A's blobs, journal, custody and keys, about the size of the files.
    const vaultDir = join(dir, 'a', 'vault');
    const vaultMB = Number(execFileSync('du', ['-sb', vaultDir], { encoding: 'utf8' }).split('\t')[0]) / 2 ** 20;
    const tarAge = vaultMB / timeTool('sh', ['-c', 'tar -c -C "$1" . | age -r "$2" > "$3"', 'sh', vaultDir, recipient, join(dir, 'reference.tar.age')], dir);
    rmSync(join(dir, 'reference.tar.age'));
    const backedUp = await timed(() => sender.backup(join(dir, 'vault.backup')));
    const rssAfterBackup = peakRssMB();
    sender.dispose();

    report({ metric: `export ${totalMB} MB in ${fileCount} items (exportBundleTo)`, value: totalMB / exported.seconds, unit: 'MB/s', reference: { tool: 'zip -0', value: zip } });
    report({ metric: `verify ${totalMB} MB bundle (verifyBundle)`, value: totalMB / verified.seconds, unit: 'MB/s', reference: { tool: 'openssl dgst -sha256', value: openssl } });
    report({ metric: `receive ${totalMB} MB bundle into a second vault`, value: totalMB / received.seconds, unit: 'MB/s', reference: { tool: 'sha256sum + cp', value: hashAndCopy } });
    report({ metric: `backup ${Math.round(vaultMB)} MB vault (first run, verified)`, value: vaultMB / backedUp.seconds, unit: 'MB/s', reference: { tool: 'tar -c | age -r', value: tarAge } });
    report({
      metric: `peak RSS: set-up, export, verify, receive, backup (${totalMB} MB)`,
      value: rssAfterBackup,
      unit: `MB (${rssBefore} → ${rssAfterExport} → ${rssAfterVerify} → ${rssAfterReceive} → ${rssAfterBackup})`,
      reference: null,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
