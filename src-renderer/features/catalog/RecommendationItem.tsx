import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, type RecommendationEntry } from '../../../shared/catalog';
import { useCatalogStore } from './catalog-store';
import { RecordList } from './RecordList';
import type { TaggedRecord } from './tagged-records';
import { useCatalogLang } from './use-entry-label';

type Props = {
  recommendation: RecommendationEntry;
  /** Cases tagged with both this recommendation and the article on screen: the evidence on implementation. */
  cases: readonly TaggedRecord[];
  articleName: string;
  onOpenRecord(id: string, kind: TaggedRecord['kind']): void;
};

export function RecommendationItem({ recommendation: rec, cases, articleName, onOpenRecord }: Props) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const summary = labelOf(rec, lang);
  const mechanism = rec.mechanism ? catalog.entries.get(rec.mechanism) : undefined;
  const body = mechanism?.kind === 'mechanism' ? mechanism.shortName : rec.mechanism;
  const headingId = useId();

  return (
    <li className="recommendation">
      <article aria-labelledby={headingId}>
        <h5 id={headingId} className="recommendation-head">
          <span className="recommendation-symbol">{rec.document ?? t('browser.recommendations.noSymbol')}</span>
          {rec.paragraph && <span> {t('entry.paragraph', { number: rec.paragraph })}</span>}
          {rec.recommendationNumber && <span> {t('browser.recommendations.number', { number: rec.recommendationNumber })}</span>}
          {body && <span className="muted"> · {body}</span>}
        </h5>
        <p className="recommendation-meta">
          {rec.recommendingState && <span>{t('browser.recommendations.recommendedBy', { state: rec.recommendingState })} </span>}
          {rec.response === 'supported' && <span className="status-badge status-party">{t('browser.recommendations.supported')}</span>}
          {rec.response === 'noted' && <span className="status-badge status-not-party">{t('browser.recommendations.noted')}</span>}
          {rec.grades?.map((g, i) => (
            <span key={i} className="status-badge">
              {t('browser.recommendations.grade', { grade: g.part ? `${g.part}: ${g.grade}` : g.grade })}
            </span>
          ))}
        </p>
        <p lang={summary.fellBack ? 'en' : undefined}>
          {summary.text}
          {summary.fellBack && <span className="entry-fallback"> {t('entry.englishMarker')}</span>}
        </p>
        <h6>{t('browser.recommendations.casesTitle', { name: articleName })}</h6>
        {cases.length === 0 ? (
          <p className="muted">{t('browser.recommendations.noCases')}</p>
        ) : (
          <RecordList records={cases} onOpenRecord={onOpenRecord} />
        )}
      </article>
    </li>
  );
}
