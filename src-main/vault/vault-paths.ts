import { join } from 'node:path';

/** The on-disk layout of ARCHITECTURE.md §3, in one place. */
export type VaultPaths = ReturnType<typeof vaultPaths>;

export const vaultPaths = (dataDir: string) => {
  const root = join(dataDir, 'vault');
  return {
    root,
    header: join(root, 'vault.json'),
    deviceKey: join(root, 'device.key'),
    custodyLog: join(root, 'custody.log'),
    blobs: join(root, 'blobs'),
    items: join(root, 'items'),
    /** Plain preferences only (auto-lock minutes); nothing here may be secret or describe evidence. */
    settings: join(root, 'settings.json'),
  };
};
