import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earliest, formatApproximateDate } from '../../../shared/model';
import { useRecords } from '../../records';
import { CatalogBrowser } from './CatalogBrowser';
import { VocabularyImport } from './VocabularyImport';
import type { TaggedRecord } from './tagged-records';
import { useCasesView } from '../cases/cases-view-store';
import { useSession } from '../vault/session-store';

const openInCases = (caseId: string): void => {
  useCasesView.getState().open(caseId);
  useSession.getState().navigate('home');
};

/** The catalog as a lawyer uses it: article by article, with every case and event tagged against it. */
export function CatalogScreen({ onOpenCase = openInCases }: { onOpenCase?: (caseId: string) => void } = {}) {
  const { i18n } = useTranslation('catalog');
  const records = useRecords((s) => s.records);
  const [tagged, setTagged] = useState<TaggedRecord[]>([]);
  const [caseOfEvent, setCaseOfEvent] = useState<Map<string, string>>(new Map());
  const language = i18n.language === 'ru' || i18n.language === 'kk' ? i18n.language : 'en';

  useEffect(() => {
    if (!records) return;
    let isCurrent = true;
    void Promise.all([records.cases.list(), records.events.list()]).then(([cases, events]) => {
      if (!isCurrent) return;
      const titles = new Map(cases.map((c) => [c.id, c.title]));
      setCaseOfEvent(new Map(events.map((e) => [e.id, e.caseId])));
      setTagged([
        ...cases.filter((c) => c.tags.length > 0).map((c) => ({ id: c.id, kind: 'case' as const, title: c.title, date: c.period ? earliest(c.period) : undefined, tags: c.tags })),
        ...events
          .filter((e) => e.tags.length > 0)
          .map((e) => ({
            id: e.id,
            kind: 'event' as const,
            title: [titles.get(e.caseId), e.when ? formatApproximateDate(e.when, language) : undefined, e.description].filter(Boolean).join(' — '),
            date: e.when ? earliest(e.when) : undefined,
            tags: e.tags,
          })),
      ]);
    });
    return () => {
      isCurrent = false;
    };
  }, [records, language]);

  return (
    <div className="page page-wide stack">
      <CatalogBrowser taggedRecords={tagged} onOpenRecord={(id, kind) => onOpenCase(kind === 'event' ? (caseOfEvent.get(id) ?? id) : id)} />
      <VocabularyImport />
    </div>
  );
}
