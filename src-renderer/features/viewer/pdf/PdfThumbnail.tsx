import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

export const THUMBNAIL_WIDTH = 120;

/** A small rendering of one page, drawn to an in-memory canvas only while its slot is on screen. */
export function PdfThumbnail({ doc, pageNumber, top, isCurrent, onSelect }: { doc: PDFDocumentProxy; pageNumber: number; top: number; isCurrent: boolean; onSelect(page: number): void }) {
  const { t } = useTranslation('viewer');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    let task: RenderTask | undefined;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      const canvas = canvasRef.current;
      if (!live || !canvas?.getContext('2d')) return;
      const viewport = page.getViewport({ scale: THUMBNAIL_WIDTH / page.getViewport({ scale: 1 }).width });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, viewport });
      await task.promise;
    })().catch(() => undefined);
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, pageNumber]);
  return (
    <button
      type="button"
      className={isCurrent ? 'pdf-thumbnail current' : 'pdf-thumbnail'}
      style={{ top }}
      aria-label={t('pdf.thumbnail', { page: pageNumber })}
      aria-current={isCurrent ? 'page' : undefined}
      data-testid="pdf-thumbnail"
      onClick={() => onSelect(pageNumber)}
    >
      <canvas ref={canvasRef} />
      <span>{pageNumber}</span>
    </button>
  );
}
