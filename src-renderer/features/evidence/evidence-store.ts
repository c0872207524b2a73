import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import type { ImportedItem, ItemRecord, VerifyReport } from '../../../shared/ipc/channels/vault';
import { tamga } from '../../platform/tamga-client';
import { transferFile, type Transfer } from './evidence-transfer';

export type Upload = {
  key: string;
  name: string;
  size: number;
  sent: number;
  state: 'sending' | 'sealed' | 'duplicate' | 'failed' | 'cancelled';
  error?: AppError;
  cancel(): void;
};

type EvidenceState = {
  items: ItemRecord[];
  uploads: Upload[];
  report?: VerifyReport;
  error?: AppError;
  isVerifying: boolean;
  refresh(): Promise<void>;
  /**
   * Seals files one after another. `onImported` runs after each file, before the next starts, so a caller (a case
   * attaching what it imports) finishes one item's work while the next is still to come. Returns what was sealed.
   */
  importFiles(files: readonly File[], onImported?: (imported: ImportedItem) => Promise<void> | void): Promise<ImportedItem[]>;
  verify(): Promise<void>;
  clear(): void;
};

let nextKey = 0;

export const useEvidence = create<EvidenceState>((set, get) => {
  const patch = (key: string, change: Partial<Upload>) => set({ uploads: get().uploads.map((u) => (u.key === key ? { ...u, ...change } : u)) });
  return {
    items: [],
    uploads: [],
    isVerifying: false,
    async refresh() {
      const result = await tamga().invoke('evidence.list', {});
      set(result.ok ? { items: result.value, error: undefined } : { error: result.error });
    },
    async importFiles(files, onImported) {
      const sealed: ImportedItem[] = [];
      // Files go in one after another so progress is honest and a cancel stops only what is left.
      const queued = files.map((file) => ({ file, key: `upload-${nextKey++}` }));
      let current: { key: string; transfer: Transfer } | undefined;
      const cancelled = new Set<string>();
      set({
        uploads: [
          ...queued.map(({ file, key }) => ({
            key,
            name: file.name,
            size: file.size,
            sent: 0,
            state: 'sending' as const,
            cancel: () => {
              cancelled.add(key);
              if (current?.key === key) current.transfer.cancel();
            },
          })),
          ...get().uploads,
        ],
      });
      for (const { file, key } of queued) {
        if (cancelled.has(key)) {
          patch(key, { state: 'cancelled' });
          continue;
        }
        current = { key, transfer: transferFile(file, (sent) => patch(key, { sent })) };
        const result = await current.transfer.done;
        if (result.ok) {
          patch(key, { sent: file.size, state: result.value.duplicateOf ? 'duplicate' : 'sealed' });
          sealed.push(result.value);
          await onImported?.(result.value);
        } else patch(key, { state: result.error.code === 'evidence.cancelled' ? 'cancelled' : 'failed', error: result.error });
      }
      current = undefined;
      await get().refresh();
      return sealed;
    },
    async verify() {
      set({ isVerifying: true });
      const result = await tamga().invoke('evidence.verify', {});
      set(result.ok ? { report: result.value, isVerifying: false } : { error: result.error, isVerifying: false });
    },
    clear() {
      set({ items: [], uploads: [], report: undefined, error: undefined });
    },
  };
});
