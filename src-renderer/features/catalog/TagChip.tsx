import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryText } from './EntryText';
import type { Tag } from './tag';
import type { EntryLabel } from './use-entry-label';

type Props = { tag: Tag; label: EntryLabel; onRemove(): void; onNoteChange?: (note: string) => void };

/** A chosen tag: what it points at, a remove button named after it, and the monitor's reason it is engaged. */
export function TagChip({ tag, label, onRemove, onNoteChange }: Props) {
  const { t } = useTranslation('catalog');
  const noteId = useId();
  return (
    <li className="tag-chip">
      <div className="tag-chip-head">
        <EntryText label={label} />
        <button type="button" className="tag-chip-remove" aria-label={t('picker.remove', { name: label.name })} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {onNoteChange && (
        <div className="tag-chip-note">
          <label htmlFor={noteId}>{t('picker.note', { name: label.name })}</label>
          <input id={noteId} type="text" value={tag.note ?? ''} onChange={(event) => onNoteChange(event.target.value)} />
        </div>
      )}
    </li>
  );
}
