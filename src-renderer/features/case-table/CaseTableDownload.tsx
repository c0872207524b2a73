import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildCaseTable } from '../../../shared/export/case-table';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useTranslate } from '../../i18n/use-translate';
import { CSV_TYPE, saveFile, XLSX_TYPE } from '../../platform/save-file';
import { useRecords } from '../../records';
import { useCatalogStore } from '../catalog/catalog-store';

type Format = 'csv' | 'xlsx';

/**
 * The table of cases by article for the article or instrument on screen, as a file for a partner's spreadsheet.
 * Read from the working copy when asked, so it holds what was saved up to the click.
 */
export function CaseTableDownload({ entryId }: { entryId: string }) {
  const { t } = useTranslation('dossier');
  const { lang, translate } = useTranslate();
  const records = useRecords((s) => s.records);
  const catalog = useCatalogStore((s) => s.catalog);
  const headingId = useId();
  const [working, setWorking] = useState<Format>();
  const [error, setError] = useState<AppError>();
  const [isEmpty, setEmpty] = useState(false);

  const download = async (format: Format) => {
    if (!records) return;
    setWorking(format);
    setError(undefined);
    setEmpty(false);
    try {
      const [cases, events, caseItems] = await Promise.all([records.cases.list(), records.events.list(), records.caseItems.list()]);
      const table = buildCaseTable({ cases, events, caseItems }, { catalog, lang, t: translate, scope: entryId });
      if (!table.ok) return setError(table.error);
      if (table.value.rows.length === 0) return setEmpty(true);
      const files = await import('../../../shared/export/case-table-files');
      // The id, not the article's name, goes into the file name: it is the same in every language and safe on any disk.
      const fileName = `tamga-cases-${entryId.replace(/[^A-Za-z0-9.-]/g, '_')}-${new Date().toISOString().slice(0, 10)}.${format}`;
      if (format === 'csv') saveFile(files.caseTableCsv(table.value), fileName, CSV_TYPE);
      else saveFile(await files.caseTableXlsx(table.value, t('table.sheet')), fileName, XLSX_TYPE);
    } catch (caught) {
      setError(coerceError(caught));
    } finally {
      setWorking(undefined);
    }
  };

  return (
    <section className="case-table-download" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('table.heading')}</h4>
      <p className="muted">{t('table.explain')}</p>
      <div className="row">
        <button type="button" disabled={!records || working !== undefined} onClick={() => void download('csv')} aria-describedby={headingId}>
          {t('table.csv')}
        </button>
        <button type="button" disabled={!records || working !== undefined} onClick={() => void download('xlsx')} aria-describedby={headingId}>
          {t('table.xlsx')}
        </button>
      </div>
      {working && <p role="status">{t('table.working')}</p>}
      {isEmpty && <p className="notice">{t('table.empty')}</p>}
      <ErrorNotice error={error} />
    </section>
  );
}
