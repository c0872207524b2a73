import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Perspective, SourceKind, type SourceInput } from '../../../shared/model';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** A new source with its perspective: a ministry-commissioned report is not an NGO's monitoring. */
export function AddSourceForm({ onAdd }: { onAdd(source: SourceInput): void }) {
  const { t } = useTranslation('cases');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [aliases, setAliases] = useState('');
  const [kind, setKind] = useState<SourceInput['kind']>('ngo-monitoring');
  const [perspective, setPerspective] = useState<NonNullable<SourceInput['perspective']>>('independent');
  return (
    <fieldset className="stack">
      <legend>{t('source.new')}</legend>
      <div className="row">
        <TextField label={t('source.name')} value={name} onChange={setName} />
        <TextField label={t('source.aliases')} value={aliases} onChange={setAliases} />
        <TextField label={t('source.url')} value={url} onChange={setUrl} />
        <SelectField label={t('source.kind')} value={kind} options={SourceKind.options.map((k) => [k, t(`sourceKind.${k}`)])} onChange={(k) => setKind(SourceKind.parse(k))} />
        <SelectField
          label={t('source.perspective')}
          value={perspective}
          options={Perspective.options.map((p) => [p, t(`perspective.${p}`)])}
          onChange={(p) => setPerspective(Perspective.parse(p))}
        />
      </div>
      <button
        type="button"
        disabled={!name.trim()}
        onClick={() => {
          // "HRW; Хьюман Райтс Вотч": other names, so an import that writes any of them finds this source.
          const otherNames = aliases.split(/[;,]/).map((alias) => alias.trim()).filter((alias) => alias !== '');
          onAdd({ name, kind, perspective, url: url.trim() || undefined, aliases: otherNames });
          setName('');
          setAliases('');
          setUrl('');
        }}
      >
        {t('source.add')}
      </button>
    </fieldset>
  );
}
