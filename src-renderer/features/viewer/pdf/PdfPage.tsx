import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { normaliseRotation, pageBoxToViewport, viewportBoxToPage, viewportSize, type Box, type PageGeometry, type Rotation } from '../../../../shared/evidence/page-geometry';
import type { RunRange } from '../../../../shared/evidence/find-in-text';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { ExcerptHighlights } from '../excerpt/ExcerptHighlights';
import { RectangleDrawer } from '../excerpt/RectangleDrawer';

export type FindMark = RunRange & { current: boolean };

export type PdfPageProps = {
  doc: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  rotation: Rotation;
  top: number;
  /** The characters of this page's text runs (spans) that find matched; `current` for the match stepped to. */
  findMarks: readonly FindMark[];
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

export function PdfPage({ doc, pageNumber, scale, rotation, top, findMarks, excerpts, drawing, onDrawn, onGeometry }: PdfPageProps) {
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
    const byRun = new Map<number, FindMark[]>();
    for (const mark of findMarks) byRun.set(mark.run, [...(byRun.get(mark.run) ?? []), mark]);
    let current: HTMLElement | undefined;
    textDivs.forEach((div, run) => {
      const marks = byRun.get(run);
      if (marks || unmarked.has(div)) current = markRun(div, marks ?? []) ?? current;
    });
    current?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [textDivs, findMarks]);

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

/** The text of each span while marks split it. */
const unmarked = new WeakMap<HTMLElement, string>();

/**
 * Wraps the matched characters of one text span in marks, as pdf.js's own viewer does, so the words found are
 * highlighted rather than their whole line; the span's text stays the same, so selecting it for an excerpt is
 * unchanged. Returns the mark of the current match, if this span holds it.
 */
function markRun(div: HTMLElement, marks: readonly FindMark[]): HTMLElement | undefined {
  const text = unmarked.get(div) ?? div.textContent ?? '';
  if (marks.length === 0) {
    unmarked.delete(div);
    div.textContent = text;
    return undefined;
  }
  unmarked.set(div, text);
  const nodes: Node[] = [];
  let at = 0;
  let current: HTMLElement | undefined;
  for (const { start, end, current: isCurrent } of [...marks].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
    const mark = document.createElement('span');
    mark.className = isCurrent ? 'find-hit find-current' : 'find-hit';
    mark.textContent = text.slice(from, to);
    nodes.push(mark);
    if (isCurrent) current ??= mark;
    at = to;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  div.replaceChildren(...nodes);
  return current;
}
