import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import type { CreatedVault, UnlockedVault } from '../../../shared/ipc/channels/vault';
import { tamga } from '../../platform/tamga-client';
import { importRecordKeys, type RecordKeys } from '../../platform/record-keys';

export type Screen = 'loading' | 'create' | 'recoveryKit' | 'unlock' | 'recover' | 'setPassphrase' | 'home' | 'people' | 'evidence' | 'catalog' | 'reports' | 'settings';
export type UnlockedScreen = 'home' | 'people' | 'evidence' | 'catalog' | 'reports' | 'settings';
export type LockReason = 'user' | 'idle' | 'sleep' | 'wipe' | 'elsewhere';
type RecoveryKit = Pick<CreatedVault, 'recoveryKey' | 'recoveryShares'>;

type SessionState = {
  screen: Screen;
  keys?: RecordKeys;
  recoveryKit?: RecoveryKit;
  lockedReason?: LockReason;
  autoLockMinutes: number;
  unlockedAt?: Date;
  refresh(): Promise<void>;
  create(passphrase: string): Promise<AppError | undefined>;
  unlock(passphrase: string): Promise<AppError | undefined>;
  recover(input: { recoveryKey: string } | { shares: string[] }): Promise<AppError | undefined>;
  setPassphrase(passphrase: string): Promise<AppError | undefined>;
  finishRecoveryKit(): void;
  lock(): Promise<void>;
  /** Main locked (idle, sleep, wipe): forget keys and everything on screen. */
  locked(reason: LockReason): void;
  navigate(screen: UnlockedScreen | 'recover' | 'unlock'): void;
};

/**
 * The vault session as the UI sees it. Locking drops the record keys and the recovery kit, and the screen
 * falls back to unlock, so no case data survives in memory or in the DOM.
 */
export const useSession = create<SessionState>((set, get) => {
  const enter = async (unlocked: UnlockedVault, then: Screen): Promise<void> => {
    const keys = await importRecordKeys(unlocked.keys);
    set({ keys, lockedReason: undefined, unlockedAt: new Date(), screen: unlocked.mustSetPassphrase ? 'setPassphrase' : then });
  };
  return {
    screen: 'loading',
    autoLockMinutes: 10,
    async refresh() {
      const status = await tamga().invoke('vault.status', {});
      if (!status.ok) return;
      const screen: Screen = status.value.state === 'absent' ? 'create' : status.value.state === 'locked' ? 'unlock' : get().keys ? get().screen : 'unlock';
      set({ screen, autoLockMinutes: status.value.autoLockMinutes });
    },
    async create(passphrase) {
      const result = await tamga().invoke('vault.create', { passphrase });
      if (!result.ok) return result.error;
      set({ recoveryKit: { recoveryKey: result.value.recoveryKey, recoveryShares: result.value.recoveryShares } });
      await enter(result.value, 'recoveryKit');
      return undefined;
    },
    async unlock(passphrase) {
      const result = await tamga().invoke('vault.unlock', { passphrase });
      if (!result.ok) return result.error;
      await enter(result.value, 'home');
      return undefined;
    },
    async recover(input) {
      const result = await tamga().invoke('vault.unlockWithRecovery', input);
      if (!result.ok) return result.error;
      await enter(result.value, 'setPassphrase');
      return undefined;
    },
    async setPassphrase(passphrase) {
      const result = await tamga().invoke('vault.setPassphrase', { passphrase });
      if (!result.ok) return result.error;
      set({ screen: 'home' });
      return undefined;
    },
    finishRecoveryKit() {
      set({ recoveryKit: undefined, screen: 'home' });
    },
    async lock() {
      await tamga().invoke('vault.lock', {});
      get().locked('user');
    },
    locked(reason) {
      set({ keys: undefined, recoveryKit: undefined, unlockedAt: undefined, lockedReason: reason, screen: reason === 'wipe' ? 'create' : 'unlock' });
    },
    navigate(screen) {
      const unlockedOnly = screen !== 'recover' && screen !== 'unlock';
      if (unlockedOnly && !get().keys) return;
      set({ screen });
    },
  };
});
