import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfDocumentInfo } from '../../../../shared/evidence/pdf-text';
import { formatDateTime } from '../../../../shared/i18n/format';
import { readDocumentInfo } from './extract-pdf-text';

/** The document's own claims (title, producer, dates): shown as metadata, not trusted as facts. */
export function PdfInfoPanel({ doc }: { doc: PDFDocumentProxy }) {
  const { t, i18n } = useTranslation('viewer');
  const [info, setInfo] = useState<PdfDocumentInfo | undefined>();
  useEffect(() => {
    let live = true;
    void readDocumentInfo(doc).then((read) => live && setInfo(read));
    return () => {
      live = false;
    };
  }, [doc]);
  if (!info) return null;
  const date = info.creationDate ? formatDateTime(info.creationDate, i18n.language, { date: 'long', time: 'short' }) : undefined;
  return (
    <section aria-labelledby="pdf-metadata-title">
      <h2 id="pdf-metadata-title">{t('metadata.title')}</h2>
      <dl className="facts" data-testid="pdf-metadata">
        <dt>{t('metadata.pages')}</dt>
        <dd>{info.pages}</dd>
        {info.title && (
          <>
            <dt>{t('metadata.pdfTitle')}</dt>
            <dd>{info.title}</dd>
          </>
        )}
        {info.creator && (
          <>
            <dt>{t('metadata.creator')}</dt>
            <dd>{info.creator}</dd>
          </>
        )}
        {info.producer && (
          <>
            <dt>{t('metadata.producer')}</dt>
            <dd>{info.producer}</dd>
          </>
        )}
        {date && (
          <>
            <dt>{t('metadata.created')}</dt>
            <dd>
              <time dateTime={info.creationDate}>{date}</time>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
