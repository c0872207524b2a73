import { create } from 'zustand';

/**
 * Counts changes to the known senders made outside their own section (a bundle received from a sender the person
 * just confirmed), so the list on the same screen reads them again.
 */
export const useSendersVersion = create<{ version: number; changed(): void }>((set) => ({
  version: 0,
  changed: () => set((state) => ({ version: state.version + 1 })),
}));
