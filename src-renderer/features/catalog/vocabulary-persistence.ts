import { parseUserVocabulary } from '../../../shared/catalog';
import type { Disposable } from '../../../shared/lifecycle';
import { useRecords, type Records } from '../../records';
import { useCatalogStore } from './catalog-store';

const VOCABULARIES_KEY = 'catalog:vocabularies';

/**
 * An organisation's own vocabularies are vault content: they are kept sealed in the records database (its
 * encrypted key-value store), replayed when the records open at unlock, and dropped from memory at lock.
 * Each stored file is validated again on the way back in, so a damaged one is skipped rather than trusted.
 */
export function bindVocabulariesToRecords(): Disposable {
  let current: Records | undefined;
  let isReplaying = false;

  const replay = async (records: Records) => {
    const stored = await records.drafts.get(VOCABULARIES_KEY);
    if (current !== records || !Array.isArray(stored)) return;
    isReplaying = true;
    for (const file of stored) {
      const parsed = parseUserVocabulary(file);
      if (parsed.ok) useCatalogStore.getState().addVocabulary(parsed.value);
    }
    isReplaying = false;
  };

  const stopRecords = useRecords.subscribe(({ records }) => {
    if (records === current) return;
    current = records;
    useCatalogStore.getState().clear();
    if (records) void replay(records);
  });
  const stopCatalog = useCatalogStore.subscribe((state, previous) => {
    if (isReplaying || !current || state.vocabularies === previous.vocabularies || state.vocabularies.length === 0) return;
    const records = current;
    // A write racing a lock meets a closed database; the next unlock replays what was sealed before it.
    records.drafts.put(VOCABULARIES_KEY, state.vocabularies).catch((error: unknown) => {
      if (records === current) console.error(error);
    });
  });
  return {
    dispose() {
      stopRecords();
      stopCatalog();
    },
  };
}
