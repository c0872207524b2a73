import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/model';
import { HOW_OBTAINED, type ProvenanceForm } from './provenance-form';

type Props = {
  value: ProvenanceForm;
  onChange(next: ProvenanceForm): void;
  people: readonly Person[];
  invalidField?: 'url' | 'obtainedOn';
};

/** Where the next files came from: filled once, applied to each file attached after it. All optional. */
export function ProvenanceFields({ value, onChange, people, invalidField }: Props) {
  const { t } = useTranslation('case-evidence');
  const id = useId();
  const set = (field: keyof ProvenanceForm) => (event: { target: { value: string } }) => onChange({ ...value, [field]: event.target.value });
  const text = (field: 'url' | 'fromText' | 'device' | 'obtainedOn', type = 'text') => (
    <label className="field" htmlFor={`${id}-${field}`}>
      <span>{t(`source.${field}`)}</span>
      <input
        id={`${id}-${field}`}
        type={type}
        value={value[field]}
        onChange={set(field)}
        aria-invalid={invalidField === field || undefined}
        aria-describedby={invalidField === field ? `${id}-error` : undefined}
      />
    </label>
  );
  return (
    <fieldset className="provenance-fields">
      <legend>{t('source.legend')}</legend>
      <div className="provenance-grid">
        {text('url', 'url')}
        <label className="field" htmlFor={`${id}-how`}>
          <span>{t('source.how')}</span>
          <select id={`${id}-how`} value={value.how} onChange={set('how')}>
            <option value="">{t('source.unspecified')}</option>
            {HOW_OBTAINED.map((how) => (
              <option key={how} value={how}>
                {t(`how.${how}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-person`}>
          <span>{t('source.person')}</span>
          <select id={`${id}-person`} value={value.personId} onChange={set('personId')}>
            <option value="">{t('source.unspecified')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.names[0]?.text ?? person.id}
              </option>
            ))}
          </select>
        </label>
        {text('fromText')}
        {text('device')}
        {text('obtainedOn')}
        <label className="field wide" htmlFor={`${id}-note`}>
          <span>{t('source.note')}</span>
          <textarea id={`${id}-note`} rows={2} value={value.note} onChange={set('note')} />
        </label>
      </div>
      {invalidField && (
        <p id={`${id}-error`} className="notice notice-error" role="alert">
          {t(`source.invalid.${invalidField}`)}
        </p>
      )}
    </fieldset>
  );
}
