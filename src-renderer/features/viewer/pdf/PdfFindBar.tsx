import { useTranslation } from 'react-i18next';

export type PdfFindBarProps = {
  query: string;
  onQuery(query: string): void;
  /** Index of the current match (0-based) and how many there are; undefined while the text is still being read. */
  current: number;
  count: number | undefined;
  onStep(direction: 1 | -1): void;
};

export function PdfFindBar({ query, onQuery, current, count, onStep }: PdfFindBarProps) {
  const { t } = useTranslation('viewer');
  const status =
    count === undefined ? t('pdf.findLoading') : !query.trim() ? '' : count === 0 ? t('pdf.findNone') : t('pdf.findCount', { current: current + 1, count });
  return (
    <div className="find-bar" role="search">
      <input
        type="search"
        aria-label={t('pdf.find')}
        placeholder={t('pdf.find')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onStep(event.shiftKey ? -1 : 1);
        }}
      />
      <button type="button" aria-label={t('pdf.findPrevious')} disabled={!count} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label={t('pdf.findNext')} disabled={!count} onClick={() => onStep(1)}>
        ↓
      </button>
      <span role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
    </div>
  );
}
