import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { earliest, type CaseEvent } from '../../../shared/model';
import type { AppError } from '../../../shared/result';
import type { CasesRecords } from './cases-records';
import { EventRow } from './EventRow';
import { SaveError } from './SaveError';
import type { TagPickerSlot } from './CaseFieldsSection';

// Timeline order at load: dated events by their first possible day, undated ones last in the order entered.
const byTimeline = (a: CaseEvent, b: CaseEvent) => {
  const [x, y] = [a.when ? earliest(a.when) : '9999', b.when ? earliest(b.when) : '9999'];
  return x === y ? a.createdAt.localeCompare(b.createdAt) : x.localeCompare(y);
};

type Props = { records: CasesRecords; caseId: string; initial: CaseEvent[]; tagPicker?: TagPickerSlot };

export function EventsSection({ records, caseId, initial, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  // Sorted once: rows must not jump while a date is being typed.
  const [events, setEvents] = useState(() => [...initial].sort(byTimeline));
  const [error, setError] = useState<AppError>();

  async function add() {
    const saved = await records.events.save({ caseId, type: 'incident', description: '' });
    setError(saved.ok ? undefined : saved.error);
    if (saved.ok) setEvents((list) => [...list, saved.value]);
  }

  async function remove(id: string) {
    await records.events.delete(id);
    await records.drafts.delete(`event:${id}`);
    setEvents((list) => list.filter((e) => e.id !== id));
  }

  return (
    <section className="stack" aria-label={t('editor.events')}>
      <h2>{t('editor.events')}</h2>
      {events.length === 0 && <p className="muted">{t('event.none')}</p>}
      <ol className="timeline stack">
        {events.map((event, index) => (
          <EventRow key={event.id} records={records} event={event} position={index + 1} onRemove={() => void remove(event.id)} tagPicker={tagPicker} />
        ))}
      </ol>
      <SaveError error={error} />
      <button type="button" onClick={() => void add()}>
        {t('event.add')}
      </button>
    </section>
  );
}
