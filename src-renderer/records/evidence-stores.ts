// The case's side of evidence: attachments, the extracted text of each item, and excerpts. The bytes, hashes and
// custody stay in main's vault; these records say which case holds an item, where it came from and what it says.
import type { CaseItem, ItemText } from '../../shared/model';
import type { Result } from '../../shared/result';
import type { InputOf, StoredExcerpt } from './record-model';
import { createRecordStore, type CaseScopedStore, type RecordsContext, type RecordStore } from './record-store';

const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

export type CaseItemStore = CaseScopedStore<CaseItem, InputOf<'caseItems'>> & {
  /** Every case this vault item is attached to. */
  listByItem(itemId: string): Promise<CaseItem[]>;
};
export type ItemTextStore = RecordStore<ItemText, InputOf<'itemTexts'>> & {
  getByItem(itemId: string): Promise<ItemText | undefined>;
};
export type ExcerptStore = CaseScopedStore<StoredExcerpt, InputOf<'excerpts'>> & {
  listByItem(itemId: string): Promise<StoredExcerpt[]>;
};

export function createCaseItemStore(ctx: RecordsContext): CaseItemStore {
  return {
    ...createRecordStore(ctx, 'caseItems'),
    async listByItem(itemId) {
      ctx.live();
      return ctx.working.attachmentsOf(itemId).sort(newestFirst);
    },
  };
}

export function createItemTextStore(ctx: RecordsContext): ItemTextStore {
  const store = createRecordStore(ctx, 'itemTexts');
  const byItem = (itemId: string) => ctx.working.all('itemTexts').find((t) => t.itemId === itemId);
  return {
    ...store,
    async getByItem(itemId) {
      ctx.live();
      const known = byItem(itemId);
      // Read through to the database, as get() does, so a row altered after unlock is refused.
      return known && store.get(known.id);
    },
    // One text per item: extracting the same item again (another case, a re-import) replaces it, never doubles it.
    async save(input): Promise<Result<ItemText>> {
      ctx.live();
      // Looks the item up in the working set, so only once that is verified (RecordsContext.settled).
      await ctx.settled();
      ctx.live();
      const existing = byItem(input.itemId);
      return store.save(existing && !input.id ? { ...input, id: existing.id } : input);
    },
  };
}

export function createExcerptStore(ctx: RecordsContext): ExcerptStore {
  return {
    ...createRecordStore(ctx, 'excerpts'),
    async listByItem(itemId) {
      ctx.live();
      return ctx.working.all('excerpts').filter((x) => x.itemId === itemId).sort(newestFirst);
    },
  };
}
