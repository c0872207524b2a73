import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coerceError, type Result } from '../../../shared/result';
import { guessMapping, type ColumnMapping } from '../../../shared/spreadsheet/column-mapping';
import type { FileIssue } from '../../../shared/spreadsheet/sheet-table';
import type { KnownSource } from '../../../shared/spreadsheet/source-match';
import { rowsToImport, validateRows, type MappedCaseRow } from '../../../shared/spreadsheet/validate-rows';
import '../../styles/spreadsheet-import.css';
import { useCatalogStore } from '../catalog/catalog-store';
import { useCatalogLang } from '../catalog/use-entry-label';
import { ColumnMappingStep } from './ColumnMappingStep';
import type { CommitState } from './CommitBar';
import { FilePickStep } from './FilePickStep';
import { PreviewStep } from './PreviewStep';
import { readSpreadsheetFile, type LoadedSpreadsheet } from './read-spreadsheet-file';

export type SpreadsheetImportDialogProps = {
  /** Writes every row in one transaction (all or nothing); the dialog never writes anything itself. */
  onCommit: (rows: MappedCaseRow[]) => Promise<Result<{ cases: number }>>;
  /** Shown as a Close button (and bound to Escape) when the host can close the dialog. */
  onClose?: () => void;
  /** Sources already recorded, so a row's source is matched to one of them (by name, alias or initials). */
  knownSources?: readonly KnownSource[];
};

const NO_SOURCES: readonly KnownSource[] = [];

type Step = 'pick' | 'mapping' | 'preview';

export function SpreadsheetImportDialog({ onCommit, onClose, knownSources = NO_SOURCES }: SpreadsheetImportDialogProps) {
  const { t } = useTranslation('spreadsheet');
  // Codes are read with the catalog and language the tag picker uses, so a code means here what it means there.
  const catalog = useCatalogStore((s) => s.catalog);
  const lang = useCatalogLang();
  const titleId = useId();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>('pick');
  const [isReading, setIsReading] = useState(false);
  const [problem, setProblem] = useState<FileIssue>();
  const [loaded, setLoaded] = useState<LoadedSpreadsheet>();
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [skipRowsWithErrors, setSkipRowsWithErrors] = useState(false);
  const [isInternalOnlyConfirmed, setInternalOnlyConfirmed] = useState(false);
  const [commitState, setCommitState] = useState<CommitState>({ kind: 'idle' });

  const table = loaded?.sheets[sheetIndex]?.table;
  // Validating 50,000 rows takes a moment, so only when the preview is shown and only when its inputs change.
  const validation = useMemo(
    () => (step === 'preview' && table && mapping ? validateRows(table, mapping, { lang, catalog, sources: knownSources }) : undefined),
    [step, table, mapping, lang, catalog, knownSources],
  );

  // Each step change moves focus to the step's heading, so keyboard and screen-reader users land on the new content.
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) isFirstRender.current = false;
    else stepHeading.current?.focus();
  }, [step]);

  const chooseFile = async (file: File): Promise<void> => {
    setIsReading(true);
    setProblem(undefined);
    const result = await readSpreadsheetFile(file);
    setIsReading(false);
    if (!result.ok) return setProblem(result.error);
    setLoaded(result.value);
    selectSheet(result.value, 0);
    setStep('mapping');
  };

  const selectSheet = (workbook: LoadedSpreadsheet, index: number): void => {
    setSheetIndex(index);
    setMapping(guessMapping(workbook.sheets[index]?.table.header ?? []));
  };

  const commit = async (): Promise<void> => {
    if (!validation) return;
    setCommitState({ kind: 'working' });
    try {
      const result = await onCommit(rowsToImport(validation, skipRowsWithErrors));
      setCommitState(result.ok ? { kind: 'done', cases: result.value.cases } : { kind: 'failed', error: result.error });
    } catch (error) {
      setCommitState({ kind: 'failed', error: coerceError(error) });
    }
  };

  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className="card spreadsheet-import"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose && commitState.kind !== 'working') onClose();
      }}
    >
      <header className="row">
        <h2 id={titleId}>{t('dialog.title')}</h2>
        {onClose && (
          <button type="button" onClick={onClose} disabled={commitState.kind === 'working'}>
            {t('dialog.close')}
          </button>
        )}
      </header>
      <h3 ref={stepHeading} tabIndex={-1}>
        {step === 'pick' ? t('pick.heading') : step === 'mapping' ? t('mapping.heading') : t('preview.heading')}
      </h3>
      {loaded && table && step !== 'pick' && <p className="hint">{t('pick.fileSummary', { name: loaded.fileName, count: table.rows.length })}</p>}

      {step === 'pick' && <FilePickStep isReading={isReading} problem={problem} onFile={(file) => void chooseFile(file)} />}
      {step === 'mapping' && loaded && table && mapping && (
        <ColumnMappingStep
          header={table.header}
          mapping={mapping}
          sheetNames={loaded.sheets.map((sheet) => sheet.name)}
          sheetIndex={sheetIndex}
          fileIssues={table.fileIssues}
          onMappingChange={setMapping}
          onSheetChange={(index) => selectSheet(loaded, index)}
          onBack={() => setStep('pick')}
          onNext={() => {
            setCommitState({ kind: 'idle' });
            setInternalOnlyConfirmed(false);
            setStep('preview');
          }}
        />
      )}
      {step === 'preview' && validation && (
        <PreviewStep
          validation={validation}
          hasConsentColumn={mapping?.consent !== null && mapping?.consent !== undefined}
          isInternalOnlyConfirmed={isInternalOnlyConfirmed}
          onInternalOnlyConfirmedChange={setInternalOnlyConfirmed}
          commitState={commitState}
          skipRowsWithErrors={skipRowsWithErrors}
          onSkipChange={setSkipRowsWithErrors}
          onBack={() => setStep('mapping')}
          onCommit={() => void commit()}
        />
      )}
    </section>
  );
}
