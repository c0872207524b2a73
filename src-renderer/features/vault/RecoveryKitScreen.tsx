import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session-store';

/** Shown once, right after creation. The printable page is this same screen with the print stylesheet. */
export function RecoveryKitScreen() {
  const { t } = useTranslation(['vault', 'common']);
  const kit = useSession((s) => s.recoveryKit);
  const finish = useSession((s) => s.finishRecoveryKit);
  const [hasWrittenDown, setWrittenDown] = useState(false);
  if (!kit) return null;
  return (
    <section className="card recovery-kit" aria-labelledby="kit-title">
      <h1 id="kit-title">{t('recoveryKit.title')}</h1>
      <p>{t('recoveryKit.intro')}</p>
      <h2>{t('recoveryKit.key')}</h2>
      <p className="recovery-key" aria-label={t('recoveryKit.key')}>
        {kit.recoveryKey}
      </p>
      <h2>{t('recoveryKit.sharesTitle')}</h2>
      <p>{t('recoveryKit.sharesIntro')}</p>
      <ol className="shares">
        {kit.recoveryShares.map((share, index) => (
          <li key={share}>
            <span className="share-label">{t('recoveryKit.share', { number: index + 1 })}</span>
            <code className="share">{share}</code>
          </li>
        ))}
      </ol>
      <div className="row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('common:action.print')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={hasWrittenDown} onChange={(event) => setWrittenDown(event.target.checked)} />
          {t('recoveryKit.confirm')}
        </label>
        <button type="button" className="primary" disabled={!hasWrittenDown} onClick={finish}>
          {t('recoveryKit.done')}
        </button>
      </div>
    </section>
  );
}
