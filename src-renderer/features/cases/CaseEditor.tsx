import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/export/case-disclosure';
import type { Case } from '../../../shared/model';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import type { TagPickerSlot } from './CaseFieldsSection';
import type { CasesRecords } from './cases-records';
import type { CaseSection } from './cases-view-store';
import { CaseSections } from './CaseSections';
import { CaseSectionNav } from './CaseSectionNav';
import { loadCase, type LoadedCase } from './load-case';
import { SaveStatus } from './SaveStatus';
import { SaveTracker, SaveTrackerContext } from './save-tracker';

type Props = {
  records: CasesRecords;
  caseId: string;
  /** The case may not be stored yet (New case): the details section creates it on its first valid save. */
  isNew?: boolean;
  /** The section on screen; the others stay mounted, hidden, so their autosave keeps running. */
  section?: CaseSection;
  onShowSection?(section: CaseSection): void;
  /** Opens an attached item on its own page; the editor saves what is waiting first. */
  onOpenItem?(itemId: string): void;
  /** Opens the case's printable dossier on its own page; the editor saves what is waiting first. */
  onOpenDossier?(audience: Audience): void;
  onClose(): void;
  /** Hands the editor's "save what is waiting" to whoever navigates away from it. */
  onFlushReady?(flush: (() => Promise<void>) | undefined): void;
  /** Slot for the treaty TagPicker; without it the tags are listed read-only. */
  tagPicker?: TagPickerSlot;
};

/** One case, every part autosaved: there is no save button to forget. */
export function CaseEditor({ records, caseId, isNew = false, section = 'summary', onShowSection, onOpenItem, onOpenDossier, onClose, onFlushReady, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const [tracker] = useState(() => new SaveTracker());
  const [loaded, setLoaded] = useState<LoadedCase>();
  const [record, setRecord] = useState<Case>();
  const [error, setError] = useState<AppError>();
  // Bumped after a merge: every section reloads with what moved in.
  const [generation, setGeneration] = useState(0);
  const [shown, setShown] = useState<CaseSection>(section);
  // The section follows the caller when it has one (the address), and is the editor's own otherwise.
  const current = onShowSection ? section : shown;

  useEffect(() => {
    let live = true;
    loadCase(records, caseId).then(
      (data) => {
        if (!live) return;
        setLoaded(data);
        setRecord(data.record);
      },
      (e: unknown) => live && setError(coerceError(e)),
    );
    return () => {
      live = false;
    };
  }, [records, caseId, generation]);

  useEffect(() => {
    onFlushReady?.(() => tracker.flushAll());
    return () => onFlushReady?.(undefined);
  }, [tracker, onFlushReady]);

  async function close() {
    await tracker.flushAll();
    onClose();
  }

  async function openItem(itemId: string) {
    await tracker.flushAll();
    onOpenItem?.(itemId);
  }

  async function openDossier(audience: Audience) {
    await tracker.flushAll();
    onOpenDossier?.(audience);
  }

  return (
    <SaveTrackerContext.Provider value={tracker}>
      <div className="page stack case-editor">
        <div className="row editor-head">
          <button type="button" onClick={() => void close()}>
            {t('editor.back')}
          </button>
          <SaveStatus tracker={tracker} />
        </div>
        <h1>{record?.title || t('editor.newCase')}</h1>
        {record && <CaseSectionNav caseId={caseId} current={current} onShow={onShowSection ?? setShown} />}
        <ErrorNotice error={error} />
        {!loaded && !error && (
          <p className="working" role="status">
            {t('editor.loading')}
          </p>
        )}
        {loaded && (
          <CaseSections
            key={generation}
            records={records}
            caseId={caseId}
            loaded={loaded}
            record={record}
            isNew={isNew && !loaded.record}
            section={record ? current : 'summary'}
            onSaved={setRecord}
            onMerged={() => setGeneration((n) => n + 1)}
            onOpenItem={(itemId) => void openItem(itemId)}
            onOpenDossier={(audience) => void openDossier(audience)}
            tagPicker={tagPicker}
          />
        )}
      </div>
    </SaveTrackerContext.Provider>
  );
}
