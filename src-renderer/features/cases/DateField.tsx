import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { readableDate } from '../../../shared/i18n/readable-date';
import { readDateText } from './date-text';
import { useErrorText } from './use-error-text';

/**
 * A date typed the way monitors write it ("26.03.2020", "March 2020", "весна 2021"), read back in words with its
 * precision, so "March 2020" is visibly a month and not 1 March, and 10.01.2021 visibly 10 January, not 1 October.
 * An impossible date is explained in place.
 */
export function DateField({ label, text, onChange }: { label: string; text: string; onChange(text: string): void }) {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const id = useId();
  const noteId = useId();
  const read = readDateText(text, i18n.language);
  const date = read.ok ? read.value : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={text} aria-invalid={read.ok ? undefined : true} aria-describedby={noteId} onChange={(event) => onChange(event.target.value)} />
      {read.ok ? (
        <p id={noteId} className="date-reading muted">
          {date ? t('date.readAs', { date: readableDate(date, i18n.language), precision: t(`precision.${date.precision}`) }) : t('date.hint')}
        </p>
      ) : (
        <p id={noteId} className="field-error" role="alert">
          {errorText(read.error)}
        </p>
      )}
    </div>
  );
}
