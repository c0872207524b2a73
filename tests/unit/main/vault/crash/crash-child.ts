/**
 * Child process for the SIGKILL tests: works on a vault forever until the parent kills it at a random instant.
 * Usage: node --import tsx crash-child.ts <import|passphrase|journal> <dataDir>
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createVaultService } from '../../../../../src-main/vault';
import { rendererWrites } from '../../records/journal-fixture';

const TINY_KDF = { cost: { memoryKiB: 8, iterations: 1, parallelism: 1 }, unsafeAcceptWeak: true } as const;
const [mode, dataDir] = process.argv.slice(2);

async function* randomChunks(): AsyncGenerator<Uint8Array> {
  const parts = randomInt(0, 6);
  for (let i = 0; i < parts; i++) yield randomBytes(randomInt(0, 3000));
}

async function main(): Promise<void> {
  const vault = createVaultService({ dataDir: dataDir!, kdf: TINY_KDF, chunkShift: 6 });
  if (mode === 'import') {
    await vault.unlock('pass phrase');
    process.stdout.write('ready\n');
    for (;;) {
      const { item } = await vault.importStream(randomChunks(), { originalName: `f-${randomInt(1e9)}` });
      process.stdout.write(`imported ${item.id}\n`);
    }
  }
  if (mode === 'journal') {
    await vault.unlock('pass phrase');
    const put = await rendererWrites(dataDir!, 'pass phrase');
    process.stdout.write('ready\n');
    for (;;) {
      // Groups of any size, as an autosave (one row) or a spreadsheet import (thousands) would send them.
      const writes = Array.from({ length: randomInt(1, 40) }, () => put('cases', randomBytes(16).toString('hex'), { title: 'x'.repeat(randomInt(1, 400)) }));
      const { head } = await vault.appendRecords(writes);
      process.stdout.write(`appended ${head.count} ${writes.map((w) => w.id).join(',')}\n`);
    }
  }
  let current = await vault.unlock('passphrase A').then(() => 'passphrase A', () => vault.unlock('passphrase B').then(() => 'passphrase B'));
  process.stdout.write('ready\n');
  for (;;) {
    const next = current === 'passphrase A' ? 'passphrase B' : 'passphrase A';
    await vault.changePassphrase(current, next);
    current = next;
    process.stdout.write(`changed ${current}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${String(error?.stack ?? error)}\n`);
  process.exit(3);
});
