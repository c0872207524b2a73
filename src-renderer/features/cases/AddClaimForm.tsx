import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

type AddClaimFormProps = {
  sources: Source[];
  /** What the case's claims are already about, offered so a second source's figure lands beside the first. */
  fields: readonly string[];
  onAdd(claim: { field: string; text: string; sourceId: string }): void;
};

/** One source's statement: what about ("deaths"), what it says ("≥12"), and who says it. */
export function AddClaimForm({ sources, fields, onAdd }: AddClaimFormProps) {
  const { t } = useTranslation('cases');
  const [field, setField] = useState('');
  const [text, setText] = useState('');
  const [sourceId, setSourceId] = useState('');
  const chosen = sources.some((s) => s.id === sourceId) ? sourceId : (sources[0]?.id ?? '');
  if (sources.length === 0) return <p className="muted">{t('claim.needsSource')}</p>;
  return (
    <fieldset className="stack">
      <legend>{t('claim.new')}</legend>
      <div className="row">
        <TextField label={t('claim.field')} value={field} onChange={setField} suggestions={fields} />
        <TextField label={t('claim.value')} value={text} onChange={setText} />
        <SelectField label={t('claim.source')} value={chosen} options={sources.map((s) => [s.id, s.name])} onChange={setSourceId} />
      </div>
      <button
        type="button"
        disabled={!field.trim() || !text.trim()}
        onClick={() => {
          onAdd({ field: field.trim(), text, sourceId: chosen });
          setText('');
        }}
      >
        {t('claim.add')}
      </button>
    </fieldset>
  );
}
