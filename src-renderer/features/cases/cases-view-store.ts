// Which case is open, at which section, and which of its items is being read. Kept outside the session store on
// purpose: it survives a lock, so after unlocking the editor reopens on the same case and restores its encrypted
// draft. A case id is random and says nothing, so it may sit in the address (app/route-binding.ts).
import { create } from 'zustand';
import type { Audience } from '../../../shared/export/case-disclosure';

/** The parts of a case a person jumps between, in the order the editor lists them. */
export const CASE_SECTIONS = ['summary', 'events', 'people', 'evidence', 'tags', 'sources', 'history'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export const isCaseSection = (value: string): value is CaseSection => (CASE_SECTIONS as readonly string[]).includes(value);

type CasesView = {
  openCaseId?: string;
  /** True while the open case may not be stored yet (the New case button). */
  isNew: boolean;
  section: CaseSection;
  /** An evidence item of the open case, read on a page of its own. */
  itemId?: string;
  /** The item's page a search hit opened, and the words searched for, found again on it. The words are vault
   * content: they never go into the address and are forgotten on lock (app/forget-on-lock.ts). */
  itemPage?: number;
  itemFind?: string;
  /** The case's printable dossier, for this audience, on a page of its own. */
  dossier?: Audience;
  /**
   * Set by the open editor: writes whatever its parts still wait to save. Leaving the editor calls it first, so
   * the list shows what was just typed and reopening the case finds no stale draft.
   */
  flushEditor?: () => Promise<void>;
  open(caseId: string, isNew?: boolean, section?: CaseSection): void;
  showSection(section: CaseSection): void;
  openItem(itemId: string): void;
  closeItem(): void;
  openFound(caseId: string, itemId: string, page: number, find: string): void;
  openDossier(audience: Audience): void;
  closeDossier(): void;
  close(): void;
};

export const useCasesView = create<CasesView>((set) => ({
  isNew: false,
  section: 'summary',
  open: (openCaseId, isNew = false, section = 'summary') => set({ openCaseId, isNew, section, itemId: undefined, dossier: undefined }),
  showSection: (section) => set({ section, itemId: undefined, dossier: undefined }),
  // The item page is reached from the Evidence section, and going back lands there.
  openItem: (itemId) => set({ itemId, itemPage: undefined, itemFind: undefined, section: 'evidence', dossier: undefined }),
  closeItem: () => set({ itemId: undefined }),
  openFound: (openCaseId, itemId, itemPage, itemFind) => set({ openCaseId, isNew: false, section: 'evidence', itemId, itemPage, itemFind }),
  // So is the dossier's.
  openDossier: (dossier) => set({ dossier, section: 'evidence', itemId: undefined }),
  closeDossier: () => set({ dossier: undefined }),
  close: () => set({ openCaseId: undefined, isNew: false, section: 'summary', itemId: undefined, dossier: undefined }),
}));

/** Saves what the open editor still holds, then moves on; without an open editor it just moves on. */
export async function leaveEditor(next: () => void): Promise<void> {
  const flush = useCasesView.getState().flushEditor;
  // Without an editor the move happens at once, in the same tick as the click or the Back that asked for it.
  if (flush) await flush();
  next();
}

/** Draft key that remembers the id of a new case not yet saved, so a crash before its first save loses nothing. */
export const NEW_CASE_DRAFT = 'case:new';
