import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model';
import { useRecords } from '../../records';

/** Which case new evidence goes into; "no case" seals into the vault only. */
export function CaseChooser({ value, onChange }: { value: string; onChange(caseId: string): void }) {
  const { t } = useTranslation('case-evidence');
  const records = useRecords((s) => s.records);
  const [cases, setCases] = useState<Case[]>([]);
  const id = useId();
  useEffect(() => {
    let live = true;
    void records?.cases.list().then((all) => live && setCases(all));
    return () => {
      live = false;
    };
  }, [records]);
  if (!records || cases.length === 0) return null;
  return (
    <label className="field" htmlFor={id}>
      <span>{t('screen.attachTo')}</span>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('screen.noCase')}</option>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </label>
  );
}
