// Exposes the open Records to React. Opened when the session gains keys, disposed when it loses them (lock,
// idle, sleep, wipe), so no decrypted record outlives the unlock.
import { create } from 'zustand';
import type { Disposable } from '../../shared/lifecycle';
import { coerceError, type AppError, type Result } from '../../shared/result';
import { useSession } from '../features/vault/session-store';
import type { RecordKeys } from '../platform/record-keys';
import { tamga } from '../platform/tamga-client';
import { DEFAULT_DATABASE_NAME, deleteRecordsDatabase } from './database';
import { clientJournal } from './journal-client';
import { clearWorkingCopy, JournalSyncError, type SyncProgress } from './journal-sync';
import { openRecords, type OpenRecordsOptions, type Records } from './open-records';

/**
 * Why there are no records although the vault is unlocked: `rebuild` — the working copy could not be brought up to
 * the journal (`error` says why); `lost` — its database was deleted while open. Either way nothing is listed, and
 * `reopen` tries again.
 */
export type RecordsProblem = 'rebuild' | 'lost';

type RecordsState = {
  records?: Records;
  error?: AppError;
  problem?: RecordsProblem;
  /** How the rebuild from the journal is going while the records open. */
  progress?: SyncProgress;
  reopen?: () => void;
  /** Another window claimed the journal: this one's saves are refused until it opens its records again. */
  writerLost?: boolean;
  /**
   * Forgets a case or a person in main's journal (every version), then rebuilds this working copy from the
   * rewritten journal, so nothing purged stays in this profile either.
   */
  purge?: (table: 'cases' | 'people', id: string) => Promise<Result<{ records: number; entries: number }>>;
  /** What the last purge removed, for the notice that confirms it. */
  purged?: { records: number; entries: number };
  /** Rebuilds this profile's copy from the journal (rows damaged on disk are then replaced); drafts are kept. */
  rebuild?: () => Promise<void>;
};

export const useRecords = create<RecordsState>(() => ({}));

/**
 * Follows the session for as long as the returned Disposable lives (call it once, at app start). Keys that
 * change while a database is still opening win: the stale one is disposed as soon as it arrives.
 */
export function bindRecordsToSession(options: OpenRecordsOptions = {}): Disposable {
  let current: RecordKeys | undefined;
  let attempt = 0;
  let stopWatching: (() => void) | undefined;
  const close = () => {
    stopWatching?.();
    stopWatching = undefined;
    useRecords.getState().records?.dispose();
    useRecords.setState({ records: undefined, error: undefined, problem: undefined, progress: undefined, reopen: undefined, writerLost: undefined, purge: undefined, purged: undefined, rebuild: undefined });
  };
  const open = (keys: RecordKeys) => {
    const mine = ++attempt;
    const isCurrent = () => current === keys && attempt === mine;
    const reopen = () => {
      if (current !== keys) return;
      close();
      open(keys);
    };
    // The app's journal is main's, reached through the client that unlocked the vault; tests hand in their own.
    const journal = options.journal ?? clientJournal(tamga());
    stopWatching?.();
    stopWatching = journal.onWriterLost(() => {
      if (isCurrent()) useRecords.setState({ writerLost: true, reopen });
    });
    const purge = async (table: 'cases' | 'people', id: string): Promise<Result<{ records: number; entries: number }>> => {
      try {
        const purged = await journal.purge(table, id);
        reopen();
        useRecords.setState({ purged });
        return { ok: true, value: purged };
      } catch (error) {
        return { ok: false, error: coerceError(error) };
      }
    };
    const rebuild = async (): Promise<void> => {
      if (!isCurrent()) return;
      const records = useRecords.getState().records;
      close();
      await records?.flush();
      await clearWorkingCopy(options.name ?? DEFAULT_DATABASE_NAME).catch((error: unknown) => useRecords.setState({ error: coerceError(error) }));
      if (current === keys) open(keys);
    };
    openRecords(keys, {
      ...options,
      journal,
      onProgress: (progress) => {
        if (isCurrent()) useRecords.setState({ progress });
      },
      onLost: () => {
        if (isCurrent()) useRecords.setState({ records: undefined, progress: undefined, problem: 'lost', error: undefined, reopen });
      },
    }).then(
      (records) => {
        if (isCurrent()) useRecords.setState({ records, error: undefined, problem: undefined, progress: undefined, purge, reopen, rebuild });
        else records.dispose();
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        if (error instanceof JournalSyncError) useRecords.setState({ problem: 'rebuild', error: coerceError(error.cause), progress: undefined, reopen });
        else useRecords.setState({ error: coerceError(error), progress: undefined });
      },
    );
  };
  const follow = (keys: RecordKeys | undefined) => {
    if (keys === current) return;
    current = keys;
    close();
    if (keys) open(keys);
  };
  follow(useSession.getState().keys);
  const unsubscribe = useSession.subscribe((state, previous) => {
    follow(state.keys);
    // A panic wipe destroys the keys in main; the working copy goes too, so the profile keeps no sealed rows,
    // ids or timestamps of the destroyed vault.
    if (state.lockedReason === 'wipe' && previous.lockedReason !== 'wipe') {
      void deleteRecordsDatabase(options.name).catch((error: unknown) => useRecords.setState({ error: coerceError(error) }));
    }
  });
  return {
    dispose() {
      unsubscribe();
      current = undefined;
      close();
    },
  };
}
