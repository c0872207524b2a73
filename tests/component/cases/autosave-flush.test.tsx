import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { AutosaveDelaysContext, useAutosave } from '../../../src-renderer/features/cases/use-autosave';
import type { DraftStore } from '../../../src-renderer/records';

function memoryDrafts(): DraftStore {
  const kept = new Map<string, unknown>();
  return {
    put: async (key, value) => void kept.set(key, value),
    get: async (key) => kept.get(key),
    delete: async (key) => void kept.delete(key),
  };
}

describe('autosave flush', () => {
  it('waits for a save already under way, and then writes what was typed during it, before it resolves', async () => {
    const written: string[] = [];
    const releases: (() => void)[] = [];
    const save = (value: string) =>
      new Promise<{ ok: true; value: undefined }>((resolve) => {
        releases.push(() => {
          written.push(value);
          resolve({ ok: true, value: undefined });
        });
      });
    const drafts = memoryDrafts();
    const wrapper = ({ children }: { children: ReactNode }) => <AutosaveDelaysContext.Provider value={{ draftMs: 1, saveMs: 1 }}>{children}</AutosaveDelaysContext.Provider>;
    const { result } = renderHook(() => useAutosave({ drafts, draftKey: 'tags', initial: 'ICCPR-21', save }), { wrapper });

    act(() => result.current.change(() => 'ICCPR-21 C087'));
    await waitFor(() => expect(releases).toHaveLength(1));
    // Leaving the editor now, while that save runs, with one more tag typed.
    act(() => result.current.change(() => 'ICCPR-21 C087 C087-3'));
    let flushed = false;
    const flushing = result.current.flush().then(() => void (flushed = true));
    await act(async () => releases[0]!());
    await waitFor(() => expect(releases).toHaveLength(2));
    expect(flushed).toBe(false);
    await act(async () => releases[1]!());
    await flushing;
    expect(written).toEqual(['ICCPR-21 C087', 'ICCPR-21 C087 C087-3']);
  });
});
