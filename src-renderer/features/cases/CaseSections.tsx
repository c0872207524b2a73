import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/export/case-disclosure';
import type { Case } from '../../../shared/model';
import { CaseEvidenceSection } from '../case-evidence';
import { DossierSection } from '../dossier/DossierSection';
import { ExportBundleSection } from '../export/ExportBundleSection';
import { CaseFieldsSection, type TagPickerSlot } from './CaseFieldsSection';
import { CaseTagsSection } from './CaseTagsSection';
import type { CasesRecords } from './cases-records';
import type { CaseSection } from './cases-view-store';
import { EventsSection } from './EventsSection';
import { HistorySection } from './HistorySection';
import type { LoadedCase } from './load-case';
import { MergeCaseSection } from './MergeCaseSection';
import { NotesSection } from './NotesSection';
import { PeopleSection } from './PeopleSection';
import { ProceedingsSection } from './ProceedingsSection';
import { SourcesSection } from './SourcesSection';
import { useCaseFieldsForm } from './use-case-fields-form';

type Props = {
  records: CasesRecords;
  caseId: string;
  loaded: LoadedCase;
  /** The case as last saved; undefined until a new case has its title. */
  record: Case | undefined;
  isNew: boolean;
  section: CaseSection;
  onSaved(record: Case): void;
  onMerged(): void;
  onOpenItem(itemId: string): void;
  onOpenDossier(audience: Audience): void;
  tagPicker?: TagPickerSlot;
};

/**
 * Every section of the case, one on screen at a time. The others stay mounted but hidden, so a pause in typing
 * still saves and switching sections restores nothing from drafts. Evidence is the exception: it listens for
 * pasted files, and only the section in view may take them.
 */
export function CaseSections({ records, caseId, loaded, record, isNew, section, onSaved, onMerged, onOpenItem, onOpenDossier, tagPicker }: Props) {
  const { t } = useTranslation('cases');
  const fields = useCaseFieldsForm({ records, caseId, record: loaded.record, isNew, onSaved });
  const part = (name: CaseSection, content: ReactNode) => (
    <div className="stack case-section" data-section={name} hidden={section !== name}>
      {content}
    </div>
  );
  return (
    <div className="stack">
      {part(
        'summary',
        <>
          {fields.restored && <p className="notice">{t('editor.restored')}</p>}
          <CaseFieldsSection form={fields} />
          {record ? (
            <>
              <NotesSection records={records} caseId={caseId} initial={loaded.notes} />
              <MergeCaseSection records={records} caseId={caseId} onMerged={onMerged} />
            </>
          ) : (
            <p className="notice">{t('editor.needsTitle')}</p>
          )}
        </>,
      )}
      {record && (
        <>
          {part(
            'events',
            <>
              <EventsSection records={records} caseId={caseId} initial={loaded.events} tagPicker={tagPicker} />
              <ProceedingsSection records={records} caseId={caseId} initial={loaded.proceedings} />
            </>,
          )}
          {part('people', <PeopleSection records={records} caseId={caseId} initialLinks={loaded.links} initialPeople={loaded.people} />)}
          {part(
            'evidence',
            <>
              {section === 'evidence' && <CaseEvidenceSection caseId={caseId} onOpenItem={onOpenItem} />}
              <DossierSection records={records} caseId={caseId} onOpenPrint={onOpenDossier} />
              <ExportBundleSection records={records} caseId={caseId} />
            </>,
          )}
          {part('tags', <CaseTagsSection form={fields} tagPicker={tagPicker} />)}
          {part(
            'sources',
            <SourcesSection
              records={records}
              caseId={caseId}
              caseIds={[caseId, ...(record.mergedFrom ?? [])]}
              initialClaims={loaded.claims}
              caseSourceIds={loaded.events.flatMap((e) => e.sourceIds)}
              allSources={loaded.sources}
            />,
          )}
          {part('history', <HistorySection caseId={caseId} />)}
        </>
      )}
    </div>
  );
}
