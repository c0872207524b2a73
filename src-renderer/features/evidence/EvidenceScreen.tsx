import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useEvidence } from './evidence-store';
import { FileDropZone } from './FileDropZone';
import { UploadList } from './UploadList';
import { EvidenceTable } from './EvidenceTable';
import { VerifyPanel } from './VerifyPanel';
import { CaseChooser } from './CaseChooser';
import { useEvidenceView } from './evidence-view-store';
import { CaseEvidenceSection, EvidenceItemPage } from '../case-evidence';

export function EvidenceScreen() {
  const { t } = useTranslation('evidence');
  const importFiles = useEvidence((s) => s.importFiles);
  const error = useEvidence((s) => s.error);
  const { openItemId, openItem, closeItem } = useEvidenceView();
  const [caseId, setCaseId] = useState('');
  useEffect(() => {
    void useEvidence.getState().refresh();
  }, []);
  // New excerpts drawn here belong to the item alone; every case it is attached to lists them.
  if (openItemId) return <EvidenceItemPage itemId={openItemId} onBack={closeItem} />;
  return (
    <div className="page stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <CaseChooser value={caseId} onChange={setCaseId} />
      {/* One attach surface at a time: both listen for paste, and a pasted screenshot must be sealed once. */}
      {caseId ? (
        <CaseEvidenceSection key={caseId} caseId={caseId} onOpenItem={openItem} />
      ) : (
        <>
          <FileDropZone hint={t('dropHint')} chooseLabel={t('choose')} onFiles={importFiles} />
          <UploadList />
        </>
      )}
      <ErrorNotice error={error} />
      <VerifyPanel />
      <EvidenceTable onOpen={openItem} />
    </div>
  );
}
