import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { missingRequiredFields, targetFields, type ColumnMapping } from '../../../shared/spreadsheet/column-mapping';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';
import { FieldColumnSelect } from './FieldColumnSelect';
import { FileIssueList } from './FileIssueList';

type ColumnMappingStepProps = {
  header: readonly string[];
  mapping: ColumnMapping;
  sheetNames: readonly string[];
  sheetIndex: number;
  fileIssues: readonly FileIssue[];
  onMappingChange: (mapping: ColumnMapping) => void;
  onSheetChange: (index: number) => void;
  onBack: () => void;
  onNext: () => void;
};

export function ColumnMappingStep(props: ColumnMappingStepProps) {
  const { header, mapping, sheetNames, sheetIndex, fileIssues, onMappingChange, onSheetChange, onBack, onNext } = props;
  const { t } = useTranslation('spreadsheet');
  const sheetId = useId();
  const isTitleMissing = missingRequiredFields(mapping).length > 0;
  const issues: FileIssue[] = isTitleMissing ? [...fileIssues, { code: 'file.titleColumnMissing', severity: 'error' }] : [...fileIssues];
  return (
    <div className="stack">
      {sheetNames.length > 1 && (
        <div className="field">
          <label htmlFor={sheetId}>{t('pick.sheet')}</label>
          <select id={sheetId} value={String(sheetIndex)} onChange={(event) => onSheetChange(Number(event.target.value))}>
            {sheetNames.map((name, index) => (
              <option key={index} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="hint">{t('mapping.hint')}</p>
      <p className="hint">{t('mapping.listHint')}</p>
      <div className="mapping-grid">
        {targetFields.map((field) => (
          <FieldColumnSelect key={field} field={field} header={header} column={mapping[field]} onChange={(column) => onMappingChange({ ...mapping, [field]: column })} />
        ))}
      </div>
      <FileIssueList issues={issues} />
      <div className="row">
        <button type="button" onClick={onBack}>
          {t('nav.chooseAnother')}
        </button>
        <button type="button" className="primary" disabled={isTitleMissing} onClick={onNext}>
          {t('nav.preview')}
        </button>
      </div>
    </div>
  );
}
