import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DamagedItem } from '../../../../shared/ipc/channels/vault';
import type { AppError } from '../../../../shared/result';
import { tamga } from '../../../platform/tamga-client';
import { ErrorNotice } from '../../../app/ErrorNotice';

type Outcome = { state: 'idle' } | { state: 'running' } | { state: 'intact' } | { state: 'damaged'; code: DamagedItem['code'] } | { state: 'failed'; error: AppError };

function reason(t: TFunction<'viewer'>, code: DamagedItem['code']): string {
  switch (code) {
    case 'blob.missing':
      return t('verify.reason.blobMissing');
    case 'blob.corrupt':
      return t('verify.reason.blobCorrupt');
    case 'blob.truncated':
      return t('verify.reason.blobTruncated');
    case 'item.hashMismatch':
      return t('verify.reason.itemHashMismatch');
    case 'item.deleted':
      return t('verify.reason.itemMissing');
    case 'item.recordUnreadable':
      return t('verify.reason.recordUnreadable');
  }
}

/** Re-hashes the vault (the only verify main offers) and says whether this item is among the damaged. */
export function VerifyItem({ itemId, onVerified }: { itemId: string; onVerified?: () => void }) {
  const { t } = useTranslation('viewer');
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const verify = async () => {
    setOutcome({ state: 'running' });
    const result = await tamga().invoke('evidence.verify', {});
    if (!result.ok) return setOutcome({ state: 'failed', error: result.error });
    // The check itself is a custody event; whoever shows the history re-reads it.
    onVerified?.();
    const damaged = result.value.damaged.find((d) => d.itemId === itemId);
    setOutcome(damaged ? { state: 'damaged', code: damaged.code } : { state: 'intact' });
  };
  return (
    <section className="verify-item">
      <button type="button" onClick={() => void verify()} disabled={outcome.state === 'running'}>
        {t('verify.button')}
      </button>
      <div aria-live="polite">
        {outcome.state === 'running' && <p className="muted">{t('verify.running')}</p>}
        {outcome.state === 'intact' && <p className="notice notice-success">{t('verify.intact')}</p>}
        {outcome.state === 'damaged' && (
          <p className="notice notice-error" role="alert">
            {t('verify.damaged', { reason: reason(t, outcome.code) })}
          </p>
        )}
      </div>
      {outcome.state === 'failed' && <ErrorNotice error={outcome.error} />}
    </section>
  );
}
