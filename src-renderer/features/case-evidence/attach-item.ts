// Attaching one vault item to a case: the attachment record with the monitor's provenance and the file's own
// facts, and the item's text for search. The vault item itself is never touched; detaching leaves it sealed.
import type { ItemRecord } from '../../../shared/ipc/channels/vault';
import type { CaseItem, ItemProvenance } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import type { Records } from '../../records';
import { readItemFacts, type ItemBytes } from './item-facts';

export type AttachRecords = Pick<Records, 'caseItems' | 'itemTexts'>;

export async function attachItem(
  records: AttachRecords,
  caseId: string,
  item: ItemRecord,
  source: ItemProvenance,
  bytes?: ItemBytes,
): Promise<Result<CaseItem>> {
  const facts = await readItemFacts(item, bytes);
  if (facts.text) {
    const saved = await records.itemTexts.save({ itemId: item.id, pages: facts.text.pages, hasTextLayer: facts.text.hasTextLayer });
    if (!saved.ok) return saved;
  }
  return records.caseItems.save({ caseId, itemId: item.id, source, snapshot: facts.snapshot });
}
