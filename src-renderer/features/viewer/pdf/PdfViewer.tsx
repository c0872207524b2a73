import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../../../shared/model/excerpt';
import { usePdfDocument } from './use-pdf-document';
import { PdfDocumentView } from './PdfDocumentView';
import type { PdfSource } from './pdf-engine';

export type PdfViewerProps = {
  source: PdfSource;
  itemId: string;
  excerpts: readonly Excerpt[];
  onCreateExcerpt(excerpt: Excerpt): void;
  /** Opens at this page (a search hit's), with these words in the find bar and their matches marked. */
  startPage?: number;
  startFind?: string;
};

/** Opens the PDF and shows it, or says in words why it cannot; the item stays listed and hashed either way. */
export function PdfViewer({ source, ...rest }: PdfViewerProps) {
  const { t } = useTranslation('viewer');
  const opened = usePdfDocument(source);
  if (opened.state === 'loading') return <p className="muted">{t('pdf.loading')}</p>;
  if (opened.state === 'failed') {
    const messages = {
      encrypted: t('pdf.error.encrypted'),
      invalid: t('pdf.error.invalid'),
      missing: t('pdf.error.missing'),
      aborted: t('pdf.error.aborted'),
      unreadable: t('pdf.error.unreadable'),
    };
    return (
      <p className="notice notice-error" role="alert" data-testid="pdf-error" data-code={opened.code}>
        {messages[opened.code]}
      </p>
    );
  }
  // Another hit in the same file opens it afresh at its own page.
  return <PdfDocumentView key={`${rest.startPage ?? ''}:${rest.startFind ?? ''}`} doc={opened.doc} {...rest} />;
}
