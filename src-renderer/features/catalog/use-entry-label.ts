import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKind, Lang } from '../../../shared/catalog';
import { entryName, type EntryName } from '../../../shared/catalog/entry-name';
import { isLanguage } from '../../../shared/i18n/resources';
import { useCatalogStore } from './catalog-store';

/** How a catalog id reads on screen: a short name ("ICCPR art. 19") and, for articles and the like, a heading. */
export type EntryLabel = EntryName;

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
  return useCallback((target: string): EntryLabel => entryName(target, catalog, lang, (key, values) => t(key, values)), [catalog, lang, t]);
}
