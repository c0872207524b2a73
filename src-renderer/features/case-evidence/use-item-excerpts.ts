// An evidence item's excerpts, wherever they were drawn. An excerpt belongs to its item: drawn from a case it also
// remembers that case (search and the catalog open it there), drawn from the Evidence screen it has none, and
// either way every case the item is attached to lists it.
import { useCallback, useEffect, useState } from 'react';
import type { Excerpt } from '../../../shared/model/excerpt';
import { coerceError, type AppError } from '../../../shared/result';
import type { Records, StoredExcerpt } from '../../records';

export type ExcerptRecords = Pick<Records, 'excerpts'>;

export function useItemExcerpts(records: ExcerptRecords | undefined, itemId: string, caseId?: string) {
  const [excerpts, setExcerpts] = useState<StoredExcerpt[]>([]);
  // The excerpt just drawn, offered for tagging at once.
  const [freshId, setFreshId] = useState<string>();
  const [error, setError] = useState<AppError>();

  const reload = useCallback(async () => {
    if (!records) return;
    try {
      setExcerpts(await records.excerpts.listByItem(itemId));
    } catch (e) {
      setError(coerceError(e));
    }
  }, [records, itemId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const save = useCallback(
    async (excerpt: Omit<StoredExcerpt, 'updatedAt'> & { updatedAt?: string }) => {
      if (!records) return false;
      const result = await records.excerpts.save(excerpt);
      setError(result.ok ? undefined : result.error);
      await reload();
      return result.ok;
    },
    [records, reload],
  );

  const create = useCallback(
    async (excerpt: Excerpt) => {
      if (await save(caseId ? { ...excerpt, caseId } : excerpt)) setFreshId(excerpt.id);
    },
    [save, caseId],
  );

  // Retagging keeps the excerpt's own case: tagging it from another case the item is in does not move it there.
  const retag = useCallback((excerpt: StoredExcerpt, tags: string[]) => save({ ...excerpt, tags }), [save]);

  return { excerpts, freshId, error, create, retag };
}
