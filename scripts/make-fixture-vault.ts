/**
 * Writes the frozen v1 vault into tests/fixtures/vault-v1/ (run: node --import tsx scripts/make-fixture-vault.ts).
 * Tests open a copy with the current code and read the items back byte-exact, so any change that breaks reading
 * vaults people already have fails CI. Never regenerate it for a shipped format; add vault-v2 beside it instead.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVaultService, MINIMUM_KDF_COST } from '../src-main/vault';

const root = join(__dirname, '..', 'tests', 'fixtures', 'vault-v1');
const originals: Record<string, Buffer> = {
  'statement-kk.txt': Buffer.from('Куәгердің айғағы: ә ғ қ ң ө ұ ү һ і. Свидетельство очевидца. Witness statement. 🕊\n'),
  'two-chunks.bin': Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 13 + 5) % 256)),
};

async function main(): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'originals'), { recursive: true });
  let t = Date.UTC(2025, 5, 1, 9, 0, 0);
  // The lowest cost a header may carry, so the fixture test stays fast while still passing the downgrade check.
  const vault = createVaultService({ dataDir: root, now: () => new Date((t += 1000)), kdf: { cost: MINIMUM_KDF_COST } });
  const created = await vault.create('fixture passphrase v1');
  const items = [];
  for (const [name, bytes] of Object.entries(originals)) {
    writeFileSync(join(root, 'originals', name), bytes);
    items.push((await vault.importFile(join(root, 'originals', name))).item);
  }
  vault.dispose();
  const manifest = { passphrase: 'fixture passphrase v1', recoveryKey: created.recoveryKey, recoveryShares: created.recoveryShares, rendererKeys: created.keys, items };
  writeFileSync(join(root, 'fixture.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
