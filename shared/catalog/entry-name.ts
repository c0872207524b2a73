// How a stored tag id reads to a person: a short name ("ICCPR art. 19", "SDG 16.10") and, for articles and the
// like, a heading in the reader's language. Renames and retirements are followed, so an old tag still says what
// it meant. The app's chips and the exports (case dossier, table of cases by article) all name entries this way.
import type { Translate } from '../i18n/translate';
import { labelOf } from './lookup';
import type { Lang } from './schema';
import { shortNameOf } from './short-names';
import { resolveTagTarget, resolvedEntry } from './tag-migration';
import type { Catalog, CatalogEntry } from './types';

export type EntryName = {
  target: string;
  entry?: CatalogEntry;
  name: string;
  heading?: string;
  /** The heading (or name, when there is no heading) is English because the reader's language has no label. */
  fellBack: boolean;
  retired: boolean;
};

export function entryName(target: string, catalog: Catalog, lang: Lang, t: Translate): EntryName {
  const resolution = resolveTagTarget(target, catalog);
  const entry = resolvedEntry(resolution);
  const retired = resolution.status === 'retired';
  if (!entry) return { target, name: t('catalog:entry.unknown', { id: target }), fellBack: false, retired };
  const label = labelOf(entry, lang);
  const described = { target, entry, heading: label.text, fellBack: label.fellBack, retired };
  switch (entry.kind) {
    case 'article': {
      const instrument = catalog.entries.get(entry.instrumentId);
      const short = instrument?.kind === 'instrument' ? shortNameOf(instrument, lang) : entry.instrumentId;
      const paragraph = resolution.status === 'current' || resolution.status === 'renamed' ? resolution.paragraph : undefined;
      // SDG targets are numbered, not articles: "SDG 16.10", never "SDG art. 16.10".
      if (instrument?.kind === 'instrument' && instrument.family === 'sdg') {
        return { ...described, name: t('catalog:entry.target', { instrument: short, number: entry.number }) };
      }
      const name = paragraph
        ? t('catalog:entry.articleParagraph', { instrument: short, number: entry.number, paragraph: paragraph.split('.').join(')(') })
        : t('catalog:entry.article', { instrument: short, number: entry.number });
      return { ...described, name };
    }
    case 'instrument':
      return { ...described, name: shortNameOf(entry, lang) };
    case 'mechanism':
      return { ...described, name: entry.shortName };
    case 'recommendation': {
      const pin = entry.paragraph ? t('catalog:entry.paragraph', { number: entry.paragraph }) : undefined;
      const name = [entry.document, pin].filter(Boolean).join(', ') || entry.id;
      return { ...described, name };
    }
    default: {
      const { heading: _unused, ...rest } = described;
      return { ...rest, name: label.text };
    }
  }
}
