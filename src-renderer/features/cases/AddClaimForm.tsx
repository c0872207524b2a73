import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** One source's statement: what about ("deaths"), what it says ("≥12"), and who says it. */
export function AddClaimForm({ sources, onAdd }: { sources: Source[]; onAdd(claim: { field: string; text: string; sourceId: string }): void }) {
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
        <TextField label={t('claim.field')} value={field} onChange={setField} />
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
