import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useRecords } from './records-store';

/**
 * Shown on every screen once another window claimed the record journal: this window's saves are refused from then
 * on, and a person typing into a case must know before, not after. Taking over reopens the records here, which
 * brings this copy up to what the other window saved and makes that one stop.
 */
export function WriterLostNotice() {
  const { t } = useTranslation('common');
  const { writerLost, reopen } = useRecords(useShallow((s) => ({ writerLost: s.writerLost, reopen: s.reopen })));
  if (!writerLost) return null;
  return (
    <div className="notice notice-error stack" role="alert">
      <p>{t('records.writerLost')}</p>
      {reopen && (
        <p>
          <button type="button" onClick={reopen}>
            {t('records.editHere')}
          </button>
        </p>
      )}
    </div>
  );
}
