// The editable part of a case as the form holds it, and the way back to a record. Blank place lines are kept in
// the form (someone is typing one) but never stored.
import type { Case, CaseInput, Place } from '../../../shared/model';
import type { AppError } from '../../../shared/result';

export type CaseFields = Pick<Case, 'title' | 'summary' | 'status' | 'sensitivity' | 'tags' | 'tagNotes'> & { places: Place[] };

export const emptyCaseFields = (): CaseFields => ({ title: '', summary: '', status: 'open', sensitivity: 'normal', tags: [], tagNotes: {}, places: [] });

export const caseFieldsOf = (record: Case): CaseFields => ({
  title: record.title,
  summary: record.summary,
  status: record.status,
  sensitivity: record.sensitivity,
  tags: record.tags,
  tagNotes: record.tagNotes,
  places: record.places,
});

const isKeptPlace = (place: Place): boolean => !('text' in place) || place.text.trim().length > 0;

export function caseInputOf(id: string, base: Case | undefined, fields: CaseFields): CaseInput {
  return { ...base, id, ...fields, places: fields.places.filter(isKeptPlace) };
}

/** The refusal a person sees for an untitled case; `refusal` names the cases-namespace sentence SaveError shows. */
export const TITLE_REQUIRED: AppError = { code: 'records.invalid', details: { table: 'cases', field: 'title', problem: 'required', refusal: 'titleRequired' } };

export const validateCaseFields = (fields: CaseFields): AppError | undefined => (fields.title.trim() ? undefined : TITLE_REQUIRED);
