// One status line for an editor made of many independently autosaving parts: each part reports its own state
// here and the line shows the worst of them (an error beats "Saving…", which beats "Saved").
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppError } from '../../../shared/result';

export type SaveState = { phase: 'saved' | 'pending' | 'saving' | 'error'; error?: AppError };

export class SaveTracker {
  private readonly states = new Map<string, SaveState>();
  private readonly listeners = new Set<() => void>();
  private summary: SaveState = { phase: 'saved' };
  private readonly flushers = new Map<string, () => Promise<void>>();

  /** Each part says how to save now, so leaving the editor can write everything still waiting. */
  onFlush(part: string, flush: () => Promise<void>): () => void {
    this.flushers.set(part, flush);
    return () => this.flushers.delete(part);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.flushers.values()].map((flush) => flush()));
  }

  report(part: string, state: SaveState): void {
    if (state.phase === 'saved') this.states.delete(part);
    else this.states.set(part, state);
    this.summary = this.compute();
    for (const listener of this.listeners) listener();
  }

  forget(part: string): void {
    this.report(part, { phase: 'saved' });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): SaveState => this.summary;

  private compute(): SaveState {
    const all = [...this.states.values()];
    return all.find((s) => s.phase === 'error') ?? all.find((s) => s.phase === 'saving') ?? all.find((s) => s.phase === 'pending') ?? { phase: 'saved' };
  }
}

export const SaveTrackerContext = createContext<SaveTracker | undefined>(undefined);

export function useSaveSummary(tracker: SaveTracker): SaveState {
  return useSyncExternalStore(tracker.subscribe, tracker.current);
}

export const useSaveTracker = (): SaveTracker | undefined => useContext(SaveTrackerContext);
