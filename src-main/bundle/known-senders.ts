/**
 * Defends against: a bundle signed by a stranger (or re-signed by a forger) being taken for a colleague's.
 * Anyone can make a key and sign a bundle; what tells a recipient who signed is a fingerprint they confirmed with
 * the sender by another channel. This vault keeps those confirmed fingerprints, sealed (vault-settings.ts).
 */
import { z } from 'zod';
import { TamgaError } from '../../shared/result';
import { KnownSender, type BundleSigner, type KnownSenders } from '../../shared/ipc/channels/bundle';
import type { VaultService } from '../vault';
import { checkAgeRecipient } from './bundle-encryption';

/** `ageRecipient` is optional so a caller that only verifies bundles need not hold the vault's age identity. */
type SenderVault = Pick<VaultService, 'readSealedSetting' | 'writeSealedSetting' | 'deviceIdentity'> & Partial<Pick<VaultService, 'ageRecipient'>>;

// Version 1 from the start: `ageRecipient` was added as an optional field, so lists written before it still read.
const Stored = z.object({ version: z.literal(1), senders: z.array(KnownSender) });

async function stored(vault: SenderVault): Promise<KnownSender[]> {
  const value = await vault.readSealedSetting('known-senders');
  if (value === undefined) return [];
  const parsed = Stored.safeParse(value);
  // It was sealed with this vault's key, so a shape this code does not know is a newer version's: keep nothing.
  return parsed.success ? parsed.data.senders : [];
}

const view = (vault: SenderVault, senders: KnownSender[]): KnownSenders => {
  const selfAgeRecipient = vault.ageRecipient?.();
  return { self: vault.deviceIdentity().fingerprint, ...(selfAgeRecipient ? { selfAgeRecipient } : {}), senders };
};

export async function listSenders(vault: SenderVault): Promise<KnownSenders> {
  return view(vault, await stored(vault));
}

/**
 * Adding a fingerprint that is already known renames it: one name per key. Its age recipient is replaced when one
 * is given and kept when not, so accepting a bundle's signer again does not forget how to encrypt to them.
 */
export async function addSender(vault: SenderVault, sender: { name: string; fingerprint: string; ageRecipient?: string }, now = new Date()): Promise<KnownSenders> {
  const ageRecipient = sender.ageRecipient === undefined ? undefined : checkAgeRecipient(sender.ageRecipient);
  const all = await stored(vault);
  const kept = ageRecipient ?? all.find((s) => s.fingerprint === sender.fingerprint)?.ageRecipient;
  const senders = all.filter((s) => s.fingerprint !== sender.fingerprint);
  senders.push({ name: sender.name, fingerprint: sender.fingerprint, addedAt: now.toISOString(), ...(kept ? { ageRecipient: kept } : {}) });
  senders.sort((a, b) => a.name.localeCompare(b.name));
  await vault.writeSealedSetting('known-senders', { version: 1, senders });
  return view(vault, senders);
}

export async function removeSender(vault: SenderVault, fingerprint: string): Promise<KnownSenders> {
  const senders = (await stored(vault)).filter((s) => s.fingerprint !== fingerprint);
  await vault.writeSealedSetting('known-senders', { version: 1, senders });
  return view(vault, senders);
}

/**
 * The age recipients of the chosen senders, looked up here rather than taken from the renderer, so a bundle is
 * only ever encrypted to keys the person confirmed. This device's own recipient is named by its own fingerprint.
 */
export async function ageRecipientsOf(vault: SenderVault, fingerprints: readonly string[]): Promise<string[]> {
  const known = await listSenders(vault);
  return [...new Set(fingerprints)].map((fingerprint) => {
    const recipient = fingerprint === known.self ? known.selfAgeRecipient : known.senders.find((s) => s.fingerprint === fingerprint)?.ageRecipient;
    if (!recipient) throw new TamgaError('bundle.ageRecipientUnknown', { fingerprint });
    return recipient;
  });
}

/** This device, a sender the person confirmed (by the name they gave), or nobody this vault knows. */
export function signerOf(fingerprint: string, known: KnownSenders): BundleSigner {
  if (fingerprint === known.self) return { kind: 'self' };
  const sender = known.senders.find((s) => s.fingerprint === fingerprint);
  return sender ? { kind: 'known', name: sender.name } : { kind: 'unknown' };
}
