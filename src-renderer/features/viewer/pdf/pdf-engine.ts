// The one place pdf.js is configured. The worker is bundled (Vite emits it into assets/), so parsing and text
// extraction run off the UI thread and nothing is fetched from outside. The CSP forbids eval, so pdf.js's
// compiled-font fast path is off; standard-font and CMap data are not shipped, so pdf.js falls back to system
// fonts for the 14 standard fonts and cannot map legacy CJK encodings (neither fetches anything).
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { PdfOpenError } from './pdf-open-error';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfSource = Uint8Array | URL | string;

export function openPdf(source: PdfSource, options: { password?: string } = {}): PDFDocumentLoadingTask {
  const where =
    source instanceof Uint8Array
      ? // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes usable.
        { data: source.slice() }
      : { url: String(source) };
  return getDocument({
    ...where,
    ...(options.password !== undefined ? { password: options.password } : {}),
    isEvalSupported: false,
    enableXfa: false,
    // Read a big file by HTTP Range as pages are needed instead of streaming it all into memory.
    disableAutoFetch: true,
    disableStream: true,
    useWorkerFetch: false,
    verbosity: 0,
  });
}

/** Opens a document, turning pdf.js's exceptions into a typed PdfOpenError; aborting destroys the loading task. */
export async function loadPdf(source: PdfSource, signal?: AbortSignal) {
  const task = openPdf(source);
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await task.promise;
  } catch (error) {
    throw signal?.aborted ? new PdfOpenError('aborted', error) : PdfOpenError.from(error);
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}
