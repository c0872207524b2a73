import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type ReceivedConflict, type ReceiveReport, type ReceiveRequest } from '../../../shared/ipc/channels/bundle';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { FileField } from '../../app/FileField';
import { tamga } from '../../platform/tamga-client';
import { useRecords } from '../../records/records-store';
import { useSendersVersion } from '../senders/senders-version';
import { ConflictsList } from './ConflictsList';
import { receiveBundleFile } from './receive-bundle';

type Confirmed = Pick<ReceiveRequest, 'accept' | 'passphrase'>;
type Stage =
  | { kind: 'idle' }
  | { kind: 'signer'; fingerprint: string }
  | { kind: 'passphrase'; wrong: boolean }
  | { kind: 'preview'; report: ReceiveReport }
  | { kind: 'done'; report: ReceiveReport };

/**
 * Takes a colleague's bundle into this vault: it is checked and planned first, and nothing is written until the
 * person has seen who signed it and what it will add or change. Conflicts wait below, side by side, for a choice.
 */
export function ReceiveBundleSection() {
  const { t } = useTranslation('senders');
  const id = useId();
  const [file, setFile] = useState<File>();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [confirmed, setConfirmed] = useState<Confirmed>({});
  const [error, setError] = useState<AppError>();
  const [isWorking, setWorking] = useState(false);
  const [senderName, setSenderName] = useState('');
  const [checkedFingerprint, setCheckedFingerprint] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [conflicts, setConflicts] = useState<ReceivedConflict[]>([]);

  const loadConflicts = useCallback(async () => {
    const result = await tamga().invoke('bundle.conflicts', {});
    if (result.ok) setConflicts(result.value);
  }, []);
  useEffect(() => {
    void loadConflicts();
  }, [loadConflicts]);

  const run = async (chosen: File, given: Confirmed, dryRun: boolean): Promise<void> => {
    setWorking(true);
    setError(undefined);
    const result = await receiveBundleFile(chosen, { ...given, dryRun });
    setWorking(false);
    if (!result.ok) {
      const { code, details } = result.error;
      if (code === 'bundle.unknownSigner') setStage({ kind: 'signer', fingerprint: String(details?.fingerprint ?? '') });
      else if (code === 'bundle.agePassphraseNeeded' || code === 'bundle.agePassphraseWrong') setStage({ kind: 'passphrase', wrong: code === 'bundle.agePassphraseWrong' });
      else {
        setStage({ kind: 'idle' });
        setError(result.error);
      }
      return;
    }
    setConfirmed(given);
    if (dryRun) {
      setStage({ kind: 'preview', report: result.value });
      return;
    }
    setStage({ kind: 'done', report: result.value });
    // A sender confirmed here is now a known sender: the list above reads them again.
    if (given.accept) useSendersVersion.getState().changed();
    // The records main merged are in the journal; the working copy reads what follows its position.
    useRecords.getState().reopen?.();
    await loadConflicts();
  };

  const start = (chosen: File) => {
    setFile(chosen);
    setSenderName('');
    setCheckedFingerprint(false);
    setPassphrase('');
    setConfirmed({});
    void run(chosen, {}, true);
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('receive.heading')}</h2>
      <p className="muted">{t('receive.explain')}</p>
      <FileField label={t('receive.pick')} accept=".zip,.age,application/zip" disabled={isWorking} onFile={start} />
      {isWorking && <p role="status">{t('receive.working')}</p>}
      <ErrorNotice error={error} />

      {file && stage.kind === 'signer' && (
        <form
          className="stack notice"
          onSubmit={(event) => {
            event.preventDefault();
            void run(file, { ...confirmed, accept: senderName.trim() ? { name: senderName.trim() } : {} }, true);
          }}
        >
          <p>{t('receive.unknownSigner', { fingerprint: formatFingerprint(stage.fingerprint) })}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('receive.senderName')}</label>
            <input id={`${id}-name`} value={senderName} maxLength={200} onChange={(event) => setSenderName(event.target.value)} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={checkedFingerprint} onChange={(event) => setCheckedFingerprint(event.target.checked)} />
            {t('receive.fingerprintConfirmed')}
          </label>
          <div className="row">
            <button type="submit" className="primary" disabled={!checkedFingerprint || isWorking}>
              {t('receive.acceptSigner')}
            </button>
          </div>
        </form>
      )}

      {file && stage.kind === 'passphrase' && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (passphrase !== '') void run(file, { ...confirmed, passphrase }, true);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{t('check.passphrase', { name: file.name })}</label>
            <input id={`${id}-passphrase`} type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} aria-invalid={stage.wrong} />
          </div>
          <button type="submit" disabled={isWorking || passphrase === ''}>
            {t('check.open')}
          </button>
        </form>
      )}

      {file && stage.kind === 'preview' && (
        <div className="stack" role="region" aria-label={t('receive.previewHeading')}>
          <h3>{t('receive.previewHeading')}</h3>
          <ReportSummary report={stage.report} />
          <div className="row">
            <button type="button" className="primary" disabled={isWorking} onClick={() => void run(file, confirmed, false)}>
              {t('receive.commit')}
            </button>
            <button type="button" disabled={isWorking} onClick={() => setStage({ kind: 'idle' })}>
              {t('receive.cancel')}
            </button>
          </div>
        </div>
      )}

      {stage.kind === 'done' && (
        <div className="notice notice-success stack" role="status">
          <p>{t('receive.done', { name: stage.report.sender.name })}</p>
          <ReportSummary report={stage.report} />
        </div>
      )}

      <ConflictsList conflicts={conflicts} onSettled={setConflicts} />
    </section>
  );
}

function ReportSummary({ report }: { report: ReceiveReport }) {
  const { t } = useTranslation('senders');
  const { records } = report;
  const newFiles = report.files.filter((file) => file.status === 'received').length;
  const tense = report.dryRun ? 'will' : 'did';
  return (
    <div className="stack">
      <p>{t('receive.from', { name: report.sender.name, fingerprint: formatFingerprint(report.sender.fingerprint) })}</p>
      <ul>
        {records.cases.map((c) => (
          <li key={c.id}>{t(c.isNew ? 'receive.caseNew' : 'receive.caseMerged', { title: c.title })}</li>
        ))}
      </ul>
      <p>{t(`receive.files.${tense}`, { count: newFiles, held: report.files.length - newFiles })}</p>
      <p>{t(`receive.records.${tense}`, { added: records.added, changed: records.changed, kept: records.kept, unchanged: records.unchanged })}</p>
      {records.conflicts.length > 0 && <p className="notice">{t('receive.conflicts', { count: records.conflicts.length })}</p>}
      {records.people.map((p) => (
        <p key={`${p.receivedId}-${p.localId}`} className="notice">
          {t('receive.samePerson', { received: p.names.join(' / '), local: p.localNames.join(' / ') })}
        </p>
      ))}
    </div>
  );
}
