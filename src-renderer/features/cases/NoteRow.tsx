import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/model';
import { TextAreaField } from '../../app/TextAreaField';
import type { CasesRecords } from './cases-records';
import { SaveError } from './SaveError';
import { useAutosave } from './use-autosave';

const NOTE_EMPTY = { code: 'records.invalid', details: { refusal: 'noteEmpty' } } as const;

/** One note; a new one gets its id up front and is first stored when it has text. */
export function NoteRow({ records, caseId, id, note, position, onRemove }: { records: CasesRecords; caseId: string; id: string; note: Note | undefined; position: number; onRemove(): void }) {
  const { t } = useTranslation('cases');
  const form = useAutosave<string>({
    drafts: records.drafts,
    draftKey: `note:${id}`,
    initial: note?.text ?? '',
    validate: (text) => (text.trim() ? undefined : NOTE_EMPTY),
    save: (text) => records.notes.save({ ...note, id, caseId, text }),
  });
  return (
    <li className="stack">
      <TextAreaField label={t('note.label', { n: position })} value={form.value} onChange={(text) => form.change(() => text)} rows={3} />
      <SaveError error={form.state.phase === 'error' ? form.state.error : undefined} />
      <button type="button" className="link" onClick={onRemove}>
        {t('note.remove', { n: position })}
      </button>
    </li>
  );
}
