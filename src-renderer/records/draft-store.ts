// Autosave drafts (a half-typed note, an unsaved form). Sealed like every record; the caller's key is stored only
// as a blind index, because keys such as "case:<id>:summary" would otherwise say what is being edited.
import type { RecordKeys } from '../platform/record-keys';
import { blindIndex } from './blind-index';
import type { RecordsContext } from './record-store';

export type DraftStore = {
  put(key: string, value: unknown): Promise<void>;
  get(key: string): Promise<unknown>;
  delete(key: string): Promise<void>;
};

export function createDraftStore(ctx: RecordsContext, keys: RecordKeys): DraftStore {
  const idOf = (key: string) => blindIndex(keys.index, 'draft.key', key);
  return {
    async put(key, value) {
      ctx.live();
      // Round-trips through JSON when sealed; refuse values that would come back different instead of losing data.
      if (value === undefined) throw new TypeError('drafts.put: value must be JSON, not undefined');
      await ctx.db.drafts.put({ id: await idOf(key), updatedAt: ctx.now().toISOString(), value });
    },
    async get(key) {
      ctx.live();
      return (await ctx.db.drafts.get(await idOf(key)))?.value;
    },
    async delete(key) {
      ctx.live();
      await ctx.db.drafts.delete(await idOf(key));
    },
  };
}
