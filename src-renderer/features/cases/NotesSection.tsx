import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newRecordId, type Note } from '../../../shared/model';
import type { CasesRecords } from './cases-records';
import { NoteRow } from './NoteRow';

export function NotesSection({ records, caseId, initial }: { records: CasesRecords; caseId: string; initial: Note[] }) {
  const { t } = useTranslation('cases');
  const [rows, setRows] = useState(() => [...initial].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((note) => ({ id: note.id, note: note as Note | undefined })));

  async function remove(id: string) {
    await records.notes.delete(id);
    await records.drafts.delete(`note:${id}`);
    setRows((list) => list.filter((r) => r.id !== id));
  }

  return (
    <section className="stack" aria-label={t('editor.notes')}>
      <h2>{t('editor.notes')}</h2>
      {rows.length === 0 && <p className="muted">{t('note.none')}</p>}
      <ul className="notes stack">
        {rows.map((row, index) => (
          <NoteRow key={row.id} records={records} caseId={caseId} id={row.id} note={row.note} position={index + 1} onRemove={() => void remove(row.id)} />
        ))}
      </ul>
      <button type="button" onClick={() => setRows((list) => [...list, { id: newRecordId(), note: undefined }])}>
        {t('note.add')}
      </button>
    </section>
  );
}
