// The tables that hold domain records, their schemas, and the foreign ids each must resolve to on save.
import { z } from 'zod';
import type { Unsaved } from '../../shared/model';
import { MODEL_SCHEMAS } from '../../shared/records/record-models';

export { MODEL_SCHEMAS, StoredExcerpt } from '../../shared/records/record-models';

export type ModelTable = keyof typeof MODEL_SCHEMAS;
export const MODEL_TABLES = Object.keys(MODEL_SCHEMAS) as ModelTable[];
export type RecordOf<T extends ModelTable> = z.infer<(typeof MODEL_SCHEMAS)[T]>;
export type InputOf<T extends ModelTable> = Unsaved<z.input<(typeof MODEL_SCHEMAS)[T]>>;
export type AnyModelRecord = RecordOf<ModelTable>;

/** Tables whose rows belong to one case and move with it on merge. */
export const CASE_SCOPED = ['events', 'casePeople', 'notes', 'claims', 'proceedings', 'caseItems', 'excerpts'] as const;

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
  // itemId names a vault item kept by main, not a record, so it is not checked here.
  caseItems: [['caseId', 'cases']],
  itemTexts: [],
  excerpts: [['caseId', 'cases']],
  // Citations in the narrative may outlive what they cite (a case deleted later): the report says so in the
  // footnote rather than refusing the save, so they are not checked here.
  reportProjects: [],
};
