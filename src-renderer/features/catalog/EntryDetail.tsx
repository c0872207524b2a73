import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationsFor } from '../../../shared/catalog';
import { CaseTableDownload } from '../case-table/CaseTableDownload';
import { useCatalogStore } from './catalog-store';
import { EntryText } from './EntryText';
import { RecommendationItem } from './RecommendationItem';
import { RecordList } from './RecordList';
import type { TaggedRecord } from './tagged-records';
import { useEntryLabel } from './use-entry-label';
import { YearTable } from './YearTable';

type Props = {
  entryId: string;
  taggedByEntry: ReadonlyMap<string, TaggedRecord[]>;
  onOpenRecord(id: string, kind: TaggedRecord['kind']): void;
};

/** One article (or an instrument without listed articles): what is tagged with it and what was recommended on it. */
export function EntryDetail({ entryId, taggedByEntry, onOpenRecord }: Props) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const describe = useEntryLabel();
  const baseId = useId();
  const label = describe(entryId);
  const tagged = taggedByEntry.get(entryId) ?? [];
  const recommendations = recommendationsFor(entryId, catalog);
  const taggedIds = new Set(tagged.map((r) => r.id));

  return (
    <section className="catalog-detail" aria-labelledby={`${baseId}-title`}>
      <h3 id={`${baseId}-title`}>
        <EntryText label={label} />
      </h3>
      {label.entry?.note && (
        <p className="muted" lang="en">
          {label.entry.note}
        </p>
      )}

      <section aria-labelledby={`${baseId}-records`}>
        <h4 id={`${baseId}-records`}>{t('browser.records.title')}</h4>
        {tagged.length === 0 ? (
          <p className="muted">{t('browser.records.none', { name: label.name })}</p>
        ) : (
          <>
            <YearTable records={tagged} name={label.name} />
            <RecordList records={tagged} onOpenRecord={onOpenRecord} />
            {label.entry?.kind === 'article' && <CaseTableDownload entryId={label.entry.id} />}
          </>
        )}
      </section>

      <section aria-labelledby={`${baseId}-recs`}>
        <h4 id={`${baseId}-recs`}>{t('browser.recommendations.title')}</h4>
        {recommendations.length === 0 ? (
          <p className="muted">{t('browser.recommendations.none', { name: label.name })}</p>
        ) : (
          <ul className="recommendations">
            {recommendations.map((rec) => (
              <RecommendationItem
                key={rec.id}
                recommendation={rec}
                articleName={label.name}
                cases={(taggedByEntry.get(rec.id) ?? []).filter((r) => r.kind === 'case' && taggedIds.has(r.id))}
                onOpenRecord={onOpenRecord}
              />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
