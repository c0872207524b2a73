import { useEffect, useState } from 'react';
import { useRecords } from '../../records';
import { CatalogBrowser } from './CatalogBrowser';
import { VocabularyImport } from './VocabularyImport';
import type { TaggedRecord } from './tagged-records';
import { catalogRecordsOf } from './catalog-records';
import { useCasesView, type CaseSection } from '../cases/cases-view-store';
import { useSession } from '../vault/session-store';

const openInCases = (caseId: string, section?: CaseSection): void => {
  useCasesView.getState().open(caseId, false, section);
  useSession.getState().navigate('home');
};

/** Where a tagged record is seen in its case: an event in the timeline, an excerpt with the case's evidence. */
const SECTION_OF_KIND = { case: 'summary', event: 'events', excerpt: 'evidence' } as const satisfies Record<TaggedRecord['kind'], CaseSection>;

/** The catalog as a lawyer uses it: article by article, with every case and event tagged against it. */
export function CatalogScreen({ onOpenCase = openInCases }: { onOpenCase?: (caseId: string, section?: CaseSection) => void } = {}) {
  const records = useRecords((s) => s.records);
  const [tagged, setTagged] = useState<TaggedRecord[]>([]);
  const [caseOfEvent, setCaseOfEvent] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    if (!records) return;
    let isCurrent = true;
    void Promise.all([records.cases.list(), records.events.list(), records.excerpts.list(), records.caseItems.list()]).then(([cases, events, excerpts, caseItems]) => {
      if (!isCurrent) return;
      const built = catalogRecordsOf({ cases, events, excerpts, caseItems });
      setCaseOfEvent(built.caseOf);
      setTagged(built.tagged);
    });
    return () => {
      isCurrent = false;
    };
  }, [records]);

  return (
    <div className="page page-wide stack">
      <CatalogBrowser taggedRecords={tagged} onOpenRecord={(id, kind) => onOpenCase(kind === 'case' ? id : (caseOfEvent.get(id) ?? id), SECTION_OF_KIND[kind])} />
      <VocabularyImport />
    </div>
  );
}
