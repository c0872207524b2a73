import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, parseDuration, type Duration } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { dateLanguage } from './date-text';
import { useErrorText } from './use-error-text';

/** Blank (or absent, in a draft kept before events had a duration) is "not known"; anything else must read as a length of time. */
export function readDurationText(text: string | undefined, language: string): Result<Duration | undefined> {
  if (!text?.trim()) return { ok: true, value: undefined };
  return parseDuration(text, dateLanguage(language));
}

export const durationTextOf = (duration: Duration | undefined, language: string): string => (duration ? formatDuration(duration, dateLanguage(language)) : '');

/**
 * How long something lasted, typed as it is said ("up to 6 hours", «15 суток», «5 сағат») and read back in the
 * reader's language, so a monitor sees at once that "6-8" was taken as a span of hours and not of days.
 */
export function DurationField({ label, text, onChange }: { label: string; text: string; onChange(text: string): void }) {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const id = useId();
  const noteId = useId();
  const read = readDurationText(text, i18n.language);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={text} aria-invalid={read.ok ? undefined : true} aria-describedby={noteId} onChange={(event) => onChange(event.target.value)} />
      {read.ok ? (
        <p id={noteId} className="date-reading muted">
          {read.value ? t('duration.readAs', { duration: durationTextOf(read.value, i18n.language) }) : t('duration.hint')}
        </p>
      ) : (
        <p id={noteId} className="field-error" role="alert">
          {errorText(read.error)}
        </p>
      )}
    </div>
  );
}
