import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discloseCase, type Audience, type CaseRecords } from '../../../shared/export/case-disclosure';
import { isLanguage } from '../../../shared/i18n/resources';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { tamga } from '../../platform/tamga-client';
import { downloadWithSession } from '../../platform/host-session';
import type { CasesRecords } from '../cases/cases-records';
import { loadCase } from '../cases/load-case';
import { BundleEncryptionChoice, type EncryptionAnswer } from './BundleEncryptionChoice';
import { DisclosurePreview } from './DisclosurePreview';

/** Electron saved it where the person chose (`path`); the browser host holds it for one download (`download`). */
type Exported = { sha256: string; encryptedSha256?: string; fileName: string; path?: string; download?: string; downloaded?: boolean };

/**
 * The exhibit package for a case: its files byte for byte, their hashes and custody, and the case record as the
 * chosen audience may see it (consent decides who is named). Anyone can check it without Tamga (VERIFY.txt).
 */
export function ExportBundleSection({ records, caseId }: { records: CasesRecords; caseId: string }) {
  const { t, i18n } = useTranslation(['export', 'senders']);
  const audienceId = useId();
  const [audience, setAudience] = useState<Audience>('legal-team');
  const [error, setError] = useState<AppError>();
  const [exported, setExported] = useState<Exported>();
  const [isWorking, setWorking] = useState(false);
  const [preview, setPreview] = useState<CaseRecords>();
  const [encryption, setEncryption] = useState<EncryptionAnswer>({ ready: true });
  const sectionRef = useRef<HTMLElement>(null);

  const refreshPreview = useCallback(async (isCurrent: () => boolean = () => true) => {
    const loaded = await loadCase(records, caseId);
    if (isCurrent()) setPreview(loaded.record ? { case: loaded.record, ...loaded } : undefined);
  }, [records, caseId]);

  // The panel stays mounted while another section of the case is on screen, where people and consent change; it
  // reads the case again whenever it comes into view, so the preview describes the bundle that would be written.
  useEffect(() => {
    let isCurrent = true;
    void refreshPreview(() => isCurrent);
    const section = sectionRef.current;
    const observer =
      section && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting)) void refreshPreview(() => isCurrent);
          })
        : undefined;
    if (section) observer?.observe(section);
    return () => {
      isCurrent = false;
      observer?.disconnect();
    };
  }, [refreshPreview]);

  const run = async (): Promise<void> => {
    setWorking(true);
    setError(undefined);
    setExported(undefined);
    const loaded = await loadCase(records, caseId);
    const items = await records.caseItems.listByCase(caseId);
    if (!loaded.record || items.length === 0) {
      setWorking(false);
      setError({ code: 'bundle.empty' });
      return;
    }
    const itemIds = [...new Set(items.map((item) => item.itemId))];
    const excerpts = (await Promise.all(itemIds.map((itemId) => records.excerpts.listByItem(itemId)))).flat();
    setPreview({ case: loaded.record, ...loaded });
    const disclosure = discloseCase({ case: loaded.record, ...loaded, caseItems: items, excerpts }, audience);
    // The file name says what and when, never who: a bundle name travels in e-mails and on USB sticks.
    const fileName = `tamga-${audience}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}-${caseId.slice(0, 8)}.zip`;
    // The bundle's index.html is written in the language the person reads the app in.
    const { encryptTo } = encryption;
    const lang = isLanguage(i18n.language) ? i18n.language : 'en';
    const result = await tamga().invoke('bundle.export', { itemIds, cases: [disclosure], fileName, lang, ...(encryptTo ? { encryptTo } : {}) });
    setWorking(false);
    // Main adds .age to the name of an encrypted bundle; the download keeps it.
    if (result.ok) setExported({ ...result.value, fileName: encryptTo ? `${fileName}.age` : fileName });
    else setError(result.error);
  };

  return (
    <section ref={sectionRef} className="card stack" aria-labelledby={`${audienceId}-heading`}>
      <h2 id={`${audienceId}-heading`}>{t('heading')}</h2>
      <p className="muted">{t('explain')}</p>
      {preview && <DisclosurePreview records={preview} />}
      <div className="row">
        <div className="field">
          <label htmlFor={audienceId}>{t('audience.label')}</label>
          <select id={audienceId} value={audience} onChange={(event) => setAudience(event.target.value as Audience)}>
            <option value="legal-team">{t('audience.legal-team')}</option>
            <option value="publication">{t('audience.publication')}</option>
          </select>
        </div>
      </div>
      <BundleEncryptionChoice onChange={setEncryption} />
      <div className="row">
        <button type="button" className="primary" disabled={isWorking || !encryption.ready} onClick={() => void run()}>
          {t('submit')}
        </button>
      </div>
      {isWorking && <p role="status">{t('working')}</p>}
      <ErrorNotice error={error} />
      {exported && (
        <div className="notice notice-success" role="status">
          {exported.path && <p>{t('done', { path: exported.path })}</p>}
          {exported.download && <p>{t(exported.downloaded ? 'downloaded' : 'ready')}</p>}
          <p>
            {t('sha256')} <code>{exported.sha256}</code>
          </p>
          {exported.encryptedSha256 && (
            <p>
              {t('senders:encrypt.encryptedSha256')} <code>{exported.encryptedSha256}</code>
            </p>
          )}
          {exported.download && !exported.downloaded && (
            <a
              href={exported.download}
              download={exported.fileName}
              onClick={(event) => {
                // Fetched with the session header: a plain link would have to put the secret in the download URL.
                event.preventDefault();
                const { download, fileName } = exported;
                if (!download) return;
                // The host deletes the bundle once it is served, so the link goes with it.
                void downloadWithSession(download, fileName).then((done) => (done ? setExported({ ...exported, downloaded: true }) : setError({ code: 'bundle.unreadable', details: { path: fileName } })));
              }}
            >
              {t('download')}
            </a>
          )}
        </div>
      )}
    </section>
  );
}
