import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownSource } from '../../../shared/spreadsheet/source-match';
import type { Records } from '../../records';
import { rowsToBatch } from './rows-to-batch';
import { SpreadsheetImportDialog } from './SpreadsheetImportDialog';

/** The button on the cases list that opens the import, and the commit that writes every row or none. */
export function SpreadsheetImportLauncher({ records, onImported }: { records: Pick<Records, 'people' | 'sources' | 'importBatch'>; onImported(): void }) {
  const { t } = useTranslation('spreadsheet');
  const [knownSources, setKnownSources] = useState<KnownSource[]>();
  if (!knownSources) {
    return (
      <button
        type="button"
        // Sources are read before the dialog opens, so the preview already matches rows against every recorded one.
        // Sources saved before aliases existed come back without the field.
        onClick={async () => setKnownSources((await records.sources.list()).map(({ id, name, aliases }) => ({ id, name, aliases: aliases ?? [] })))}
      >
        {t('dialog.open')}
      </button>
    );
  }
  return (
    <SpreadsheetImportDialog
      knownSources={knownSources}
      onClose={() => setKnownSources(undefined)}
      onCommit={async (rows) => {
        const kept = { date: (text: string) => t('batch.unreadDate', { text }), tags: (codes: string) => t('batch.unreadTags', { codes }) };
        const result = await records.importBatch(rowsToBatch(rows, await records.people.list(), kept));
        if (!result.ok) return result;
        onImported();
        return { ok: true, value: { cases: result.value.cases } };
      }}
    />
  );
}
