import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model';
import { coerceError, type AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { CaseFieldsSection, type TagPickerSlot } from './CaseFieldsSection';
import type { CasesRecords } from './cases-records';
import { EventsSection } from './EventsSection';
import { loadCase, type LoadedCase } from './load-case';
import { HistorySection } from './HistorySection';
import { NotesSection } from './NotesSection';
import { PeopleSection } from './PeopleSection';
import { ProceedingsSection } from './ProceedingsSection';
import { SaveStatus } from './SaveStatus';
import { SaveTracker, SaveTrackerContext } from './save-tracker';
import { SourcesSection } from './SourcesSection';
import { MergeCaseSection } from './MergeCaseSection';
import { CaseEvidenceSection } from '../case-evidence';
import { ExportBundleSection } from '../export/ExportBundleSection';

type Props = {
  records: CasesRecords;
  caseId: string;
  /** The case may not be stored yet (New case): the details section creates it on its first valid save. */
  isNew?: boolean;
  onClose(): void;
  /** Slot for the treaty TagPicker; without it the tags are listed read-only. */
  tagPicker?: TagPickerSlot;
};

/** One case, every part autosaved: there is no save button to forget. */
export function CaseEditor({ records, caseId, isNew = false, onClose, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const [tracker] = useState(() => new SaveTracker());
  const [loaded, setLoaded] = useState<LoadedCase>();
  const [record, setRecord] = useState<Case>();
  const [error, setError] = useState<AppError>();
  // Bumped after a merge: every section reloads with what moved in.
  const [generation, setGeneration] = useState(0);

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

  async function close() {
    await tracker.flushAll();
    onClose();
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
        <ErrorNotice error={error} />
        {!loaded && !error && (
          <p className="working" role="status">
            {t('editor.loading')}
          </p>
        )}
        {loaded && (
          <div className="stack" key={generation}>
            <CaseFieldsSection records={records} caseId={caseId} record={loaded.record} isNew={isNew && !loaded.record} onSaved={setRecord} tagPicker={tagPicker} />
            {record ? (
              <>
                <EventsSection records={records} caseId={caseId} initial={loaded.events} tagPicker={tagPicker} />
                <PeopleSection records={records} caseId={caseId} initialLinks={loaded.links} initialPeople={loaded.people} />
                <CaseEvidenceSection caseId={caseId} />
                <ProceedingsSection records={records} caseId={caseId} initial={loaded.proceedings} />
                <SourcesSection
                  records={records}
                  caseId={caseId}
                  caseIds={[caseId, ...(record.mergedFrom ?? [])]}
                  initialClaims={loaded.claims}
                  caseSourceIds={loaded.events.flatMap((e) => e.sourceIds)}
                  allSources={loaded.sources}
                />
                <NotesSection records={records} caseId={caseId} initial={loaded.notes} />
                <HistorySection caseId={caseId} />
                <ExportBundleSection records={records} caseId={caseId} />
                <MergeCaseSection records={records} caseId={caseId} onMerged={() => setGeneration((n) => n + 1)} />
              </>
            ) : (
              <p className="notice">{t('editor.needsTitle')}</p>
            )}
          </div>
        )}
      </div>
    </SaveTrackerContext.Provider>
  );
}
