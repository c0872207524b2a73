import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseStatus, Sensitivity, type Case } from '../../../shared/model';
import { ok } from '../../../shared/result';
import { TextAreaField } from '../../app/TextAreaField';
import type { CasesRecords } from './cases-records';
import { caseFieldsOf, caseInputOf, emptyCaseFields, validateCaseFields, type CaseFields } from './case-form';
import { NEW_CASE_DRAFT } from './cases-view-store';
import { PlacesField } from './PlacesField';
import { SaveError } from './SaveError';
import { SelectField } from './SelectField';
import { TagList } from './TagList';
import { useAutosave } from './use-autosave';

/** Where the treaty TagPicker mounts, for a case or an event; its changes go through the owner's autosave. */
export type TagPickerSlot = (props: {
  value: string[];
  notes: Record<string, string>;
  onChange(tags: string[], notes: Record<string, string>): void;
  /** The accessible name of the picker, so the case's and each event's picker can be told apart. */
  label: string;
}) => ReactNode;

type Props = {
  records: CasesRecords;
  caseId: string;
  record: Case | undefined;
  isNew: boolean;
  onSaved(record: Case): void;
  tagPicker?: TagPickerSlot;
};

export function CaseFieldsSection({ records, caseId, record, isNew, onSaved, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const titleErrorId = useId();
  const form = useAutosave<CaseFields>({
    drafts: records.drafts,
    draftKey: `case:${caseId}`,
    initial: record ? caseFieldsOf(record) : emptyCaseFields(),
    validate: validateCaseFields,
    async save(fields) {
      const saved = await records.cases.save(caseInputOf(caseId, record, fields));
      if (saved.ok) {
        onSaved(saved.value);
        if (isNew) await records.drafts.delete(NEW_CASE_DRAFT);
      }
      return saved.ok ? ok(saved.value) : saved;
    },
    // A new case is reachable again after a crash only through this pointer to its id.
    onDraftWritten: isNew ? () => records.drafts.put(NEW_CASE_DRAFT, caseId) : undefined,
  });
  const { value, change } = form;
  const set = <K extends keyof CaseFields>(key: K) => (next: CaseFields[K]) => change((previous) => ({ ...previous, [key]: next }));
  const titleError = form.state.phase === 'error' && form.state.error?.details?.field === 'title' ? form.state.error : undefined;
  const otherError = form.state.phase === 'error' && !titleError ? form.state.error : undefined;

  return (
    <section className="card stack" aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>{t('editor.details')}</h2>
      {form.restored && <p className="notice">{t('editor.restored')}</p>}
      <div className="field">
        <label htmlFor={titleId}>{t('field.title')}</label>
        <input
          id={titleId}
          type="text"
          value={value.title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? titleErrorId : undefined}
          onChange={(event) => set('title')(event.target.value)}
        />
        <SaveError error={titleError} id={titleErrorId} />
      </div>
      <TextAreaField label={t('field.summary')} value={value.summary} rows={6} onChange={set('summary')} />
      <div className="row">
        <SelectField label={t('field.status')} value={value.status} options={CaseStatus.options.map((s) => [s, t(`status.${s}`)])} onChange={(s) => set('status')(CaseStatus.parse(s))} />
        <SelectField
          label={t('field.sensitivity')}
          value={value.sensitivity}
          options={Sensitivity.options.map((s) => [s, t(`sensitivity.${s}`)])}
          onChange={(s) => set('sensitivity')(Sensitivity.parse(s))}
        />
      </div>
      <PlacesField places={value.places} onChange={set('places')} />
      <div className="field tag-slot" data-slot="tag-picker">
        {tagPicker ? (
          tagPicker({ value: value.tags, notes: value.tagNotes, label: t('field.tags'), onChange: (tags, tagNotes) => change((previous) => ({ ...previous, tags, tagNotes })) })
        ) : (
          <TagList tags={value.tags} />
        )}
      </div>
      <SaveError error={otherError} />
    </section>
  );
}
