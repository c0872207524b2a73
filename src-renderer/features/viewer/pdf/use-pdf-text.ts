import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { prepareFind } from '../../../../shared/evidence/find-in-text';
import { hasText, pageTextOf } from '../../../../shared/evidence/pdf-text';
import { readPageRuns } from './extract-pdf-text';

export type PageTextModel = { page: number; text: string; runStarts: number[] };
export type PdfTextState = { state: 'reading'; pagesRead: number } | { state: 'read'; pages: PageTextModel[]; hasTextLayer: boolean };

/**
 * Reads every page's text once, in the background, for find and for the "scanned — no text" mark. Text (not
 * rendered pages) is all that is kept; for a 2,000-page ruling that is a few megabytes at most.
 */
export function usePdfText(doc: PDFDocumentProxy): PdfTextState {
  const [state, setState] = useState<PdfTextState>({ state: 'reading', pagesRead: 0 });
  useEffect(() => {
    let live = true;
    void (async () => {
      const pages: PageTextModel[] = [];
      for (let page = 1; page <= doc.numPages && live; page++) {
        const runs = await readPageRuns(doc, page).catch(() => []);
        const model = { page, ...pageTextOf(runs) };
        // Words are read for find page by page, between pages of text, not all at once on the first keystroke.
        prepareFind(model);
        pages.push(model);
      }
      if (live) setState({ state: 'read', pages, hasTextLayer: hasText(pages) });
    })();
    return () => {
      live = false;
    };
  }, [doc]);
  return state;
}
