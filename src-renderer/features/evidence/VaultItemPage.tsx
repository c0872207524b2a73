import { useCallback, useEffect, useState } from 'react';
import { useRecords, type StoredExcerpt } from '../../records';
import { ItemPage } from '../viewer';
import { useEvidence } from './evidence-store';

/** An item opened from the vault list: its excerpts from every case, and new ones saved without a case. */
export function VaultItemPage({ itemId, onBack }: { itemId: string; onBack(): void }) {
  const item = useEvidence((s) => s.items.find((i) => i.id === itemId));
  const records = useRecords((s) => s.records);
  const [excerpts, setExcerpts] = useState<StoredExcerpt[]>([]);
  const reload = useCallback(async () => setExcerpts((await records?.excerpts.listByItem(itemId)) ?? []), [records, itemId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!item) return null;
  return (
    <ItemPage
      item={item}
      onBack={onBack}
      excerpts={excerpts}
      onCreateExcerpt={(excerpt) => void records?.excerpts.save(excerpt).then(reload)}
    />
  );
}
