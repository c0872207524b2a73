import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { columnLetter, requiredFields, type TargetField } from '../../../shared/spreadsheet/column-mapping';

type FieldColumnSelectProps = {
  field: TargetField;
  header: readonly string[];
  column: number | null;
  onChange: (column: number | null) => void;
};

const NOT_IMPORTED = '';

/** One case field and the column it is read from; the label names the field, so each select is announced. */
export function FieldColumnSelect({ field, header, column, onChange }: FieldColumnSelectProps) {
  const { t } = useTranslation('spreadsheet');
  const id = useId();
  const fieldName = t(`field.${field}`);
  return (
    <div className="field">
      <label htmlFor={id}>{requiredFields.includes(field) ? t('mapping.required', { field: fieldName }) : fieldName}</label>
      <select id={id} value={column === null ? NOT_IMPORTED : String(column)} onChange={(event) => onChange(event.target.value === NOT_IMPORTED ? null : Number(event.target.value))}>
        <option value={NOT_IMPORTED}>{t('mapping.notImported')}</option>
        {header.map((name, index) => (
          <option key={index} value={String(index)}>
            {name === '' ? t('mapping.column', { letter: columnLetter(index) }) : t('mapping.columnNamed', { name, letter: columnLetter(index) })}
          </option>
        ))}
      </select>
    </div>
  );
}
