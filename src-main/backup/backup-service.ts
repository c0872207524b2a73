// Restoring a backup into a data directory: what `tamga restore` calls. A backup is taken from an unlocked vault
// (VaultService.backup, which holds the `backup` key); a restore needs no vault at all, only the backup and the
// passphrase or recovery key that opened the vault it came from.
import { randomBytes } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TamgaError } from '../../shared/result';
import { fsyncDirectory } from '../fs/atomic-file';
import type { KdfCost } from '../vault/kdf';
import { openPassphraseSlot, openRecoverySlot } from '../vault/key-slots';
import { parseRecoveryKey } from '../vault/recovery-key';
import { parseVaultHeader } from '../vault/vault-header';
import { deriveSubkey } from '../vault/vault-keys';
import { vaultPaths } from '../vault/vault-paths';
import { backupHeader, restoreBackup } from './vault-backup';

export type Opener = { passphrase: string } | { recoveryKey: string };

/**
 * Restores a backup into `dataDir`, which must hold no vault. The files land in a directory beside the vault's
 * place and are renamed into it only when all of them checked out, so a failed restore leaves nothing behind.
 */
export async function restoreVault(
  file: string,
  dataDir: string,
  opener: Opener,
  /** Tests' vaults use a tiny KDF; a real restore refuses anything below the minimum, as unlocking does. */
  kdfFloor?: KdfCost,
): Promise<{ generation: number; files: number; createdAt: string }> {
  const paths = vaultPaths(dataDir);
  if (await stat(paths.root).catch(() => undefined)) throw new TamgaError('vault.exists');
  const header = parseVaultHeader(await backupHeader(file), kdfFloor);
  const master = 'passphrase' in opener ? await openPassphraseSlot(header, opener.passphrase) : openRecoverySlot(header, parseRecoveryKey(opener.recoveryKey));
  const key = deriveSubkey(master, 'backup');
  master.fill(0);
  const staging = join(dirname(paths.root), `.restoring-${randomBytes(6).toString('hex')}`);
  try {
    const restored = await restoreBackup(file, staging, key);
    await rename(staging, paths.root);
    await fsyncDirectory(dirname(paths.root));
    return restored;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    key.fill(0);
  }
}
