import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Records } from '../../records';
import { rowsToBatch } from './rows-to-batch';
import { SpreadsheetImportDialog } from './SpreadsheetImportDialog';

/** The button on the cases list that opens the import, and the commit that writes every row or none. */
export function SpreadsheetImportLauncher({ records, onImported }: { records: Pick<Records, 'people' | 'importBatch'>; onImported(): void }) {
  const { t, i18n } = useTranslation('spreadsheet');
  const [isOpen, setOpen] = useState(false);
  const language = i18n.language === 'ru' || i18n.language === 'kk' ? i18n.language : 'en';
  if (!isOpen) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('dialog.open')}
      </button>
    );
  }
  return (
    <SpreadsheetImportDialog
      onClose={() => setOpen(false)}
      onCommit={async (rows) => {
        const result = await records.importBatch(rowsToBatch(rows, await records.people.list(), language));
        if (!result.ok) return result;
        onImported();
        return { ok: true, value: { cases: result.value.cases } };
      }}
    />
  );
}
