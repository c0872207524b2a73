import { useTranslation } from 'react-i18next';
import { CaseStatus } from '../../../shared/model';
import { useEntryLabel } from '../catalog/use-entry-label';
import { CASE_SORTS, type CaseSort } from './case-rows';
import { DateField } from './DateField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** The filter boxes as typed; CasesList turns them into a CaseFilter (dates parsed, blanks ignored). */
export type FilterInput = { status: string; from: string; to: string; place: string; tag: string; person: string; sort: CaseSort };
export const EMPTY_FILTERS: FilterInput = { status: '', from: '', to: '', place: '', tag: '', person: '', sort: 'updated' };

type Props = { value: FilterInput; tags: string[]; onChange(value: FilterInput): void };

export function CaseFilters({ value, tags, onChange }: Props) {
  const { t, i18n } = useTranslation('cases');
  const describe = useEntryLabel();
  // Tags by the name a person knows them by ("Criminal Code art. 274", not KZ-CC-274), in that name's order.
  const collator = new Intl.Collator(i18n.language);
  const tagOptions = tags.map((tag) => [tag, describe(tag).name] as const).sort((a, b) => collator.compare(a[1], b[1]));
  const set = <K extends keyof FilterInput>(key: K) => (next: FilterInput[K]) => onChange({ ...value, [key]: next });
  return (
    <fieldset className="case-filters row">
      <legend>{t('filter.legend')}</legend>
      <SelectField label={t('filter.status')} value={value.status} options={[['', t('filter.any')], ...CaseStatus.options.map((s) => [s, t(`status.${s}`)] as const)]} onChange={set('status')} />
      <DateField label={t('filter.from')} text={value.from} onChange={set('from')} />
      <DateField label={t('filter.to')} text={value.to} onChange={set('to')} />
      <TextField label={t('filter.place')} value={value.place} onChange={set('place')} />
      <SelectField label={t('filter.tag')} value={value.tag} options={[['', t('filter.any')], ...tagOptions]} onChange={set('tag')} />
      <TextField label={t('filter.person')} value={value.person} onChange={set('person')} />
      <SelectField
        label={t('filter.sort')}
        value={value.sort}
        options={CASE_SORTS.map((s) => [s, t(`sort.${s}`)] as const)}
        onChange={(s) => set('sort')(CASE_SORTS.find((known) => known === s) ?? 'updated')}
      />
    </fieldset>
  );
}
