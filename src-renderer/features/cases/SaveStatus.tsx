import { useTranslation } from 'react-i18next';
import { useSaveSummary, type SaveTracker } from './save-tracker';
import { useErrorText } from './use-error-text';

/** The one line that replaces a save button: Saved, Saving…, or what went wrong. */
export function SaveStatus({ tracker }: { tracker: SaveTracker }) {
  const { t } = useTranslation('cases');
  const errorText = useErrorText();
  const summary = useSaveSummary(tracker);
  const text =
    summary.phase === 'error' && summary.error
      ? t('save.failed', { reason: errorText(summary.error) })
      : summary.phase === 'saved'
        ? t('save.saved')
        : t('save.saving');
  return (
    <p className={`save-status save-${summary.phase}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
