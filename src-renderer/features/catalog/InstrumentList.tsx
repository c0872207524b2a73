import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentEntry } from '../../../shared/catalog';
import { shortNameOf } from '../../../shared/catalog/short-names';
import { useCatalogStore } from './catalog-store';
import { useCatalogLang } from './use-entry-label';

type Group = 'unCore' | 'unOp' | 'otherTreaties' | 'ilo' | 'regional' | 'documents' | 'sdg' | 'domestic';
const GROUP_OF: Record<InstrumentEntry['family'], Group> = {
  'un-core': 'unCore',
  'un-op': 'unOp',
  ilo: 'ilo',
  osce: 'regional',
  coe: 'regional',
  treaty: 'otherTreaties',
  standard: 'regional',
  document: 'documents',
  sdg: 'sdg',
  domestic: 'domestic',
};
const GROUP_ORDER: Group[] = ['unCore', 'unOp', 'otherTreaties', 'ilo', 'regional', 'documents', 'sdg', 'domestic'];

type Props = { selectedId: string | undefined; onSelect(instrumentId: string): void };

export function InstrumentList({ selectedId, onSelect }: Props) {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const baseId = useId();
  const groups = useMemo(() => {
    const out = new Map<Group, InstrumentEntry[]>(GROUP_ORDER.map((g) => [g, []]));
    for (const entry of catalog.entries.values()) {
      if (entry.kind === 'instrument') out.get(GROUP_OF[entry.family])?.push(entry);
    }
    return out;
  }, [catalog]);

  const groupTitle = (group: Group): string => {
    switch (group) {
      case 'unCore':
        return t('browser.group.unCore');
      case 'unOp':
        return t('browser.group.unOp');
      case 'otherTreaties':
        return t('browser.group.otherTreaties');
      case 'ilo':
        return t('browser.group.ilo');
      case 'regional':
        return t('browser.group.regional');
      case 'documents':
        return t('browser.group.documents');
      case 'sdg':
        return t('browser.group.sdg');
      case 'domestic':
        return t('browser.group.domestic');
    }
  };

  return (
    <nav className="catalog-instruments" aria-label={t('browser.instruments')}>
      {GROUP_ORDER.map((group) => {
        const instruments = groups.get(group) ?? [];
        if (instruments.length === 0) return null;
        const headingId = `${baseId}-${group}`;
        return (
          <section key={group} aria-labelledby={headingId}>
            <h3 id={headingId}>{groupTitle(group)}</h3>
            <ul>
              {instruments.map((instrument) => (
                <li key={instrument.id}>
                  <button
                    type="button"
                    className="catalog-choice"
                    aria-current={instrument.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(instrument.id)}
                  >
                    {shortNameOf(instrument, lang)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
