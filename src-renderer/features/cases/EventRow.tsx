import { useTranslation } from 'react-i18next';
import { EventType, type CaseEvent } from '../../../shared/model';
import { TextAreaField } from '../../app/TextAreaField';
import type { CasesRecords } from './cases-records';
import { dateRefusal, dateTextOf, readDateText } from './date-text';
import { ActorsField } from './ActorsField';
import { DateField } from './DateField';
import { DurationField, durationTextOf, readDurationText } from './DurationField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useAutosave } from './use-autosave';
import type { TagPickerSlot } from './CaseFieldsSection';

type EventFields = {
  type: CaseEvent['type'];
  description: string;
  dateText: string;
  /** Missing from a draft kept before events had a duration. */
  durationText?: string;
  placeText: string;
  /** Missing from a draft kept before the form edited actors; the event's own actors then stand. */
  actors?: CaseEvent['actors'];
  tags: string[];
  tagNotes: Record<string, string>;
};

/** One timeline event, autosaved on its own; an unreadable date refuses the save and keeps the draft. */
type Props = { records: CasesRecords; event: CaseEvent; position: number; onRemove(): void; tagPicker?: TagPickerSlot };

export function EventRow({ records, event, position, onRemove, tagPicker }: Props) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.language;
  const form = useAutosave<EventFields>({
    drafts: records.drafts,
    draftKey: `event:${event.id}`,
    initial: {
      type: event.type,
      description: event.description,
      dateText: dateTextOf(event.when, language),
      durationText: durationTextOf(event.duration, language),
      placeText: event.place && 'text' in event.place ? event.place.text : '',
      actors: event.actors,
      tags: event.tags,
      tagNotes: event.tagNotes,
    },
    validate: (fields) => {
      const duration = readDurationText(fields.durationText, language);
      return dateRefusal(fields.dateText, language) ?? (duration.ok ? undefined : duration.error);
    },
    async save(fields) {
      const when = readDateText(fields.dateText, language);
      if (!when.ok) return when;
      const duration = readDurationText(fields.durationText, language);
      if (!duration.ok) return duration;
      // A gazetteer place stays as picked unless the text box is used.
      const keepPlace = event.place && !('text' in event.place) && !fields.placeText.trim();
      const place = keepPlace ? event.place : fields.placeText.trim() ? { text: fields.placeText } : undefined;
      return records.events.save({
        ...event,
        type: fields.type,
        description: fields.description,
        when: when.value,
        duration: duration.value,
        place,
        actors: fields.actors ?? event.actors,
        tags: fields.tags,
        tagNotes: fields.tagNotes,
      });
    },
  });
  const { value, change } = form;
  const set = <K extends keyof EventFields>(key: K) => (next: EventFields[K]) => change((previous) => ({ ...previous, [key]: next }));
  return (
    <li className="card stack event-row">
      <h3>{t('event.heading', { n: position, type: t(`eventType.${value.type}`) })}</h3>
      <div className="row">
        <SelectField label={t('event.type')} value={value.type} options={EventType.options.map((type) => [type, t(`eventType.${type}`)])} onChange={(type) => set('type')(EventType.parse(type))} />
        <DateField label={t('event.date')} text={value.dateText} onChange={set('dateText')} />
        <DurationField label={t('event.duration')} text={value.durationText ?? ''} onChange={set('durationText')} />
        <TextField label={t('event.place')} value={value.placeText} onChange={set('placeText')} />
      </div>
      <TextAreaField label={t('event.description')} value={value.description} onChange={set('description')} rows={3} />
      <ActorsField actors={value.actors ?? event.actors} eventPosition={position} onChange={set('actors')} />
      {tagPicker?.({
        value: value.tags,
        notes: value.tagNotes,
        label: t('event.tags', { n: position }),
        onChange: (tags, tagNotes) => change((previous) => ({ ...previous, tags, tagNotes })),
      })}
      <button type="button" className="link" onClick={onRemove}>
        {t('event.remove', { n: position })}
      </button>
    </li>
  );
}
