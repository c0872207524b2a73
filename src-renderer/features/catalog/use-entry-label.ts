import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, resolveTagTarget, resolvedEntry, type CatalogEntry, type EntryKind, type Lang } from '../../../shared/catalog';
import { shortNameOf } from '../../../shared/catalog/short-names';
import { isLanguage } from '../../../shared/i18n/resources';
import { useCatalogStore } from './catalog-store';

/** How a catalog id reads on screen: a short name ("ICCPR art. 19") and, for articles and the like, a heading. */
export type EntryLabel = {
  target: string;
  entry?: CatalogEntry;
  name: string;
  heading?: string;
  /** The heading (or name, when there is no heading) is English because the UI language has no label. */
  fellBack: boolean;
  retired: boolean;
};

export function useCatalogLang(): Lang {
  const { i18n } = useTranslation('catalog');
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

export function useKindLabel(): (kind: EntryKind) => string {
  const { t } = useTranslation('catalog');
  return useCallback(
    (kind: EntryKind) => {
      switch (kind) {
        case 'instrument':
          return t('entry.kind.instrument');
        case 'article':
          return t('entry.kind.article');
        case 'mechanism':
          return t('entry.kind.mechanism');
        case 'review':
          return t('entry.kind.review');
        case 'recommendation':
          return t('entry.kind.recommendation');
        case 'violation-type':
          return t('entry.kind.violationType');
        case 'place':
          return t('entry.kind.place');
        case 'topic':
          return t('entry.kind.topic');
      }
    },
    [t],
  );
}

/** Labels any stored tag id, following renames and retirements so an old tag still shows what it meant. */
export function useEntryLabel(): (target: string) => EntryLabel {
  const { t } = useTranslation('catalog');
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  return useCallback(
    (target: string): EntryLabel => {
      const resolution = resolveTagTarget(target, catalog);
      const entry = resolvedEntry(resolution);
      const retired = resolution.status === 'retired';
      if (!entry) return { target, name: t('entry.unknown', { id: target }), fellBack: false, retired };
      const label = labelOf(entry, lang);
      const described = { target, entry, heading: label.text, fellBack: label.fellBack, retired };
      switch (entry.kind) {
        case 'article': {
          const instrument = catalog.entries.get(entry.instrumentId);
          const short = instrument?.kind === 'instrument' ? shortNameOf(instrument, lang) : entry.instrumentId;
          const paragraph = resolution.status === 'current' || resolution.status === 'renamed' ? resolution.paragraph : undefined;
          // SDG targets are numbered, not articles: "SDG 16.10", never "SDG art. 16.10".
          if (instrument?.kind === 'instrument' && instrument.family === 'sdg') {
            return { ...described, name: t('entry.target', { instrument: short, number: entry.number }) };
          }
          const name = paragraph
            ? t('entry.articleParagraph', { instrument: short, number: entry.number, paragraph: paragraph.split('.').join(')(') })
            : t('entry.article', { instrument: short, number: entry.number });
          return { ...described, name };
        }
        case 'instrument':
          return { ...described, name: shortNameOf(entry, lang) };
        case 'mechanism':
          return { ...described, name: entry.shortName };
        case 'recommendation': {
          const pin = entry.paragraph ? t('entry.paragraph', { number: entry.paragraph }) : undefined;
          const name = [entry.document, pin].filter(Boolean).join(', ') || entry.id;
          return { ...described, name };
        }
        default: {
          const { heading: _unused, ...rest } = described;
          return { ...rest, name: label.text };
        }
      }
    },
    [catalog, lang, t],
  );
}
