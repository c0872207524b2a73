import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';
import { FileIssueList } from './FileIssueList';
import { acceptedFileTypes } from './read-spreadsheet-file';

type FilePickStepProps = {
  isReading: boolean;
  problem: FileIssue | undefined;
  onFile: (file: File) => void;
};

export function FilePickStep({ isReading, problem, onFile }: FilePickStepProps) {
  const { t } = useTranslation('spreadsheet');
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={inputId}>{t('pick.label')}</label>
        <input
          id={inputId}
          type="file"
          accept={acceptedFileTypes}
          aria-describedby={hintId}
          disabled={isReading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
          }}
        />
        <p id={hintId} className="hint">
          {t('pick.hint')}
        </p>
      </div>
      {isReading && <p role="status">{t('pick.reading')}</p>}
      <FileIssueList issues={problem ? [problem] : []} />
    </div>
  );
}
