import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';
import { FileField } from '../../app/FileField';
import { FileIssueList } from './FileIssueList';
import { acceptedFileTypes } from './read-spreadsheet-file';

type FilePickStepProps = {
  isReading: boolean;
  problem: FileIssue | undefined;
  onFile: (file: File) => void;
};

export function FilePickStep({ isReading, problem, onFile }: FilePickStepProps) {
  const { t } = useTranslation('spreadsheet');
  const hintId = useId();
  return (
    <div className="stack">
      <div className="stack">
        <FileField label={t('pick.label')} accept={acceptedFileTypes} describedBy={hintId} disabled={isReading} onFile={onFile} />
        <p id={hintId} className="hint">
          {t('pick.hint')}
        </p>
      </div>
      {isReading && <p role="status">{t('pick.reading')}</p>}
      <FileIssueList issues={problem ? [problem] : []} />
    </div>
  );
}
