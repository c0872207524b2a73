import { join } from 'node:path';

/** The on-disk layout of ARCHITECTURE.md §3, in one place. */
export type VaultPaths = ReturnType<typeof vaultPaths>;

export const vaultPaths = (dataDir: string) => {
  const root = join(dataDir, 'vault');
  return {
    root,
    header: join(root, 'vault.json'),
    deviceKey: join(root, 'device.key'),
    /** This device's age identity (bundles encrypted to it), sealed like the device key. */
    ageKey: join(root, 'age.key'),
    custodyLog: join(root, 'custody.log'),
    /** The custody log's signed head (entry count + hash of the last line), so a log cut from the end is detected. */
    custodyHead: join(root, 'custody.head'),
    blobs: join(root, 'blobs'),
    items: join(root, 'items'),
    /** The sealed record journal (cases, people, events…), the source of truth the renderer's copy is rebuilt from. */
    records: join(root, 'records'),
    journal: join(root, 'records', 'journal.log'),
    journalHead: join(root, 'records', 'journal.head'),
    /** Plain preferences only (auto-lock minutes); nothing here may be secret or describe evidence. */
    settings: join(root, 'settings.json'),
    /** Plaintext bundles waiting to be downloaded by the browser host; a panic wipe removes them with the vault. */
    exports: join(dataDir, 'exports'),
  };
};
