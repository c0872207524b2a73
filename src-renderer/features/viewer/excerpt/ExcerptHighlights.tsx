import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../shared/model/excerpt';
import type { Box } from '../../../../shared/evidence/page-geometry';
import { boxesOf } from './new-excerpt';

/**
 * Excerpts drawn over a page or image. `toScreen` maps a stored box (page units) to CSS px at the current zoom and
 * rotation, so highlights are recomputed, never stored, in pixels. (React sets `style` through the CSSOM, which the
 * CSP's style-src 'self' allows.)
 */
export function ExcerptHighlights({ excerpts, toScreen }: { excerpts: readonly Excerpt[]; toScreen(box: Box): Box }) {
  const { t } = useTranslation('viewer');
  return (
    <div className="excerpt-layer">
      {excerpts.flatMap((excerpt) =>
        boxesOf(excerpt).map((box, i) => {
          const on = toScreen(box);
          return (
            <div
              key={`${excerpt.id}-${i}`}
              className="excerpt-highlight"
              data-testid="excerpt-highlight"
              title={excerpt.quote ? t('excerpt.highlight', { quote: excerpt.quote }) : t('excerpt.region')}
              data-box={`${on.x.toFixed(1)},${on.y.toFixed(1)},${on.width.toFixed(1)},${on.height.toFixed(1)}`}
              style={{ left: on.x, top: on.y, width: on.width, height: on.height }}
            />
          );
        }),
      )}
    </div>
  );
}
