import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/evidence/page-geometry';

/**
 * A transparent layer over a page or image that turns one drag into a box in its own CSS pixels; the caller converts
 * the box to page units. Tiny drags (a click) are ignored so a stray click does not create an excerpt.
 */
export function RectangleDrawer({ onDrawn }: { onDrawn(box: Box): void }) {
  const { t } = useTranslation('viewer');
  const start = useRef<{ x: number; y: number } | undefined>(undefined);
  const [box, setBox] = useState<Box | undefined>();
  const local = (event: PointerEvent<HTMLDivElement>) => {
    const origin = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - origin.left, y: event.clientY - origin.top };
  };
  const boxFrom = (a: { x: number; y: number }, b: { x: number; y: number }): Box => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  });
  return (
    <div
      className="rectangle-drawer"
      data-testid="rectangle-drawer"
      aria-label={t('excerpt.drawing')}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture?.(event.pointerId);
        start.current = local(event);
        setBox({ ...start.current, width: 0, height: 0 });
      }}
      onPointerMove={(event) => {
        if (start.current) setBox(boxFrom(start.current, local(event)));
      }}
      onPointerUp={(event) => {
        const from = start.current;
        start.current = undefined;
        setBox(undefined);
        if (!from) return;
        const drawn = boxFrom(from, local(event));
        if (drawn.width >= 4 && drawn.height >= 4) onDrawn(drawn);
      }}
    >
      {box && <div className="drawn-box" style={{ left: box.x, top: box.y, width: box.width, height: box.height }} />}
    </div>
  );
}
