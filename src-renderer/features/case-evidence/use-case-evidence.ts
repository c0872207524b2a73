// The case's attachments, excerpts and the people a source can name, read from the open records and re-read after
// each change. Attaching goes through the shared evidence store so the import list and the Evidence screen agree.
import { useCallback, useEffect, useState } from 'react';
import type { ItemRecord } from '../../../shared/ipc/channels/vault';
import type { CaseItem, ItemProvenance, Person } from '../../../shared/model';
import { coerceError, type AppError } from '../../../shared/result';
import type { Records, StoredExcerpt } from '../../records';
import { useEvidence } from '../evidence/evidence-store';
import { attachItem } from './attach-item';
import type { ItemBytes } from './item-facts';

export type CaseEvidenceRecords = Pick<Records, 'caseItems' | 'itemTexts' | 'excerpts' | 'people'>;

/** One line per attached file, so the monitor sees which files were new and which were already sealed. */
export type AttachNotice = { key: string; name: string; outcome: 'attached' | 'duplicate' | 'failed'; error?: AppError };

let nextNotice = 0;

export function useCaseEvidence(records: CaseEvidenceRecords | undefined, caseId: string, bytes?: ItemBytes) {
  const [attached, setAttached] = useState<CaseItem[]>([]);
  const [excerpts, setExcerpts] = useState<StoredExcerpt[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [notices, setNotices] = useState<AttachNotice[]>([]);
  const [error, setError] = useState<AppError>();

  const reload = useCallback(async () => {
    if (!records) return;
    try {
      const [items, drawnHere, everyone] = await Promise.all([records.caseItems.listByCase(caseId), records.excerpts.listByCase(caseId), records.people.list()]);
      // An excerpt belongs to its item, so the case lists every excerpt of every item it holds, wherever drawn.
      const ofItems = await Promise.all([...new Set(items.map((item) => item.itemId))].map((itemId) => records.excerpts.listByItem(itemId)));
      const byId = new Map([...drawnHere, ...ofItems.flat()].map((excerpt) => [excerpt.id, excerpt]));
      setAttached(items);
      setExcerpts([...byId.values()].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)));
      setPeople(everyone);
    } catch (e) {
      setError(coerceError(e));
    }
  }, [records, caseId]);

  useEffect(() => {
    void reload();
    void useEvidence.getState().refresh();
  }, [reload]);

  const attachOne = useCallback(
    async (item: ItemRecord, source: ItemProvenance, duplicate: boolean) => {
      if (!records) return;
      const result = await attachItem(records, caseId, item, source, bytes).catch((e: unknown) => ({ ok: false as const, error: coerceError(e) }));
      const notice: AttachNotice = result.ok
        ? { key: `n${nextNotice++}`, name: item.originalName, outcome: duplicate ? 'duplicate' : 'attached' }
        : { key: `n${nextNotice++}`, name: item.originalName, outcome: 'failed', error: result.error };
      setNotices((all) => [notice, ...all]);
      await reload();
    },
    [records, caseId, bytes, reload],
  );

  const attachFiles = useCallback(
    (files: readonly File[], source: ItemProvenance) =>
      useEvidence.getState().importFiles(files, (imported) => attachOne(imported.item, source, Boolean(imported.duplicateOf))),
    [attachOne],
  );

  const detach = useCallback(
    async (caseItemId: string) => {
      await records?.caseItems.delete(caseItemId);
      await reload();
    },
    [records, reload],
  );

  // The excerpt keeps the case it was drawn in (or none): tagging it here does not move it to this case.
  const retagExcerpt = useCallback(
    async (excerpt: StoredExcerpt, tags: string[]) => {
      if (!records) return;
      const result = await records.excerpts.save({ ...excerpt, tags });
      if (!result.ok) setError(result.error);
      await reload();
    },
    [records, reload],
  );

  return { attached, excerpts, people, notices, error, attachOne, attachFiles, detach, retagExcerpt };
}
