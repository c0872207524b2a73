import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { downloadWithSession } from '../../platform/host-session';
import { tamga } from '../../platform/tamga-client';

type Written = ChannelOutput<'vault.backup'>;

/**
 * One encrypted file holding the whole vault, to keep somewhere else: a monitor who loses the laptop restores it
 * with `tamga restore` and the same passphrase or the recovery key. Written to the same file again, only what is
 * new is added.
 */
export function BackupSection() {
  const { t } = useTranslation('vault');
  const [error, setError] = useState<AppError>();
  const [written, setWritten] = useState<Written>();
  const [isWorking, setWorking] = useState(false);

  const run = async (): Promise<void> => {
    setWorking(true);
    setError(undefined);
    setWritten(undefined);
    const result = await tamga().invoke('vault.backup', {});
    if (result.ok && result.value.download) {
      // The host deletes the file once it is served, so it is fetched at once, with the session header.
      const fetched = await downloadWithSession(result.value.download, result.value.fileName);
      if (!fetched) setError({ code: 'bundle.unreadable', details: { path: result.value.fileName } });
    }
    setWorking(false);
    if (result.ok) setWritten(result.value);
    else if (result.error.code !== 'bundle.cancelled') setError(result.error);
  };

  return (
    <section className="card stack" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backupTitle')}</h2>
      <p className="muted">{t('settings.backupIntro')}</p>
      <div className="row">
        <button type="button" disabled={isWorking} onClick={() => void run()}>
          {t('settings.backupSubmit')}
        </button>
      </div>
      {isWorking && <p role="status">{t('settings.backupWorking')}</p>}
      <ErrorNotice error={error} />
      {written && (
        <p className="notice notice-success" role="status">
          {t('settings.backupDone', { generation: written.generation, files: written.files, written: written.written, name: written.path ?? written.fileName })}
        </p>
      )}
    </section>
  );
}
