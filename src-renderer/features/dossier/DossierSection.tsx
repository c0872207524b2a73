import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/export/case-disclosure';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { CasesRecords } from '../cases/cases-records';
import { useCatalogStore } from '../catalog/catalog-store';
import { dossierFileName, loadDossier } from './load-dossier';
import { DOCX_TYPE, saveFile } from '../../platform/save-file';
import { useTranslate } from '../../i18n/use-translate';

type Props = { records: CasesRecords; caseId: string; onOpenPrint(audience: Audience): void };

/** The case dossier, for the chosen audience: as a Word file, or as a page to print or save as PDF. */
export function DossierSection({ records, caseId, onOpenPrint }: Props) {
  const { t } = useTranslation(['dossier', 'export']);
  const { lang, translate } = useTranslate();
  const catalog = useCatalogStore((s) => s.catalog);
  const baseId = useId();
  const [audience, setAudience] = useState<Audience>('legal-team');
  const [isWorking, setWorking] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<AppError>();

  const downloadDocx = async () => {
    setWorking(true);
    setSaved(undefined);
    setError(undefined);
    try {
      const document = await loadDossier(records, caseId, { audience, lang, t: translate, catalog });
      // The Word writer is loaded on first use: most sessions never export a dossier.
      const { writeDocx } = await import('../../../shared/export/document-docx');
      const fileName = dossierFileName(audience, caseId);
      saveFile(await writeDocx(document), fileName, DOCX_TYPE);
      setSaved(fileName);
    } catch (caught) {
      setError(coerceError(caught));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{t('action.heading')}</h2>
      <p className="muted">{t('action.explain')}</p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${baseId}-audience`}>{t('audience.label')}</label>
          <select id={`${baseId}-audience`} value={audience} onChange={(event) => setAudience(event.target.value as Audience)}>
            <option value="legal-team">{t('export:audience.legal-team')}</option>
            <option value="publication">{t('export:audience.publication')}</option>
          </select>
        </div>
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={isWorking} onClick={() => void downloadDocx()}>
          {t('action.docx')}
        </button>
        <button type="button" onClick={() => onOpenPrint(audience)}>
          {t('action.print')}
        </button>
      </div>
      {isWorking && <p role="status">{t('action.working')}</p>}
      {saved && (
        <p className="notice notice-success" role="status">
          {t('action.ready', { fileName: saved })}
        </p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
