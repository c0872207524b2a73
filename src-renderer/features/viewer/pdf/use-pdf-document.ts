import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { loadPdf, type PdfSource } from './pdf-engine';
import { PdfOpenError, type PdfOpenErrorCode } from './pdf-open-error';

export type PdfDocumentState = { state: 'loading' } | { state: 'open'; doc: PDFDocumentProxy } | { state: 'failed'; code: PdfOpenErrorCode };

/** Opens the document for as long as the component shows it; unmounting destroys it (and its worker-side pages). */
export function usePdfDocument(source: PdfSource): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let opened: PDFDocumentProxy | undefined;
    setState({ state: 'loading' });
    loadPdf(source, controller.signal).then(
      (doc) => {
        opened = doc;
        if (controller.signal.aborted) void doc.destroy();
        else setState({ state: 'open', doc });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ state: 'failed', code: PdfOpenError.from(error).code });
      },
    );
    return () => {
      controller.abort();
      void opened?.destroy();
    };
  }, [source]);
  return state;
}
