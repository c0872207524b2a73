// Exposes the open Records to React. Opened when the session gains keys, disposed when it loses them (lock,
// idle, sleep, wipe), so no decrypted record outlives the unlock.
import { create } from 'zustand';
import type { Disposable } from '../../shared/lifecycle';
import { coerceError, type AppError } from '../../shared/result';
import { useSession } from '../features/vault/session-store';
import type { RecordKeys } from '../platform/record-keys';
import { deleteRecordsDatabase } from './database';
import { openRecords, type OpenRecordsOptions, type Records } from './open-records';

type RecordsState = { records?: Records; error?: AppError };

export const useRecords = create<RecordsState>(() => ({}));

/**
 * Follows the session for as long as the returned Disposable lives (call it once, at app start). Keys that
 * change while a database is still opening win: the stale one is disposed as soon as it arrives.
 */
export function bindRecordsToSession(options: OpenRecordsOptions = {}): Disposable {
  let current: RecordKeys | undefined;
  const close = () => {
    useRecords.getState().records?.dispose();
    useRecords.setState({ records: undefined, error: undefined });
  };
  const follow = (keys: RecordKeys | undefined) => {
    if (keys === current) return;
    current = keys;
    close();
    if (!keys) return;
    openRecords(keys, options).then(
      (records) => {
        if (current === keys) useRecords.setState({ records, error: undefined });
        else records.dispose();
      },
      (error: unknown) => {
        if (current === keys) useRecords.setState({ error: coerceError(error) });
      },
    );
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
