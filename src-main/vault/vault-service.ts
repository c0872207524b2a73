import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { JournalHead, JournalTable, JournalWrite } from '../../shared/ipc/channels/records';
import type { CreatedVault, CustodyEvent, ImportedItem, ItemRecord, UnlockedVault, VaultState, VerifyReport } from '../../shared/ipc/channels/vault';
import { toDisposable, type Disposable } from '../../shared/lifecycle';
import { TamgaError } from '../../shared/result';
import { MINIMUM_PASSPHRASE_LENGTH, passphraseStrength } from '../../shared/vault/passphrase-strength';
import { writeFileAtomic } from '../fs/atomic-file';
import { writeBackup, type BackupSummary } from '../backup/vault-backup';
import { journalRowOf } from '../records/record-row';
import { AgeIdentity, type AgeDecryptionKey } from './age-identity';
import type { ByteRange } from './blob-reader';
import { DEFAULT_KDF_COST, MINIMUM_KDF_COST, normalizePassphrase, type KdfCost } from './kdf';
import { buildHeader, openPassphraseSlot, openRecoverySlot, sealPassphraseSlot, sealRecoverySlot } from './key-slots';
import { HEAD_MARK } from './custody-log';
import { wipeVault } from './panic-wipe';
import { combineRecoveryShares, formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, splitRecoveryKey } from './recovery-key';
import { parseVaultHeader, serializeVaultHeader, type VaultHeader } from './vault-header';
import { VaultKeys } from './vault-keys';
import { vaultPaths } from './vault-paths';
import { VaultSession, type DeviceIdentity, type RecordsPage } from './vault-session';
import { DEFAULT_SETTINGS, readSealedSetting, readSettings, writeSealedSetting, writeSettings, type SealedSettingName, type VaultSettings } from './vault-settings';

/** `elsewhere`: another window or tab unlocked the vault, which locks this one (one session, one writer). */
export type LockReason = 'user' | 'idle' | 'sleep' | 'wipe' | 'elsewhere';
export type RecoveryInput = { recoveryKey: string } | { shares: string[] };

export type VaultServiceOptions = {
  dataDir: string;
  now?: () => Date;
  /** Who custody entries name as the actor; the person's display name once profiles exist. */
  actor?: string;
  /**
   * TEST-ONLY. Cost for new key slots, and (with `unsafeAcceptWeak`) the floor for headers read from disk.
   * It is code, never configuration: nothing on disk can lower the floor below MINIMUM_KDF_COST.
   */
  kdf?: { cost: KdfCost; unsafeAcceptWeak?: boolean };
  /** TEST-ONLY: log2 of the blob chunk size (default 16 = 64 KiB). */
  chunkShift?: number;
};

