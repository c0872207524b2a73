import { useTranslation } from 'react-i18next';
import type { AttachNotice } from './use-case-evidence';

/** What happened to each file: attached, already in the vault (linked, not stored twice), or not attached. */
export function AttachNotices({ notices }: { notices: readonly AttachNotice[] }) {
  const { t } = useTranslation(['case-evidence', 'errors']);
  if (notices.length === 0) return null;
  return (
    <ul className="attach-notices" aria-live="polite">
      {notices.map((notice) => (
        <li key={notice.key} className={`notice ${notice.outcome === 'failed' ? 'notice-error' : notice.outcome === 'duplicate' ? 'notice-warning' : 'notice-success'}`}>
          {notice.outcome === 'failed'
            ? t('notice.failed', { name: notice.name, reason: t(`errors:${notice.error?.code ?? 'internal'}`, { ...notice.error?.details, defaultValue: t('errors:internal') }) })
            : t(`notice.${notice.outcome}`, { name: notice.name })}
        </li>
      ))}
    </ul>
  );
}
