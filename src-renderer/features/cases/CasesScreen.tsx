import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newRecordId } from '../../../shared/model';
import { useRecords } from '../../records';
import { RecordsStatus } from '../../records/RecordsStatus';
import { CaseEditor } from './CaseEditor';
import { CaseItemPage } from './CaseItemPage';
import type { TagPickerSlot } from './CaseFieldsSection';
import type { CasesRecords } from './cases-records';
import { CasesBrowser } from './CasesBrowser';
import { NEW_CASE_DRAFT, useCasesView } from './cases-view-store';
import { SpreadsheetImportLauncher } from '../spreadsheet-import/SpreadsheetImportLauncher';
import { DossierPage } from '../dossier/DossierPage';

const registerFlush = (flushEditor: (() => Promise<void>) | undefined): void => useCasesView.setState({ flushEditor });

type Props = {
  /** Defaults to the records opened at unlock; tests pass their own. */
  records?: CasesRecords;
  /** Where the treaty TagPicker mounts inside the editor (HomeScreen passes it). */
  tagPicker?: TagPickerSlot;
};

/** The Cases area: the list with search, or one case in the editor. */
export function CasesScreen({ records: given, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const opened = useRecords((s) => s.records);
  const records = given ?? opened;
  const { openCaseId, isNew, section, itemId, dossier, open, close, showSection, openItem, closeItem, openDossier, closeDossier } = useCasesView();
  // Bumped after a spreadsheet import so the list reloads with the new cases.
  const [generation, setGeneration] = useState(0);
  // Where a search hit opened an item: its page, and the words to find there.
  const itemPage = useCasesView((s) => s.itemPage);
  const itemFind = useCasesView((s) => s.itemFind);
  const openFound = useCasesView((s) => s.openFound);

  async function startNew() {
    if (!records) return;
    // A new case whose first save never happened (no title yet, or a crash) is resumed rather than orphaned.
    const pending = await records.drafts.get(NEW_CASE_DRAFT);
    const resumable = typeof pending === 'string' && /^[0-9a-f]{32}$/.test(pending) && !(await records.cases.get(pending));
    // A pointer to a case that has since been saved is stale (its draft write raced the save): start afresh.
    if (pending !== undefined && !resumable) await records.drafts.delete(NEW_CASE_DRAFT);
    open(resumable ? pending : newRecordId(), true);
  }

  if (records && openCaseId && dossier) {
    return <DossierPage records={records} caseId={openCaseId} audience={dossier} onBack={closeDossier} />;
  }
  if (records && openCaseId && itemId) {
    return <CaseItemPage records={records} caseId={openCaseId} itemId={itemId} page={itemPage} find={itemFind} onBack={closeItem} />;
  }
  if (records && openCaseId) {
    return (
      <CaseEditor
        key={openCaseId}
        records={records}
        caseId={openCaseId}
        isNew={isNew}
        section={section}
        onShowSection={showSection}
        onOpenItem={openItem}
        onOpenDossier={openDossier}
        onClose={close}
        onFlushReady={registerFlush}
        tagPicker={tagPicker}
      />
    );
  }
  return (
    <div className="page stack cases-screen">
      <h1>{t('common:home.title')}</h1>
      {/* Opening, the rebuild's progress, or why there are no records to list. */}
      {!given && <RecordsStatus />}
      {records && (
        <>
          {opened && <SpreadsheetImportLauncher records={opened} onImported={() => setGeneration((n) => n + 1)} />}
          <CasesBrowser key={generation} records={records} onOpen={(id) => open(id)} onOpenFound={openFound} onNew={() => void startNew()} />
        </>
      )}
    </div>
  );
}
