import { z } from 'zod';
import { channel } from '../define';

/** Passphrases are NFC-normalised at the boundary so the same words typed on another keyboard unlock the vault. */
export const Passphrase = z
  .string()
  .max(100_000)
  .transform((value) => value.normalize('NFC'));

export const VaultState = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

export const VaultStatus = z.object({ state: VaultState, autoLockMinutes: z.number().int().min(1).max(24 * 60) });
export type VaultStatus = z.infer<typeof VaultStatus>;

/** Subkeys the renderer needs for its records (I6); imported there as non-extractable WebCrypto keys. */
export const RendererKeys = z.object({
  records: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  index: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type RendererKeys = z.infer<typeof RendererKeys>;

export const UnlockedVault = z.object({ keys: RendererKeys, mustSetPassphrase: z.boolean() });
export type UnlockedVault = z.infer<typeof UnlockedVault>;

export const CreatedVault = UnlockedVault.extend({
  /** Shown once: the recovery key in groups a person can copy by hand, and its 2-of-3 shares. */
  recoveryKey: z.string(),
  recoveryShares: z.array(z.string()).length(3),
});
export type CreatedVault = z.infer<typeof CreatedVault>;

const Empty = z.object({}).strict();

export const vaultChannels = {
  'vault.status': channel(Empty, VaultStatus),
  'vault.create': channel(z.object({ passphrase: Passphrase }).strict(), CreatedVault),
  'vault.unlock': channel(z.object({ passphrase: Passphrase }).strict(), UnlockedVault),
  'vault.unlockWithRecovery': channel(
    z.union([z.object({ recoveryKey: z.string().max(1000) }).strict(), z.object({ shares: z.array(z.string().max(1000)).min(2).max(3) }).strict()]),
    UnlockedVault,
  ),
  'vault.setPassphrase': channel(z.object({ passphrase: Passphrase }).strict(), z.object({})),
  'vault.changePassphrase': channel(z.object({ current: Passphrase, next: Passphrase }).strict(), z.object({})),
  'vault.lock': channel(Empty, z.object({})),
  'vault.setAutoLock': channel(z.object({ minutes: z.number().int().min(1).max(24 * 60) }).strict(), VaultStatus),
  'vault.wipe': channel(z.object({ confirmation: z.string().max(100) }).strict(), z.object({})),
  /**
   * Writes an encrypted backup of the whole vault: where the person chose (Electron's save dialog; a file already
   * there from an earlier backup is added to, new chunks only), or in the browser host as a one-time download.
   */
  'vault.backup': channel(
    Empty,
    z.object({
      generation: z.number().int().positive(),
      files: z.number().int().nonnegative(),
      written: z.number().int().nonnegative(),
      bytesWritten: z.number().int().nonnegative(),
      path: z.string().optional(),
      download: z.string().regex(/^\/exports\/[^/]+$/).optional(),
      fileName: z.string(),
    }),
  ),
};

/** One piece of evidence as main knows it: enough to list, read and verify it without the renderer. */
export const EvidenceItemRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  blobId: z.string().regex(/^[0-9a-f]{32}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  originalName: z.string(),
  mediaType: z.string().optional(),
  importedAt: z.iso.datetime(),
});
export type ItemRecord = z.infer<typeof EvidenceItemRecord>;

/** `duplicateOf` names the item whose blob this import now shares (same SHA-256, stored once). */
export const ImportedItem = z.object({ item: EvidenceItemRecord, duplicateOf: z.string().optional() });
export type ImportedItem = z.infer<typeof ImportedItem>;

export const CustodyEventKind = z.enum([
  'vault.created',
  'item.imported',
  'item.viewed',
  'item.exported',
  'item.verified',
  'passphrase.changed',
  'recovery.used',
  /** Written at unlock when the log held fewer entries than its signed head: the cut stays on record. */
  'custody.truncated',
  /** Records (cases, people, events…) written to the journal: which, at which version, which fields changed. */
  'record.written',
  /** Records purged from the journal at a person's request: how many records and entries, never which. */
  'records.purged',
  /** An exhibit taken in from a verified bundle: from whom (name and fingerprint), which bundle, when first sealed. */
  'item.received',
  /** Records merged from a verified bundle: from whom, which bundle, how many added, changed and in conflict. */
  'records.received',
]);
export type CustodyEventKind = z.infer<typeof CustodyEventKind>;

export const CustodyEvent = z.object({
  index: z.number().int().nonnegative(),
  event: CustodyEventKind,
  at: z.iso.datetime(),
  actor: z.string(),
  /** Fingerprint of the device's Ed25519 public key: first 16 bytes of its SHA-256, hex. */
  device: z.string(),
  itemId: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;

export const CustodyReport = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  /** Index of the first entry that fails to decrypt, to chain, or to verify; absent when the chain is whole. */
  firstBrokenIndex: z.number().int().nonnegative().optional(),
  /** A last line cut short by a crash mid-append: it was never committed, so it is reported but not a break. */
  tornTail: z.boolean(),
  /** The log holds less than its signed head says (entries cut from the end, or the head removed). */
  cut: z.object({ expected: z.number().int().nonnegative(), found: z.number().int().nonnegative(), reason: z.enum(['headMissing', 'headInvalid', 'shorter', 'diverged']) }).optional(),
});
export type CustodyReport = z.infer<typeof CustodyReport>;

export const DamagedItem = z.object({
  itemId: z.string(),
  originalName: z.string(),
  /** item.deleted: the custody log records its import but its record is gone; item.recordUnreadable: the record is damaged. */
  code: z.enum(['blob.missing', 'blob.corrupt', 'blob.truncated', 'item.hashMismatch', 'item.deleted', 'item.recordUnreadable']),
});
export type DamagedItem = z.infer<typeof DamagedItem>;

/** The record journal as verify found it: every entry opened, the chain and its signed head checked. */
export const JournalReport = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  damage: z
    .object({ seq: z.number().int().nonnegative(), reason: z.enum(['chain', 'seal', 'format', 'headMissing', 'headInvalid', 'shorter', 'diverged']), expected: z.number().int().optional(), found: z.number().int().optional() })
    .optional(),
});
export type JournalReport = z.infer<typeof JournalReport>;

export const VerifyReport = z.object({
  ok: z.boolean(),
  itemsChecked: z.number().int().nonnegative(),
  damaged: z.array(DamagedItem),
  custody: CustodyReport,
  records: JournalReport,
});
export type VerifyReport = z.infer<typeof VerifyReport>;
