import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { writeBundle } from '../../../../src-main/bundle';
import type { VaultService } from '../../../../src-main/vault';
import type { Signer } from './bundle-forgery';
import { bytesOf, openTestVault, tempDir } from '../vault/temp-vault';

export const CASES = [{ id: 'case-1', title: 'Detention in Almaty', people: [{ name: 'Айгүл', consent: 'anonymised' }] }];

/** An unlocked test vault holding `files` (name → bytes), and a bundle exported from all of them. */
export async function exportedBundle(files: Record<string, Uint8Array | string> = defaultFiles()) {
  const vault = openTestVault();
  await vault.create('correct horse');
  const itemIds: string[] = [];
  for (const [name, bytes] of Object.entries(files)) itemIds.push((await vault.importStream(bytesOf(bytes), { originalName: name })).item.id);
  const dir = tempDir();
  const written = await writeBundle(vault, { itemIds, cases: CASES, out: join(dir, 'bundle.zip') });
  return { vault, dir, itemIds, written, path: written.path };
}

export function defaultFiles(): Record<string, Uint8Array | string> {
  return {
    'протокол допроса.txt': 'Протокол: задержан 12.03.2024 в 14:05.',
    'photo.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)]),
    'notes.txt': 'Witness statement, second page.',
  };
}

/** The archive's entries as a name → bytes map (fflate, in memory: these are small test bundles). */
export const entriesOf = (path: string): Record<string, Uint8Array> => unzipSync(readFileSync(path));

/** Rewrites the bundle with `edit` applied to its entries, stored like the original, to a new file. */
export function rewritten(path: string, edit: (entries: Record<string, Uint8Array>) => void, name = 'tampered.zip'): string {
  const entries = entriesOf(path);
  edit(entries);
  const out = join(tempDir(), name);
  writeFileSync(out, zipSync(entries as Zippable, { level: 0 }));
  return out;
}

export const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

/** The vault's own key as a forger's Signer: what someone holding the device (or its key) could sign with. */
export function vaultSigner(vault: Pick<VaultService, 'sign' | 'deviceIdentity'>): Signer {
  const identity = vault.deviceIdentity();
  return { sign: (bytes) => vault.sign(bytes), publicKey: Buffer.from(identity.publicKey, 'base64'), fingerprint: identity.fingerprint };
}
