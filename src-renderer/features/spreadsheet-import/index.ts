export { SpreadsheetImportDialog, type SpreadsheetImportDialogProps } from './SpreadsheetImportDialog';
export type { MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