export interface VaultService extends Disposable {
  status(): { state: VaultState; autoLockMinutes: number };
  create(passphrase: string): Promise<CreatedVault>;
  unlock(passphrase: string): Promise<UnlockedVault>;
  unlockWithRecovery(input: RecoveryInput): Promise<UnlockedVault>;
  setPassphrase(passphrase: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  lock(reason: LockReason): void;
  setAutoLock(minutes: number): { state: VaultState; autoLockMinutes: number };
  wipe(confirmation: string): Promise<void>;
  onLocked(listener: (reason: LockReason) => void): Disposable;
  importFile(path: string, options?: { originalName?: string }): Promise<ImportedItem>;
  importStream(source: AsyncIterable<Uint8Array>, options: { originalName: string }): Promise<ImportedItem>;
  listItems(): Promise<ItemRecord[]>;
  readItem(itemId: string, range?: ByteRange): AsyncIterable<Uint8Array>;
  verify(): Promise<VerifyReport>;
  custodyEvents(itemId?: string): Promise<CustodyEvent[]>;
  deviceIdentity(): DeviceIdentity;
  /** HAZMAT: signs with the device key; only for bytes Tamga composed itself (bundle manifests). */
  sign(bytes: Uint8Array): Buffer;
  /** `age1…`: this device's age recipient, shown in Settings so colleagues can encrypt bundles to it. */
  ageRecipient(): string;
  /** HAZMAT: the non-extractable key that opens bundles encrypted to this device's age recipient. */
  ageDecryptionKey(): AgeDecryptionKey;
  /** HAZMAT: this device's age secret key as `age -d -i` reads it, for a person who asked for it by hand. */
  exportAgeSecretKey(): Promise<string>;
  readItemForExport(itemId: string): AsyncIterable<Uint8Array>;
  /** The record journal: appends are durable when they resolve; reads rebuild the renderer's working copy. */
  appendRecords(writes: readonly JournalWrite[]): Promise<{ head: JournalHead; versions: number[] }>;
  /** Records main writes itself (received in a bundle): sealed as the renderer would, appended as one group. */
  appendOwnRecords(records: readonly { table: JournalTable; record: Record<string, unknown> & { id: string } }[]): Promise<{ head: JournalHead; versions: number[] }>;
  readRecords(after: number, limit: number, latest?: boolean): Promise<RecordsPage>;
  purgeRecords(table: 'cases' | 'people', id: string): Promise<{ records: number; entries: number }>;
  currentRecords(): ReturnType<VaultSession['currentRecords']>;
  recordHistory(table: JournalTable, id: string): ReturnType<VaultSession['recordHistory']>;
  /** The case's record and every record that is or was part of it; empty when the journal never held the case. */
  recordsOfCase(caseId: string): Promise<Array<{ table: JournalTable; id: string }>>;
  recordExport(itemIds: readonly string[], details: { bundleId: string; bundleSha256: string }): Promise<void>;
  /** Custody for an exhibit taken in from a verified bundle: who sent it, in which bundle, first sealed when. */
  recordReceipt(itemId: string, details: Record<string, string>): Promise<void>;
  /** Custody for the records a bundle merged: from whom, which bundle, how many added, changed and in conflict. */
  recordRecordsReceipt(details: Record<string, string | number>): Promise<void>;
  /** Writes or extends an encrypted backup of the whole vault at `out` (src-main/backup/vault-backup.ts). */
  backup(out: string): Promise<BackupSummary>;
  /** Small settings that name people (known senders), sealed inside the vault; undefined until first written. */
  readSealedSetting(name: SealedSettingName): Promise<unknown>;
  writeSealedSetting(name: SealedSettingName, value: unknown): Promise<void>;
}

/**
 * Main holds the line the setup screen draws: a passphrase of fewer than MINIMUM_PASSPHRASE_LENGTH characters is
 * refused whichever client sends it, since Argon2id only slows guessing and cannot save a one-letter passphrase.
 */
function acceptablePassphrase(passphrase: string): string {
  const normalized = normalizePassphrase(passphrase);
  if (normalized.length === 0) throw new TamgaError('vault.passphraseEmpty');
  if (passphraseStrength(normalized) === 0) throw new TamgaError('vault.passphraseTooShort', { minimum: MINIMUM_PASSPHRASE_LENGTH });
  return normalized;
}

export function createVaultService(options: VaultServiceOptions): VaultService {
  return new FileVaultService(options);
}

class FileVaultService implements VaultService {
  private readonly paths;
  private readonly now: () => Date;
  private readonly cost: KdfCost;
  private readonly floor: KdfCost;
  private readonly listeners = new Set<(reason: LockReason) => void>();
  private session: VaultSession | undefined;
  private mustSetPassphrase = false;
  private settings: VaultSettings;

  constructor(private readonly options: VaultServiceOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.cost = options.kdf?.cost ?? DEFAULT_KDF_COST;
    this.floor = options.kdf?.unsafeAcceptWeak ? options.kdf.cost : MINIMUM_KDF_COST;
    this.settings = readSettings(this.paths.settings);
  }

  status() {
    const state: VaultState = this.session ? 'unlocked' : existsSync(this.paths.header) ? 'locked' : 'absent';
    return { state, autoLockMinutes: this.settings.autoLockMinutes };
  }

  async create(passphrase: string): Promise<CreatedVault> {
    const normalized = acceptablePassphrase(passphrase);
    if (existsSync(this.paths.header)) throw new TamgaError('vault.exists');
    this.lock('user');
    await mkdir(this.paths.root, { recursive: true, mode: 0o700 });
    const master = randomBytes(32);
    const recoveryKey = generateRecoveryKey();
    const header = buildHeader(master, await sealPassphraseSlot(master, normalized, this.cost), sealRecoverySlot(master, recoveryKey), this.now());
    const keys = new VaultKeys(master);
    try {
      const session = await VaultSession.initialize(keys, this.sessionOptions());
      // The header goes last: until it exists the vault is 'absent', whatever a crash left beside it.
      await writeFileAtomic(this.paths.header, serializeVaultHeader(header));
      this.session = session;
      await session.custody.append('vault.created', undefined, { ...HEAD_MARK });
      const created = { ...this.rendererKeys(false), recoveryKey: formatRecoveryKey(recoveryKey), recoveryShares: await splitRecoveryKey(recoveryKey) };
      return created;
    } catch (error) {
      keys.dispose();
      throw error;
    } finally {
      recoveryKey.fill(0);
    }
  }

