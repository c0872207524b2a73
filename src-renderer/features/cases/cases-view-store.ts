// Which case is open. Kept outside the session store on purpose: it survives a lock, so after unlocking the
// editor reopens on the same case and restores its encrypted draft. A case id is random and says nothing.
import { create } from 'zustand';

type CasesView = {
  openCaseId?: string;
  /** True while the open case may not be stored yet (the New case button). */
  isNew: boolean;
  open(caseId: string, isNew?: boolean): void;
  close(): void;
};

export const useCasesView = create<CasesView>((set) => ({
  isNew: false,
  open: (openCaseId, isNew = false) => set({ openCaseId, isNew }),
  close: () => set({ openCaseId: undefined, isNew: false }),
}));

/** Draft key that remembers the id of a new case not yet saved, so a crash before its first save loses nothing. */
export const NEW_CASE_DRAFT = 'case:new';
