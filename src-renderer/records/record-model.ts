// The tables that hold domain records, their schemas, and the foreign ids each must resolve to on save.
import type { z } from 'zod';
import { Case, CaseEvent, CasePerson, Claim, Note, Person, Proceeding, Source, type Unsaved } from '../../shared/model';

export const MODEL_SCHEMAS = {
  cases: Case,
  events: CaseEvent,
  people: Person,
  casePeople: CasePerson,
  notes: Note,
  sources: Source,
  claims: Claim,
  proceedings: Proceeding,
} as const;

export type ModelTable = keyof typeof MODEL_SCHEMAS;
export const MODEL_TABLES = Object.keys(MODEL_SCHEMAS) as ModelTable[];
export type RecordOf<T extends ModelTable> = z.infer<(typeof MODEL_SCHEMAS)[T]>;
export type InputOf<T extends ModelTable> = Unsaved<z.input<(typeof MODEL_SCHEMAS)[T]>>;
export type AnyModelRecord = RecordOf<ModelTable>;

/** Tables whose rows belong to one case and move with it on merge. */
export const CASE_SCOPED = ['events', 'casePeople', 'notes', 'claims', 'proceedings'] as const;

/** Foreign ids each record must point at, so no save leaves a dangling link. */
export const REFERENCES: Record<ModelTable, readonly (readonly [field: string, table: ModelTable])[]> = {
  cases: [],
  events: [['caseId', 'cases']],
  people: [],
  casePeople: [['caseId', 'cases'], ['personId', 'people']],
  notes: [['caseId', 'cases'], ['eventId', 'events'], ['personId', 'people']],
  sources: [],
  claims: [['caseId', 'cases'], ['eventId', 'events'], ['sourceId', 'sources']],
  proceedings: [['caseId', 'cases'], ['personId', 'people'], ['appealOf', 'proceedings']],
};