  async unlock(passphrase: string): Promise<UnlockedVault> {
    const header = await this.readHeader();
    const master = await openPassphraseSlot(header, passphrase);
    return this.openSession(master, false);
  }

  async unlockWithRecovery(input: RecoveryInput): Promise<UnlockedVault> {
    const header = await this.readHeader();
    const recoveryKey = 'recoveryKey' in input ? parseRecoveryKey(input.recoveryKey) : await combineRecoveryShares(input.shares);
    try {
      const master = openRecoverySlot(header, recoveryKey);
      const unlocked = await this.openSession(master, true);
      await this.session!.custody.append('recovery.used', undefined, { via: 'recoveryKey' in input ? 'key' : 'shares' });
      return unlocked;
    } finally {
      recoveryKey.fill(0);
    }
  }

  async setPassphrase(passphrase: string): Promise<void> {
    const session = this.requireSession();
    if (!this.mustSetPassphrase) throw new TamgaError('vault.setPassphraseNotAllowed');
    await this.rewrapPassphrase(session, passphrase);
    this.mustSetPassphrase = false;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const session = this.requireSession();
    const header = await this.readHeader();
    // Proves the person at the keyboard knows the passphrase; an unlocked screen alone is not enough.
    (await openPassphraseSlot(header, current)).fill(0);
    await this.rewrapPassphrase(session, next);
  }

  lock(reason: LockReason): void {
    if (this.endSession()) this.announceLock(reason);
  }

  /** Zeroes the keys and forgets the session; true when there was one. */
  private endSession(): boolean {
    const session = this.session;
    if (!session) return false;
    this.session = undefined;
    this.mustSetPassphrase = false;
    session.dispose();
    return true;
  }

  private announceLock(reason: LockReason): void {
    for (const listener of [...this.listeners]) listener(reason);
  }

  setAutoLock(minutes: number) {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) throw new TamgaError('ipc.invalidInput');
    this.settings = { autoLockMinutes: minutes };
    writeSettings(this.paths.settings, this.settings);
    return this.status();
  }

  async wipe(confirmation: string): Promise<void> {
    if (confirmation !== 'WIPE') throw new TamgaError('vault.wipeNotConfirmed');
    // The keys leave memory first; the windows hear of it once the header and device key are shredded, so none
    // offers to create a vault while the old one is still on disk.
    const wasOpen = this.endSession();
    try {
      await wipeVault(this.paths);
      this.settings = DEFAULT_SETTINGS;
    } finally {
      if (wasOpen) this.announceLock('wipe');
    }
  }

  onLocked(listener: (reason: LockReason) => void): Disposable {
    this.listeners.add(listener);
    return toDisposable(() => this.listeners.delete(listener));
  }

