import { useTranslation } from 'react-i18next';
import type { EntryLabel } from './use-entry-label';

/** Name, heading and a visible "(English)" marker when the UI language has no label of its own. */
export function EntryText({ label, kind }: { label: EntryLabel; kind?: string }) {
  const { t } = useTranslation('catalog');
  return (
    <span className="entry-text">
      {kind && (
        <>
          <span className="entry-kind">{kind}</span>{' '}
        </>
      )}
      <span className="entry-name">{label.name}</span>
      {label.heading && (
        <>
          {' — '}
          <span className="entry-heading" lang={label.fellBack ? 'en' : undefined}>
            {label.heading}
          </span>
        </>
      )}
      {label.fellBack && (
        <>
          {' '}
          <span className="entry-fallback">{t('entry.englishMarker')}</span>
        </>
      )}
      {label.retired && (
        <>
          {' '}
          <span className="entry-retired">{t('entry.retired')}</span>
        </>
      )}
    </span>
  );
}
