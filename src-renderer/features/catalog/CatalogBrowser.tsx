import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveTagTarget, resolvedEntry, type Catalog } from '../../../shared/catalog';
import '../../styles/catalog.css';
import { useCatalogStore } from './catalog-store';
import { EntryDetail } from './EntryDetail';
import { InstrumentList } from './InstrumentList';
import { InstrumentPanel } from './InstrumentPanel';
import { indexByEntry, type TaggedRecord } from './tagged-records';

export type CatalogBrowserProps = {
  taggedRecords: TaggedRecord[];
  onOpenRecord(id: string, kind: TaggedRecord['kind']): void;
  /** Open at this article or instrument, e.g. from a tag chip elsewhere in the app. */
  initialEntryId?: string;
};

type Selection = { instrumentId?: string; entryId?: string };

function initialSelection(id: string | undefined, catalog: Catalog): Selection {
  const entry = id ? resolvedEntry(resolveTagTarget(id, catalog)) : undefined;
  if (entry?.kind === 'article') return { instrumentId: entry.instrumentId, entryId: entry.id };
  if (entry?.kind === 'instrument') return { instrumentId: entry.id, ...(entry.articleIds.length === 0 ? { entryId: entry.id } : {}) };
  return {};
}

/** Instruments → articles → what is tagged with the chosen article and what was recommended on it. */
export function CatalogBrowser({ taggedRecords, onOpenRecord, initialEntryId }: CatalogBrowserProps) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const titleId = useId();
  const [selection, setSelection] = useState<Selection>(() => initialSelection(initialEntryId, catalog));
  const taggedByEntry = useMemo(() => indexByEntry(taggedRecords, catalog), [taggedRecords, catalog]);

  const instrument = selection.instrumentId ? catalog.entries.get(selection.instrumentId) : undefined;
  const selectInstrument = (instrumentId: string): void => {
    const chosen = catalog.entries.get(instrumentId);
    // An instrument with no listed articles is itself the thing records are tagged with.
    const isLeaf = chosen?.kind === 'instrument' && chosen.articleIds.length === 0;
    setSelection(isLeaf ? { instrumentId, entryId: instrumentId } : { instrumentId });
  };

  return (
    <section className="catalog-browser" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('browser.title')}</h1>
      <div className="catalog-columns">
        <InstrumentList selectedId={selection.instrumentId} onSelect={selectInstrument} />
        <div className="catalog-column">
          {instrument?.kind === 'instrument' ? (
            <InstrumentPanel
              instrument={instrument}
              taggedByEntry={taggedByEntry}
              selectedId={selection.entryId}
              onSelect={(entryId) => setSelection({ instrumentId: instrument.id, entryId })}
              onOpenRecord={onOpenRecord}
            />
          ) : (
            <p className="muted">{t('browser.chooseInstrument')}</p>
          )}
        </div>
        <div className="catalog-column">
          {selection.entryId ? (
            <EntryDetail entryId={selection.entryId} taggedByEntry={taggedByEntry} onOpenRecord={onOpenRecord} />
          ) : (
            instrument && <p className="muted">{t('browser.chooseArticle')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
