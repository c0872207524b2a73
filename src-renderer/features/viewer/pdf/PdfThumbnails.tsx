import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PdfThumbnail, THUMBNAIL_WIDTH } from './PdfThumbnail';
import { visiblePages } from './page-window';

/** The page strip, windowed like the pages: a 2,000-page ruling mounts a dozen thumbnails, not 2,000 canvases. */
export function PdfThumbnails({ doc, aspect, current, onSelect }: { doc: PDFDocumentProxy; aspect: number; current: number; onSelect(page: number): void }) {
  const { t } = useTranslation('viewer');
  const [view, setView] = useState({ top: 0, height: 600 });
  const slot = Math.round(THUMBNAIL_WIDTH * aspect) + 28;
  return (
    <nav
      className="pdf-thumbnails"
      aria-label={t('pdf.thumbnails')}
      onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight || 600 })}
    >
      <div className="pdf-thumbnails-track" style={{ height: slot * doc.numPages }}>
        {visiblePages(view.top, view.height, slot, doc.numPages, 2).map((page) => (
          <PdfThumbnail key={page} doc={doc} pageNumber={page} top={(page - 1) * slot} isCurrent={page === current} onSelect={onSelect} />
        ))}
      </div>
    </nav>
  );
}
