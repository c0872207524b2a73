// The viewer's public surface: the item page and the text extractor the search index feeds on.
export { ItemPage, type ItemPageProps } from './item/ItemPage';
export { extractPdfText } from './pdf/extract-pdf-text';
export { PdfOpenError, type PdfOpenErrorCode } from './pdf/pdf-open-error';
