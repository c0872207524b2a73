// Autosave for one record's form: every change is kept as an encrypted draft after a short pause (so a lock or a
// crash loses at most that pause), and written through the repository after a longer one. A refused save keeps
// the draft; a successful one deletes it. Drafts found on mount are restored and saved as if just typed.
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { coerceError, type AppError, type Result } from '../../../shared/result';
import type { DraftStore } from '../../records';
import { useSaveTracker, type SaveState } from './save-tracker';

export type AutosaveDelays = { draftMs: number; saveMs: number };
export const DEFAULT_DELAYS: AutosaveDelays = { draftMs: 80, saveMs: 500 };
/** Lets a test (or a slow machine) stretch the pauses for a whole editor without threading a prop everywhere. */
export const AutosaveDelaysContext = createContext<AutosaveDelays>(DEFAULT_DELAYS);

type Options<T> = {
  drafts: DraftStore;
  draftKey: string;
  initial: T;
  /** A translated refusal before anything is written (empty title, impossible date); the draft is kept. */
  validate?: (value: T) => AppError | undefined;
  save: (value: T) => Promise<Result<unknown>>;
  /** Off while the form cannot be stored yet (e.g. a section of a case that has no title). */
  enabled?: boolean;
  /** Called after a draft is restored or written, e.g. to remember a new case's id. */
  onDraftWritten?: () => Promise<void>;
};

export type Autosave<T> = {
  value: T;
  change(update: (previous: T) => T): void;
  state: SaveState;
  restored: boolean;
  /** Saves now if anything is waiting; resolves when the write is done. */
  flush(): Promise<void>;
};

export function useAutosave<T>({ drafts, draftKey, initial, validate, save, enabled = true, onDraftWritten }: Options<T>): Autosave<T> {
  const delays = useContext(AutosaveDelaysContext);
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>({ phase: 'saved' });
  const [restored, setRestored] = useState(false);
  const tracker = useSaveTracker();
  const part = useId();
  const latest = useRef({ value, version: 0, savedVersion: 0, saving: false, mounted: true, draftPending: false });
  const timers = useRef<{ draft?: ReturnType<typeof setTimeout>; save?: ReturnType<typeof setTimeout> }>({});
  // Draft writes and deletes run one after another, so a delete after a save can never be overtaken by a put.
  const draftQueue = useRef<Promise<void>>(Promise.resolve());
  // The write under way, if any, so a flush can wait for it instead of passing it by.
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const callbacks = useRef({ validate, save, enabled, onDraftWritten });
  callbacks.current = { validate, save, enabled, onDraftWritten };

  const publish = useCallback(
    (next: SaveState) => {
      if (!latest.current.mounted) return;
      setState(next);
      tracker?.report(part, next);
    },
    [tracker, part],
  );

  const queueDraft = useCallback(
    (work: () => Promise<void>) => {
      draftQueue.current = draftQueue.current.then(work).catch((error: unknown) => publish({ phase: 'error', error: coerceError(error) }));
      return draftQueue.current;
    },
    [publish],
  );

  const writeDraft = useCallback(() => {
    const snapshot = latest.current.value;
    latest.current.draftPending = false;
    return queueDraft(async () => {
      await drafts.put(draftKey, snapshot);
      await callbacks.current.onDraftWritten?.();
    });
  }, [drafts, draftKey, queueDraft]);

  const runSave = useCallback(async (): Promise<void> => {
    const current = latest.current;
    if (current.saving || current.version === current.savedVersion || !callbacks.current.enabled) return;
    const version = current.version;
    const refusal = callbacks.current.validate?.(current.value);
    if (refusal) {
      await writeDraft();
      publish({ phase: 'error', error: refusal });
      return;
    }
    current.saving = true;
    publish({ phase: 'saving' });
    let result: Result<unknown>;
    try {
      const write = callbacks.current.save(current.value);
      saving.current = write.catch(() => undefined);
      result = await write;
    } catch (error) {
      result = { ok: false, error: coerceError(error) };
    } finally {
      current.saving = false;
    }
    if (!result.ok) {
      await writeDraft();
      publish({ phase: 'error', error: result.error });
      return;
    }
    current.savedVersion = version;
    if (current.version !== version) {
      // More was typed while this save ran; save again instead of deleting a draft that is now newer.
      return runSave();
    }
    clearTimeout(timers.current.draft);
    current.draftPending = false;
    await queueDraft(() => drafts.delete(draftKey));
    publish({ phase: 'saved' });
  }, [drafts, draftKey, publish, queueDraft, writeDraft]);

  const schedule = useCallback(() => {
    clearTimeout(timers.current.draft);
    clearTimeout(timers.current.save);
    latest.current.draftPending = true;
    timers.current.draft = setTimeout(() => void writeDraft(), delays.draftMs);
    timers.current.save = setTimeout(() => void runSave(), delays.saveMs);
  }, [delays.draftMs, delays.saveMs, runSave, writeDraft]);

  const change = useCallback(
    (update: (previous: T) => T) => {
      const current = latest.current;
      current.value = update(current.value);
      current.version += 1;
      setValue(current.value);
      publish({ phase: 'pending' });
      schedule();
    },
    [publish, schedule],
  );

  useEffect(() => {
    const current = latest.current;
    current.mounted = true;
    let cancelled = false;
    drafts.get(draftKey).then(
      (draft) => {
        // Typing that began before the draft arrived wins over the draft.
        if (cancelled || draft === undefined || current.version > 0) return;
        setRestored(true);
        change(() => draft as T);
      },
      (error: unknown) => {
        if (!cancelled) publish({ phase: 'error', error: coerceError(error) });
      },
    );
    const pending = timers.current;
    return () => {
      cancelled = true;
      // No save on unmount: unmounting is usually a lock, and the draft holds the edit. A draft still waiting for
      // its pause is written now; if the records are already closed that write fails quietly.
      clearTimeout(pending.draft);
      clearTimeout(pending.save);
      if (current.draftPending) {
        const snapshot = current.value;
        // Expected to fail when the unmount is a lock (records already closed); nothing to report to a gone screen.
        draftQueue.current = draftQueue.current.then(() => drafts.put(draftKey, snapshot)).catch(() => undefined);
      }
      current.mounted = false;
      tracker?.forget(part);
    };
  }, [drafts, draftKey, change, publish, tracker, part]);

  // A section that becomes savable (its case got a title) saves what was typed while it could not.
  useEffect(() => {
    if (enabled && latest.current.version !== latest.current.savedVersion) schedule();
  }, [enabled, schedule]);

  const flush = useCallback(async () => {
    clearTimeout(timers.current.save);
    // A save already under way is waited for, then what was typed during it is saved: leaving the editor must
    // find all of it written, or the case list loads without the tag added last.
    while (latest.current.saving) await saving.current;
    await runSave();
    await draftQueue.current;
  }, [runSave]);

  useEffect(() => tracker?.onFlush(part, flush), [tracker, part, flush]);

  return { value, change, state, restored, flush };
}
