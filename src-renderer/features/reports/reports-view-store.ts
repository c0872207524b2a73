// Which report project is open in the builder. Like the open case, it survives a lock so the builder reopens on the
// same report; a project id is random and says nothing, so it may sit in the address (app/route-binding.ts).
import { create } from 'zustand';

type ReportsView = {
  openProjectId?: string;
  /** Set by the open builder: saves the narrative still waiting for its autosave before the builder goes. */
  flushBuilder?: () => Promise<void>;
  open(projectId: string): void;
  close(): void;
};

export const useReportsView = create<ReportsView>((set) => ({
  open: (projectId) => set({ openProjectId: projectId }),
  close: () => set({ openProjectId: undefined }),
}));
