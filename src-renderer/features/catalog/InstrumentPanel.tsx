import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesOf, labelOf, type InstrumentEntry } from '../../../shared/catalog';
import { CaseTableDownload } from '../case-table/CaseTableDownload';
import { shortNameOf } from '../../../shared/catalog/short-names';
import { useCatalogStore } from './catalog-store';
import { EntryText } from './EntryText';
import { RatificationStatus } from './RatificationStatus';
import { RecordList } from './RecordList';
import type { TaggedRecord } from './tagged-records';
import { useCatalogLang, useEntryLabel } from './use-entry-label';

type Props = {
  instrument: InstrumentEntry;
  taggedByEntry: ReadonlyMap<string, TaggedRecord[]>;
  selectedId: string | undefined;
  onSelect(entryId: string): void;
  onOpenRecord(id: string, kind: TaggedRecord['kind']): void;
};

/** Domestic law and SDGs are not ratified, so their status line would only mislead. */
const hasRatification = (instrument: InstrumentEntry) => instrument.family !== 'domestic' && instrument.family !== 'sdg';

export function InstrumentPanel({ instrument, taggedByEntry, selectedId, onSelect, onOpenRecord }: Props) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const describe = useEntryLabel();
  const title = labelOf(instrument, lang);
  const articles = articlesOf(instrument.id, catalog);
  const headingId = useId();
  const shortName = shortNameOf(instrument, lang);
  // Records tagged with the instrument itself (a convention tagged as a whole) belong to no article row.
  const taggedAsWhole = taggedByEntry.get(instrument.id) ?? [];
  const hasTaggedArticles = articles.some((article) => (taggedByEntry.get(article.id)?.length ?? 0) > 0);

  return (
    <section className="catalog-instrument" aria-labelledby={headingId}>
      <h3 id={headingId}>{shortName}</h3>
      <p lang={title.fellBack ? 'en' : undefined}>
        {title.text}
        {title.fellBack && <span className="entry-fallback"> {t('entry.englishMarker')}</span>}
      </p>
      {hasRatification(instrument) && <RatificationStatus instrumentId={instrument.id} />}
      {articles.length > 0 && taggedAsWhole.length > 0 && (
        <section aria-labelledby={`${headingId}-whole`}>
          <h4 id={`${headingId}-whole`}>{t('browser.records.wholeInstrument', { instrument: shortName })}</h4>
          <RecordList records={taggedAsWhole} onOpenRecord={onOpenRecord} />
        </section>
      )}
      {hasTaggedArticles && <CaseTableDownload entryId={instrument.id} />}
      <h4>{t('browser.articlesOf', { instrument: shortName })}</h4>
      {articles.length === 0 && <p className="muted">{t('browser.noArticles')}</p>}
      <ul className="catalog-articles">
        {articles.map((article) => {
          const count = taggedByEntry.get(article.id)?.length ?? 0;
          return (
            <li key={article.id}>
              <button
                type="button"
                className="catalog-choice"
                aria-current={article.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(article.id)}
              >
                <EntryText label={describe(article.id)} />{' '}
                <span className={article.substantive ? 'article-type' : 'article-type is-procedural'}>
                  {article.substantive ? t('browser.substantive') : t('browser.procedural')}
                </span>
                {count > 0 && <span className="tagged-count"> {t('browser.taggedCount', { count })}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
