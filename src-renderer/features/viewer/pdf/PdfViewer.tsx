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
  return <PdfDocumentView doc={opened.doc} {...rest} />;
}
