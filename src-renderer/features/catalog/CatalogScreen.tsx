import { useEffect, useState } from 'react';
import { earliest } from '../../../shared/model';
import { useRecords } from '../../records';
import { CatalogBrowser } from './CatalogBrowser';
import { VocabularyImport } from './VocabularyImport';
import type { TaggedRecord } from './tagged-records';
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
      const titles = new Map(cases.map((c) => [c.id, c.title]));
      const fileNames = new Map(caseItems.map((item) => [item.itemId, item.snapshot.originalName]));
      // An excerpt drawn outside any case opens in a case its item is attached to.
      const caseOfItem = new Map(caseItems.map((item) => [item.itemId, item.caseId]));
      const caseOfExcerpt = (x: (typeof excerpts)[number]) => x.caseId ?? caseOfItem.get(x.itemId);
      setCaseOfEvent(
        new Map([...events.map((e) => [e.id, e.caseId] as const), ...excerpts.flatMap((x) => (caseOfExcerpt(x) ? [[x.id, caseOfExcerpt(x)!] as const] : []))]),
      );
      setTagged([
        ...cases.filter((c) => c.tags.length > 0).map((c) => ({ id: c.id, kind: 'case' as const, title: c.title, date: c.period ? earliest(c.period) : undefined, tags: c.tags })),
        ...events
          .filter((e) => e.tags.length > 0)
          .map((e) => ({
            id: e.id,
            kind: 'event' as const,
            // The browser shows the date beside each record, so the title carries only the case and what happened.
            title: [titles.get(e.caseId), e.description].filter(Boolean).join(' — '),
            date: e.when ? earliest(e.when) : undefined,
            tags: e.tags,
          })),
        ...excerpts
          .filter((x) => x.tags.length > 0)
          .map((x) => ({
            id: x.id,
            kind: 'excerpt' as const,
            // A lawyer cites an excerpt as «quote» (file, page): the same parts, in that order.
            title: [x.quote ? `«${x.quote}»` : undefined, fileNames.get(x.itemId), x.page ? `p. ${x.page}` : undefined].filter(Boolean).join(' — '),
            date: x.createdAt.slice(0, 10),
            tags: x.tags,
          })),
      ]);
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
