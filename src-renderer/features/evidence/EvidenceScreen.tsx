import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useEvidence } from './evidence-store';
import { DropZone } from './DropZone';
import { UploadList } from './UploadList';
import { EvidenceTable } from './EvidenceTable';
import { VerifyPanel } from './VerifyPanel';

export function EvidenceScreen() {
  const { t } = useTranslation('evidence');
  const error = useEvidence((s) => s.error);
  useEffect(() => {
    void useEvidence.getState().refresh();
  }, []);
  return (
    <div className="page stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <DropZone />
      <UploadList />
      <ErrorNotice error={error} />
      <VerifyPanel />
      <EvidenceTable />
    </div>
  );
}
