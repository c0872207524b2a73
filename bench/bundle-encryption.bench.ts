/**
 * Encrypting a finished bundle with age to a recipient, and decrypting it with this device's key, against Debian's
 * `age -r` and `age -d -i` over the same file in the same run. Peak RSS is read after each of ours: streaming
 * should keep it flat, whatever the file size. TAMGA_BENCH_SIZE_MB (default 1024) sets the size.
 */
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptBundleFile, encryptBundleFile } from '../src-main/bundle/bundle-encryption';
import { createVaultService } from '../src-main/vault';
import type { Bench } from './harness';

const sizeMB = Number(process.env.TAMGA_BENCH_SIZE_MB ?? 1024);
const benchDir = process.env.TAMGA_BENCH_DIR ?? tmpdir();

const seconds = (start: number) => (performance.now() - start) / 1000;
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function timeTool(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return seconds(start);
}

const bench: Bench = async (report) => {
  const dir = mkdtempSync(join(benchDir, 'tamga-age-bench-'));
  try {
    const plain = join(dir, 'bundle.zip');
    const block = Buffer.allocUnsafe(1 << 20);
    const fd = openSync(plain, 'w');
    for (let i = 0; i < sizeMB; i++) writeSync(fd, randomFillSync(block));
    closeSync(fd);
    const vault = createVaultService({ dataDir: join(dir, 'data') });
    await vault.create('bench passphrase');
    const recipient = vault.ageRecipient();
    writeFileSync(join(dir, 'key.txt'), `${await vault.exportAgeSecretKey()}\n`, { mode: 0o600 });
    execFileSync('sync');

    const ageEncrypt = sizeMB / timeTool('age', ['-r', recipient, '-o', 'reference.age', 'bundle.zip'], dir);
    const ageDecrypt = sizeMB / timeTool('age', ['-d', '-i', 'key.txt', '-o', 'reference.out', 'reference.age'], dir);
    rmSync(join(dir, 'reference.age'));
    rmSync(join(dir, 'reference.out'));

    const rssBefore = peakRssMB();
    const encryptStart = performance.now();
    await encryptBundleFile(plain, join(dir, 'bundle.zip.age'), { recipients: [recipient] });
    const encryptRate = sizeMB / seconds(encryptStart);
    const rssAfterEncrypt = peakRssMB();
    execFileSync('sync');

    const decryptStart = performance.now();
    const decrypted = await decryptBundleFile(join(dir, 'bundle.zip.age'), join(dir, 'data', 'exports'), { vault });
    const decryptRate = sizeMB / seconds(decryptStart);
    const rssAfterDecrypt = peakRssMB();
    execFileSync('cmp', [plain, decrypted]);
    vault.dispose();

    report({ metric: `age-encrypt ${sizeMB} MB bundle to one recipient (stream, write)`, value: encryptRate, unit: 'MB/s', reference: { tool: 'age -r', value: ageEncrypt } });
    report({ metric: `age-decrypt ${sizeMB} MB bundle with the device key (stream, write)`, value: decryptRate, unit: 'MB/s', reference: { tool: 'age -d -i', value: ageDecrypt } });
    report({ metric: `peak RSS: before, after encrypt, after decrypt (${sizeMB} MB)`, value: rssAfterDecrypt, unit: `MB (${rssBefore} → ${rssAfterEncrypt} → ${rssAfterDecrypt})`, reference: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
