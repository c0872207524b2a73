import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CustodyEvent, CustodyEventKind } from '../../../../shared/ipc/channels/vault';
import { formatDateTime } from '../../../../shared/i18n/format';
import type { AppError } from '../../../../shared/result';
import { tamga } from '../../../platform/tamga-client';
import { ErrorNotice } from '../../../app/ErrorNotice';

/** Literal keys, so the key checker sees each one; the switch fails to compile when main adds an event kind. */
function eventLabel(t: TFunction<'viewer'>, kind: CustodyEventKind): string {
  switch (kind) {
    case 'vault.created':
      return t('custody.event.vaultCreated');
    case 'item.imported':
      return t('custody.event.itemImported');
    case 'item.viewed':
      return t('custody.event.itemViewed');
    case 'item.exported':
      return t('custody.event.itemExported');
    case 'item.verified':
      return t('custody.event.itemVerified');
    case 'passphrase.changed':
      return t('custody.event.passphraseChanged');
    case 'recovery.used':
      return t('custody.event.recoveryUsed');
    case 'custody.truncated':
      return t('custody.event.custodyTruncated');
    case 'record.written':
      return t('custody.event.recordWritten');
    case 'records.purged':
      return t('custody.event.recordsPurged');
    case 'item.received':
      return t('custody.event.itemReceived');
    case 'records.received':
      return t('custody.event.recordsReceived');
  }
}

export function CustodyHistory({ itemId }: { itemId: string }) {
  const { t, i18n } = useTranslation('viewer');
  const [events, setEvents] = useState<CustodyEvent[] | undefined>();
  const [error, setError] = useState<AppError | undefined>();
  useEffect(() => {
    let live = true;
    void tamga()
      .invoke('evidence.custody', { itemId })
      .then((result) => {
        if (!live) return;
        if (result.ok) setEvents(result.value);
        else setError(result.error);
      });
    return () => {
      live = false;
    };
  }, [itemId]);
  const when = (at: string) => formatDateTime(at, i18n.language, { date: 'medium', time: 'medium' });
  // Main records the vault's holder as "owner" until people have profiles; a named actor reads as recorded.
  const actorName = (actor: string) => (actor === 'owner' ? t('custody.owner') : actor);
  return (
    <section aria-labelledby="custody-title">
      <h2 id="custody-title">{t('custody.title')}</h2>
      <ErrorNotice error={error} />
      {!events && !error && <p className="muted">{t('custody.loading')}</p>}
      {events?.length === 0 && <p className="muted">{t('custody.empty')}</p>}
      {events && events.length > 0 && (
        <ol className="custody-list">
          {events.map((event) => (
            <li key={event.index} data-testid="custody-event">
              <strong>{eventLabel(t, event.event)}</strong> <time dateTime={event.at}>{when(event.at)}</time>{' '}
              <span className="muted">
                {actorName(event.actor)} · {t('custody.device', { device: event.device.slice(0, 12) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
