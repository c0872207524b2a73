// The records feature's public surface: open at unlock, dispose at lock. Everything else is internal.
export { openRecords, type DamagedRow, type OpenRecordsOptions, type Records } from './open-records';
export type { CaseScopedStore, RecordStore } from './record-store';
export type { DraftStore } from './draft-store';
export type { CaseItemStore, ExcerptStore, ItemTextStore } from './evidence-stores';
export type { ImportBatch, ImportSummary } from './import-batch';
export type { RecordHit } from './working-set';
export type { InputOf, ModelTable, RecordOf, StoredExcerpt } from './record-model';
export { useRecords, bindRecordsToSession, type RecordsProblem } from './records-store';
export type { SyncProgress } from './journal-sync';
