import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export type ExcerptToolsProps = {
  drawing: boolean;
  onToggleDrawing(): void;
  /** Absent where there is no text to select (images). */
  onFromSelection?(): void;
  notice: 'created' | 'noSelection' | undefined;
};

export function ExcerptTools({ drawing, onToggleDrawing, onFromSelection, notice }: ExcerptToolsProps) {
  const { t } = useTranslation('viewer');
  useEffect(() => {
    if (!drawing) return;
    const stop = (event: KeyboardEvent) => event.key === 'Escape' && onToggleDrawing();
    window.addEventListener('keydown', stop);
    return () => window.removeEventListener('keydown', stop);
  }, [drawing, onToggleDrawing]);
  return (
    <div className="excerpt-tools">
      {onFromSelection && (
        // mousedown would move focus and, in some engines, clear the selection before the click reads it.
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onFromSelection}>
          {t('excerpt.fromSelection')}
        </button>
      )}
      <button type="button" aria-pressed={drawing} onClick={onToggleDrawing}>
        {drawing ? t('excerpt.stopDrawing') : t('excerpt.draw')}
      </button>
      <span aria-live="polite" className="muted">
        {drawing ? t('excerpt.drawing') : notice === 'created' ? t('excerpt.created') : notice === 'noSelection' ? t('excerpt.noSelection') : ''}
      </span>
    </div>
  );
}
