import { useEffect } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useRecords } from '../../records';
import { useEvidence } from '../evidence/evidence-store';
import { ItemPage } from '../viewer';
import { CaseExcerptList } from './CaseExcerptList';
import type { ItemBytes } from './item-facts';
import { useItemExcerpts, type ExcerptRecords } from './use-item-excerpts';
import './case-evidence.css';

type Props = {
  itemId: string;
  /** The case the item was opened from: new excerpts remember it. */
  caseId?: string;
  backLabel?: string;
  onBack(): void;
  /** Defaults to the records opened at unlock; tests pass their own. */
  records?: ExcerptRecords;
  /** A PDF opens at this page with these words found, as a search hit asks. */
  startPage?: number;
  startFind?: string;
  /** Tests pass fixture bytes; in the app the viewer reads the vault's URL itself, by HTTP Range. */
  bytes?: ItemBytes;
};

/** An evidence item on a page of its own: the file, its excerpts (tagged right under the viewer), its custody. */
export function EvidenceItemPage({ itemId, caseId, backLabel, onBack, records: given, bytes, startPage, startFind }: Props) {
  const opened = useRecords((s) => s.records);
  const records = given ?? opened;
  const item = useEvidence((s) => s.items.find((i) => i.id === itemId));
  const { excerpts, freshId, error, create, retag } = useItemExcerpts(records, itemId, caseId);

  // Opened straight from an address (Back, a reload), the vault list may not be loaded yet.
  useEffect(() => {
    if (!item) void useEvidence.getState().refresh();
  }, [item]);

  if (!item) return null;
  const fixture = bytes?.(item.id);
  return (
    <ItemPage
      item={item}
      {...(fixture instanceof Uint8Array ? { source: fixture } : {})}
      onBack={onBack}
      {...(backLabel ? { backLabel } : {})}
      startPage={startPage}
      startFind={startFind}
      excerpts={excerpts}
      onCreateExcerpt={(excerpt) => void create(excerpt)}
      excerptPanel={
        <>
          <ErrorNotice error={error} />
          <CaseExcerptList excerpts={excerpts} nameOf={() => item.originalName} freshId={freshId} onTags={(excerpt, tags) => void retag(excerpt, tags)} />
        </>
      }
    />
  );
}
