// Which vault item the Evidence screen has open on its own page. An id only: it survives a lock like the open case.
import { create } from 'zustand';

type EvidenceView = {
  openItemId?: string;
  openItem(itemId: string): void;
  closeItem(): void;
};

export const useEvidenceView = create<EvidenceView>((set) => ({
  openItem: (openItemId) => set({ openItemId }),
  closeItem: () => set({ openItemId: undefined }),
}));
