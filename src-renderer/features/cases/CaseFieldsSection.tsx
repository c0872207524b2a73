import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseStatus, Sensitivity } from '../../../shared/model';
import { TextAreaField } from '../../app/TextAreaField';
import type { CaseFields } from './case-form';
import { PlacesField } from './PlacesField';
import { SaveError } from './SaveError';
import { SelectField } from './SelectField';
import type { Autosave } from './use-autosave';

/** Where the treaty TagPicker mounts, for a case or an event; its changes go through the owner's autosave. */
export type TagPickerSlot = (props: {
  value: string[];
  notes: Record<string, string>;
  onChange(tags: string[], notes: Record<string, string>): void;
  /** The accessible name of the picker, so the case's and each event's picker can be told apart. */
  label: string;
}) => ReactNode;

type Props = { form: Autosave<CaseFields> };

/** The case's details: title, summary, status, sensitivity and places. Its tags are the Tags section's. */
export function CaseFieldsSection({ form }: Props) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const titleErrorId = useId();
  const { value, change } = form;
  const set = <K extends keyof CaseFields>(key: K) => (next: CaseFields[K]) => change((previous) => ({ ...previous, [key]: next }));
  const titleError = form.state.phase === 'error' && form.state.error?.details?.field === 'title' ? form.state.error : undefined;
  const otherError = form.state.phase === 'error' && !titleError ? form.state.error : undefined;

  return (
    <section className="card stack" aria-labelledby={`${titleId}-heading`}>
      <h2 id={`${titleId}-heading`}>{t('editor.details')}</h2>
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
      <SaveError error={otherError} />
    </section>
  );
}
