import { create } from 'zustand';
import { loadCatalog, mergeVocabulary, type Catalog, type UserVocabulary, type VocabularyIssue } from '../../../shared/catalog';
import type { Result } from '../../../shared/result';

type CatalogState = {
  /** The shipped catalog with every accepted vocabulary merged in; the picker and browser read only this. */
  catalog: Catalog;
  /** Accepted vocabularies in merge order, so they can be sealed and replayed at the next unlock (vocabulary-persistence.ts). */
  vocabularies: UserVocabulary[];
  addVocabulary(vocab: UserVocabulary): Result<{ added: number }, VocabularyIssue[]>;
  /** Back to the shipped catalog, e.g. when the vault locks and organisation terms must leave memory. */
  clear(): void;
};

export const useCatalogStore = create<CatalogState>((set, get) => ({
  catalog: loadCatalog(),
  vocabularies: [],
  addVocabulary(vocab) {
    const merged = mergeVocabulary(get().catalog, vocab);
    if (!merged.ok) return merged;
    // A newer version of a namespace replaces the older one, as mergeVocabulary does for its entries.
    set((s) => ({ catalog: merged.value, vocabularies: [...s.vocabularies.filter((v) => v.namespace !== vocab.namespace), vocab] }));
    return { ok: true, value: { added: vocab.entries.length } };
  },
  clear() {
    set({ catalog: loadCatalog(), vocabularies: [] });
  },
}));
