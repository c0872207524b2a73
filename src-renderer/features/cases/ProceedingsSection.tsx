import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newRecordId, type Proceeding } from '../../../shared/model';
import type { CasesRecords } from './cases-records';
import { ProceedingRow } from './ProceedingRow';

export function ProceedingsSection({ records, caseId, initial }: { records: CasesRecords; caseId: string; initial: Proceeding[] }) {
  const { t } = useTranslation('cases');
  const [rows, setRows] = useState(() =>
    [...initial].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((p) => ({ id: p.id, proceeding: p as Proceeding | undefined })),
  );

  async function remove(id: string) {
    await records.proceedings.delete(id);
    await records.drafts.delete(`proceeding:${id}`);
    setRows((list) => list.filter((r) => r.id !== id));
  }

  return (
    <section className="stack" aria-label={t('editor.proceedings')}>
      <h2>{t('editor.proceedings')}</h2>
      {rows.length === 0 && <p className="muted">{t('proceeding.none')}</p>}
      <ol className="proceedings stack">
        {rows.map((row, index) => (
          <ProceedingRow key={row.id} records={records} caseId={caseId} id={row.id} proceeding={row.proceeding} position={index + 1} onRemove={() => void remove(row.id)} />
        ))}
      </ol>
      <button type="button" onClick={() => setRows((list) => [...list, { id: newRecordId(), proceeding: undefined }])}>
        {t('proceeding.add')}
      </button>
    </section>
  );
}
