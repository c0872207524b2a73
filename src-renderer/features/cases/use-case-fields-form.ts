// The case's own fields (title, summary, status, sensitivity, places, tags) as one autosaved form. The editor holds
// it, so the Summary and Tags sections edit the same record and draft and can never save over each other.
import type { Case } from '../../../shared/model';
import { ok } from '../../../shared/result';
import type { CasesRecords } from './cases-records';
import { caseFieldsOf, caseInputOf, emptyCaseFields, validateCaseFields, type CaseFields } from './case-form';
import { NEW_CASE_DRAFT } from './cases-view-store';
import { useAutosave, type Autosave } from './use-autosave';

type Options = {
  records: CasesRecords;
  caseId: string;
  record: Case | undefined;
  isNew: boolean;
  onSaved(record: Case): void;
};

export function useCaseFieldsForm({ records, caseId, record, isNew, onSaved }: Options): Autosave<CaseFields> {
  return useAutosave<CaseFields>({
    drafts: records.drafts,
    draftKey: `case:${caseId}`,
    initial: record ? caseFieldsOf(record) : emptyCaseFields(),
    validate: validateCaseFields,
    async save(fields) {
      const saved = await records.cases.save(caseInputOf(caseId, record, fields));
      if (saved.ok) {
        onSaved(saved.value);
        if (isNew) await records.drafts.delete(NEW_CASE_DRAFT);
      }
      return saved.ok ? ok(saved.value) : saved;
    },
    // A new case is reachable again after a crash only through this pointer to its id.
    onDraftWritten: isNew ? () => records.drafts.put(NEW_CASE_DRAFT, caseId) : undefined,
  });
}
