import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { DateField } from './DateField';
import { WHOLE_NUMBER_FIELDS, type ProceedingFields } from './proceeding-form';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useErrorText } from './use-error-text';

type Props = { fields: ProceedingFields; error: AppError | undefined; set<K extends keyof ProceedingFields>(key: K): (value: ProceedingFields[K]) => void };

/** Each sentence component in its own box, so "10 days' arrest and a 5-year ban" is two facts, not one string. */
export function SentenceFields({ fields, error, set }: Props) {
  const { t } = useTranslation('cases');
  const errorText = useErrorText();
  // A refusal names the box it is about; that box shows it.
  const errorFor = (key: string) => (error?.details?.field === key ? errorText(error) : undefined);
  return (
    <fieldset className="stack sentence">
      <legend>{t('sentence.legend')}</legend>
      <div className="row">
        {WHOLE_NUMBER_FIELDS.map((key) => (
          <TextField key={key} label={t(`sentence.${key}`)} value={fields[key]} inputMode="numeric" onChange={set(key)} error={errorFor(key)} />
        ))}
      </div>
      <div className="row">
        <TextField label={t('sentence.banWhat')} value={fields.banWhat} onChange={set('banWhat')} error={errorFor('banWhat')} />
        <DateField label={t('sentence.banUntil')} text={fields.banUntil} onChange={set('banUntil')} />
      </div>
      <div className="row">
        <TextField label={t('sentence.fineAmount')} value={fields.fineAmount} inputMode="decimal" onChange={set('fineAmount')} error={errorFor('fineAmount')} />
        <SelectField
          label={t('sentence.fineUnit')}
          value={fields.fineUnit}
          options={[
            ['KZT', t('unit.KZT')],
            ['MCI', t('unit.MCI')],
          ]}
          onChange={(unit) => set('fineUnit')(unit === 'KZT' ? 'KZT' : 'MCI')}
        />
      </div>
    </fieldset>
  );
}
