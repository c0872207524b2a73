/**
 * Defends against: a coerced or seized device yielding evidence after the monitor chose to destroy it.
 * Follows: crypto-shredding. The wrapped master key exists only in vault.json and the signing key only in
 *   device.key; without them every blob, record and log line is ciphertext under a key that no longer exists.
 * Vectors: tests/unit/main/vault/panic-wipe.test.ts (copies of blobs stay undecryptable after a wipe).
 *
 * HAZMAT: overwriting in place does not reach old copies on SSD wear-levelling or copy-on-write filesystems;
 * the guarantee rests on the key being gone from the header, not on the overwrite.
 */
import { randomBytes } from 'node:crypto';
import { open, rm, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory } from '../fs/atomic-file';
import type { VaultPaths } from './vault-paths';

async function shred(path: string): Promise<void> {
  const size = await stat(path).then((s) => s.size, () => -1);
  if (size < 0) return;
  const handle = await open(path, 'r+');
  try {
    await handle.write(randomBytes(Math.max(size, 1)), 0, Math.max(size, 1), 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await unlink(path);
  await fsyncDirectory(dirname(path));
}

/** The keys go first and must succeed; the rest is removed best-effort, since it is already unreadable. */
export async function wipeVault(paths: VaultPaths): Promise<void> {
  await shred(paths.header);
  await shred(paths.deviceKey);
  await rm(paths.root, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
  // Bundles are plaintext by design; one left waiting for its download must not outlive the vault.
  await rm(paths.exports, { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}
