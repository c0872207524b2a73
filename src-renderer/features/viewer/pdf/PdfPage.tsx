import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { normaliseRotation, pageBoxToViewport, viewportBoxToPage, viewportSize, type Box, type PageGeometry, type Rotation } from '../../../../shared/evidence/page-geometry';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { ExcerptHighlights } from '../excerpt/ExcerptHighlights';
import { RectangleDrawer } from '../excerpt/RectangleDrawer';

export type PdfPageProps = {
  doc: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  rotation: Rotation;
  top: number;
  /** Text runs (spans) of this page that hold find matches, and those of the current match. */
  findRuns: readonly number[];
  currentRuns: readonly number[];
  excerpts: readonly Excerpt[];
  drawing: boolean;
  onDrawn(page: number, box: Box): void;
  onGeometry(page: number, geometry: PageGeometry): void;
};

/**
 * One page: canvas, selectable text layer, excerpt highlights and (in drawing mode) the rectangle layer. Only pages
 * near the viewport are mounted; unmounting cancels rendering and frees the page, so bitmaps live in memory only
 * while shown (I5: nothing is cached anywhere else).
 */
/** pdf.js sizes text-layer spans by measuring glyphs on a 2D canvas; without one (a test DOM) there is no layer. */
let measurable: boolean | undefined;
const canMeasureText = (): boolean => (measurable ??= document.createElement('canvas').getContext('2d') !== null);

export function PdfPage({ doc, pageNumber, scale, rotation, top, findRuns, currentRuns, excerpts, drawing, onDrawn, onGeometry }: PdfPageProps) {
  const { t } = useTranslation('viewer');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [geometry, setGeometry] = useState<PageGeometry | undefined>();
  const [textDivs, setTextDivs] = useState<HTMLElement[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    let renderTask: RenderTask | undefined;
    let textLayer: TextLayer | undefined;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      if (!live) return;
      const rot = normaliseRotation(page.rotate + rotation);
      const pageGeometry: PageGeometry = { viewBox: page.view as [number, number, number, number], scale, rotation: rot };
      setGeometry(pageGeometry);
      onGeometry(pageNumber, pageGeometry);
      const viewport = page.getViewport({ scale, rotation: rot });
      const canvas = canvasRef.current;
      const ratio = window.devicePixelRatio || 1;
      // A canvas without a 2D context (a test DOM) just stays blank; the text layer and excerpts still work.
      if (canvas?.getContext('2d')) {
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        renderTask = page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) });
        await renderTask.promise;
      }
      const container = textRef.current;
      if (!live || !container || !canMeasureText()) return;
      container.replaceChildren();
      container.style.setProperty('--total-scale-factor', String(scale * (page.userUnit || 1)));
      textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport });
      await textLayer.render();
      if (live) setTextDivs(textLayer.textDivs);
    })().catch((error: unknown) => {
      const name = (error as { name?: string } | undefined)?.name;
      if (live && name !== 'RenderingCancelledException' && name !== 'AbortException') setFailed(true);
    });
    return () => {
      live = false;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [doc, pageNumber, scale, rotation, onGeometry]);

  useEffect(() => {
    const hits = new Set(findRuns);
    const current = new Set(currentRuns);
    textDivs.forEach((div, i) => {
      div.classList.toggle('find-hit', hits.has(i));
      div.classList.toggle('find-current', current.has(i));
    });
    if (current.size > 0) textDivs[Math.min(...current)]?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [textDivs, findRuns, currentRuns]);

  const size = geometry ? viewportSize(geometry) : undefined;
  return (
    <div
      className="pdf-page"
      data-page-number={pageNumber}
      data-testid="pdf-page"
      aria-label={t('pdf.pageLabel', { page: pageNumber })}
      role="region"
      style={{ top, ...(size ? { width: size.width, height: size.height } : {}) }}
    >
      <canvas ref={canvasRef} className="pdf-canvas" style={size ? { width: size.width, height: size.height } : undefined} />
      <div ref={textRef} className="textLayer" />
      {geometry && <ExcerptHighlights excerpts={excerpts} toScreen={(box) => pageBoxToViewport(box, geometry)} />}
      {drawing && geometry && <RectangleDrawer onDrawn={(box) => onDrawn(pageNumber, viewportBoxToPage(box, geometry))} />}
      {failed && <p className="notice notice-error pdf-page-error">{t('pdf.pageRenderFailed')}</p>}
    </div>
  );
}
