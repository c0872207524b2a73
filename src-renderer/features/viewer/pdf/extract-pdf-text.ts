// Text for the encrypted search index. pdf.js parses and extracts in its worker; this side only receives text
// items, one page at a time, and releases each page before the next, so a 2,000-page file never has its pages
// (let alone rendered bitmaps) held at once.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { hasText, pageTextOf, parsePdfDate, type PdfDocumentInfo, type PdfPageText, type PdfText, type TextRun } from '../../../../shared/evidence/pdf-text';
import { loadPdf } from './pdf-engine';
import { PdfOpenError } from './pdf-open-error';

const isRun = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

/** The runs of one page, in content order; the page's resources are released once they are read. */
export async function readPageRuns(doc: PDFDocumentProxy, pageNumber: number): Promise<TextRun[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    return content.items.filter(isRun).map(({ str, hasEOL }) => ({ str, hasEOL }));
  } finally {
    page.cleanup();
  }
}

export async function readDocumentInfo(doc: PDFDocumentProxy): Promise<PdfDocumentInfo> {
  const { info } = await doc.getMetadata().catch(() => ({ info: {} as Record<string, unknown> }));
  const field = (key: string): string | undefined => {
    const value = (info as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() ? value : undefined;
  };
  const creationDate = parsePdfDate(field('CreationDate'));
  return {
    pages: doc.numPages,
    ...(field('Producer') ? { producer: field('Producer') } : {}),
    ...(field('Creator') ? { creator: field('Creator') } : {}),
    ...(field('Title') ? { title: field('Title') } : {}),
    ...(creationDate ? { creationDate } : {}),
  };
}

/** Every page's text from an open document; stops between pages when `signal` aborts. */
export async function readDocumentText(doc: PDFDocumentProxy, signal?: AbortSignal): Promise<PdfText> {
  const pages: PdfPageText[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    if (signal?.aborted) throw new PdfOpenError('aborted', signal.reason);
    pages.push({ page, text: pageTextOf(await readPageRuns(doc, page)).text });
  }
  return { pages, hasTextLayer: hasText(pages), info: await readDocumentInfo(doc) };
}

/**
 * Extracts each page's text. Throws PdfOpenError: `encrypted` (needs a password), `invalid` (truncated or not a
 * PDF), `missing`, `aborted`, or `unreadable` (anything else pdf.js rejects).
 */
export async function extractPdfText(data: Uint8Array | URL, options: { signal?: AbortSignal } = {}): Promise<PdfText> {
  const doc = await loadPdf(data, options.signal);
  try {
    return await readDocumentText(doc, options.signal);
  } catch (error) {
    throw PdfOpenError.from(error);
  } finally {
    await doc.destroy();
  }
}
