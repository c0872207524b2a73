import { useTranslation } from 'react-i18next';
import { useEvidence } from './evidence-store';

/** Re-hashes every stored file against the SHA-256 recorded at intake and checks the custody chain. */
export function VerifyPanel() {
  const { t } = useTranslation(['evidence', 'errors']);
  const report = useEvidence((s) => s.report);
  const isVerifying = useEvidence((s) => s.isVerifying);
  const verify = useEvidence((s) => s.verify);
  return (
    <section className="row verify-panel" aria-label={t('verifyTitle')}>
      <button type="button" onClick={() => void verify()} disabled={isVerifying}>
        {t('verify')}
      </button>
      {isVerifying && <span role="status">{t('verifying')}</span>}
      {report && !isVerifying && (
        <div role="status" className={`notice ${report.ok ? 'notice-success' : 'notice-error'}`}>
          <p>{report.ok ? t('verifyOk', { count: report.itemsChecked, entries: report.custody.entries }) : t('verifyFailed', { count: report.damaged.length })}</p>
          {report.damaged.length > 0 && (
            <ul>
              {report.damaged.map((damage) => (
                <li key={damage.itemId}>{t(`errors:${damage.code}`, { item: damage.originalName })}</li>
              ))}
            </ul>
          )}
          {!report.custody.ok && <p>{t('errors:custody.broken', { index: report.custody.firstBrokenIndex ?? 0 })}</p>}
        </div>
      )}
    </section>
  );
}