  async importFile(path: string, options?: { originalName?: string }): Promise<ImportedItem> {
    this.requireSession();
    // Open first, so a missing or unreadable file is a clear error before any temp file exists.
    const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new TamgaError('item.sourceUnreadable', { path: basename(path), reason: error.code ?? 'unknown' });
    });
    try {
      const { size } = await handle.stat();
      // The handle itself, not a stream over it: the import reads straight into its own buffers.
      return await this.requireSession().importStream({ file: handle }, options?.originalName ?? basename(path), this.now(), size);
    } finally {
      await handle.close();
    }
  }

  importStream(source: AsyncIterable<Uint8Array>, options: { originalName: string }): Promise<ImportedItem> {
    return this.requireSession().importStream(source, options.originalName, this.now());
  }

  async listItems(): Promise<ItemRecord[]> {
    return this.requireSession().listItems();
  }

  readItem(itemId: string, range?: ByteRange): AsyncIterable<Uint8Array> {
    return this.requireSession().readItem(itemId, range);
  }

  verify(): Promise<VerifyReport> {
    return this.requireSession().verify();
  }

  custodyEvents(itemId?: string): Promise<CustodyEvent[]> {
    return this.requireSession().custodyEvents(itemId);
  }

  deviceIdentity(): DeviceIdentity {
    return this.requireSession().deviceIdentity();
  }

  sign(bytes: Uint8Array): Buffer {
    return this.requireSession().sign(bytes);
  }

  ageRecipient(): string {
    return this.requireSession().ageRecipient();
  }

  ageDecryptionKey(): AgeDecryptionKey {
    return this.requireSession().ageDecryptionKey();
  }

  exportAgeSecretKey(): Promise<string> {
    return AgeIdentity.exportSecretKey(this.paths.ageKey, this.requireSession().keys.get('device'));
  }

  readItemForExport(itemId: string): AsyncIterable<Uint8Array> {
    return this.requireSession().readItemForExport(itemId);
  }

  appendRecords(writes: readonly JournalWrite[]) {
    return this.requireSession().appendRecords(writes);
  }

  /** Records main writes itself (received in a bundle), sealed as the renderer seals them, appended as one group. */
  appendOwnRecords(records: readonly { table: JournalTable; record: Record<string, unknown> & { id: string } }[]) {
    const { keys } = this.requireSession();
    const rowKeys = { records: keys.get('records'), index: keys.get('index') };
    return this.appendRecords(records.map(({ table, record }) => ({ op: 'put' as const, table, id: record.id, row: journalRowOf(rowKeys, table, record) })));
  }

  readRecords(after: number, limit: number, latest?: boolean) {
    return this.requireSession().readRecords(after, limit, latest);
  }

  purgeRecords(table: 'cases' | 'people', id: string) {
    return this.requireSession().purgeRecords(table, id);
  }

  currentRecords() {
    return this.requireSession().currentRecords();
  }

  recordHistory(table: JournalTable, id: string) {
    return this.requireSession().recordHistory(table, id);
  }

  recordsOfCase(caseId: string) {
    return this.requireSession().recordsOfCase(caseId);
  }

  async backup(out: string): Promise<BackupSummary> {
    const key = this.requireSession().keys.get('backup');
    return writeBackup(this.paths.root, out, key, await readFile(this.paths.header), this.now());
  }

  recordExport(itemIds: readonly string[], details: { bundleId: string; bundleSha256: string }): Promise<void> {
    return this.requireSession().recordExport(itemIds, details);
  }

  async recordReceipt(itemId: string, details: Record<string, string>): Promise<void> {
    await this.requireSession().custody.append('item.received', itemId, details);
  }

  async recordRecordsReceipt(details: Record<string, string | number>): Promise<void> {
    await this.requireSession().custody.append('records.received', undefined, details);
  }

  readSealedSetting(name: SealedSettingName): Promise<unknown> {
    return readSealedSetting(this.paths.root, this.requireSession().keys.get('items'), name);
  }

  writeSealedSetting(name: SealedSettingName, value: unknown): Promise<void> {
    return writeSealedSetting(this.paths.root, this.requireSession().keys.get('items'), name, value);
  }

  dispose(): void {
    this.lock('user');
    this.listeners.clear();
  }

  private async readHeader(): Promise<VaultHeader> {
    const bytes = await readFile(this.paths.header).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new TamgaError('vault.missing');
      throw error;
    });
    return parseVaultHeader(bytes, this.floor);
  }

  private async openSession(master: Buffer, mustSetPassphrase: boolean): Promise<UnlockedVault> {
    this.lock('elsewhere');
    const keys = new VaultKeys(master);
    try {
      this.session = await VaultSession.open(keys, this.sessionOptions());
    } catch (error) {
      keys.dispose();
      throw error;
    }
    this.mustSetPassphrase = mustSetPassphrase;
    return this.rendererKeys(mustSetPassphrase);
  }

  /** Only the passphrase slot changes; the master key, and so every blob and record, stays as it is. */
  private async rewrapPassphrase(session: VaultSession, passphrase: string): Promise<void> {
    const normalized = acceptablePassphrase(passphrase);
    const header = await this.readHeader();
    const sealed = await sealPassphraseSlot(session.keys.masterKey, normalized, this.cost);
    const next: VaultHeader = { ...header, kdf: sealed.kdf as VaultHeader['kdf'], slots: { ...header.slots, passphrase: sealed.slot } };
    await writeFileAtomic(this.paths.header, serializeVaultHeader(next));
    await session.custody.append('passphrase.changed');
  }

  private requireSession(): VaultSession {
    if (!this.session) throw new TamgaError('vault.locked');
    return this.session;
  }

  private rendererKeys(mustSetPassphrase: boolean): UnlockedVault {
    const session = this.requireSession();
    return {
      keys: { records: session.keys.get('records').toString('base64'), index: session.keys.get('index').toString('base64') },
      mustSetPassphrase,
    };
  }

  private sessionOptions() {
    return { paths: this.paths, now: this.now, actor: this.options.actor ?? 'owner', chunkShift: this.options.chunkShift };
  }
}
