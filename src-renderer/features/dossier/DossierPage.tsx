import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/export/case-disclosure';
import type { PrintableDocument } from '../../../shared/export/printable-document';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { CasesRecords } from '../cases/cases-records';
import { useCatalogStore } from '../catalog/catalog-store';
import { loadDossier } from './load-dossier';
import { PrintableDocumentView } from './PrintableDocumentView';
import { useTranslate } from '../../i18n/use-translate';
import './dossier.css';

type Props = { records: CasesRecords; caseId: string; audience: Audience; onBack(): void };

/**
 * The dossier as a page to print: the document alone, with Back and Print above it that never reach paper. The
 * browser's own print (or Electron's) makes the PDF, with its fonts embedded and its text selectable.
 */
export function DossierPage({ records, caseId, audience, onBack }: Props) {
  const { t } = useTranslation('dossier');
  const { lang, translate } = useTranslate();
  const catalog = useCatalogStore((s) => s.catalog);
  const [document, setDocument] = useState<PrintableDocument>();
  const [error, setError] = useState<AppError>();

  useEffect(() => {
    let live = true;
    loadDossier(records, caseId, { audience, lang, t: translate, catalog }).then(
      (built) => live && setDocument(built),
      (caught: unknown) => live && setError(coerceError(caught)),
    );
    return () => {
      live = false;
    };
  }, [records, caseId, audience, lang, translate, catalog]);

  return (
    <div className="dossier-page">
      <div className="dossier-toolbar no-print" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" onClick={onBack}>
          {t('print.back')}
        </button>
        <span className="spacer" />
        <button type="button" className="primary" disabled={!document} onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {!document && !error && (
        <p className="working" role="status">
          {t('print.loading')}
        </p>
      )}
      {document && <PrintableDocumentView document={document} />}
    </div>
  );
}
