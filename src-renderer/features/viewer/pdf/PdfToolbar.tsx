import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type PdfToolbarProps = {
  page: number;
  pageCount: number;
  scale: number;
  onZoom(factor: number): void;
  onFit(): void;
  onRotate(): void;
  onJump(page: number): void;
};

/** Zoom, rotation and the page box. The page box commits on Enter or blur, so typing "12" does not visit page 1. */
export function PdfToolbar({ page, pageCount, scale, onZoom, onFit, onRotate, onJump }: PdfToolbarProps) {
  const { t } = useTranslation('viewer');
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  const commit = () => {
    const wanted = Number.parseInt(typed, 10);
    if (Number.isInteger(wanted)) onJump(Math.min(pageCount, Math.max(1, wanted)));
    else setTyped(String(page));
  };
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label={t('pdf.toolbar')}>
      <button type="button" onClick={() => onZoom(1 / 1.25)} aria-label={t('pdf.zoomOut')}>
        −
      </button>
      <span role="status" aria-live="polite">{t('pdf.zoomLevel', { percent: Math.round(scale * 100) })}</span>
      <button type="button" onClick={() => onZoom(1.25)} aria-label={t('pdf.zoomIn')}>
        +
      </button>
      <button type="button" onClick={onFit}>
        {t('pdf.fit')}
      </button>
      <button type="button" onClick={onRotate} aria-label={t('pdf.rotate')}>
        ↻
      </button>
      <label className="page-jump">
        {t('pdf.page')}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={pageCount}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />{' '}
        {t('pdf.pageOf', { count: pageCount })}
      </label>
    </div>
  );
}
