import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useRecords } from '../../records';
import { useEvidence } from '../evidence/evidence-store';
import { UploadList } from '../evidence/UploadList';
import { AttachedItemList } from './AttachedItemList';
import { AttachNotices } from './AttachNotices';
import { AttachPanel } from './AttachPanel';
import { CaseExcerptList } from './CaseExcerptList';
import type { ItemBytes } from './item-facts';
import { ProvenanceFields } from './ProvenanceFields';
import { dateLanguageOf, EMPTY_PROVENANCE, provenanceOf, type ProvenanceForm } from './provenance-form';
import { useCaseEvidence, type CaseEvidenceRecords } from './use-case-evidence';
import './case-evidence.css';

type Props = {
  caseId: string;
  /** Defaults to the records opened at unlock; tests pass their own. */
  records?: CaseEvidenceRecords;
  /** Where item bytes are read for text and Exif; defaults to the vault's item URL. Tests pass fixture bytes. */
  bytes?: ItemBytes;
  /** An attached item is read on its own page; the host says which (the case's, or the Evidence screen's). */
  onOpenItem(itemId: string): void;
};

/** A case's evidence: attach files (new or already sealed), say where they came from, read them, excerpt them. */
export function CaseEvidenceSection({ caseId, records: given, bytes, onOpenItem }: Props) {
  const { t, i18n } = useTranslation('case-evidence');
  const opened = useRecords((s) => s.records);
  const records = given ?? opened;
  const vaultItems = useEvidence((s) => s.items);
  const { attached, excerpts, people, notices, error, attachOne, attachFiles, detach, retagExcerpt } = useCaseEvidence(records, caseId, bytes);
  const [form, setForm] = useState<ProvenanceForm>(EMPTY_PROVENANCE);
  const [invalidField, setInvalidField] = useState<'url' | 'obtainedOn'>();

  const byId = useMemo(() => new Map(vaultItems.map((item) => [item.id, item])), [vaultItems]);
  const attachedIds = new Set(attached.map((a) => a.itemId));
  const excerptCounts = new Map<string, number>();
  for (const excerpt of excerpts) excerptCounts.set(excerpt.itemId, (excerptCounts.get(excerpt.itemId) ?? 0) + 1);

  // The form is read at the moment of attaching, so what the monitor typed applies to the files attached next.
  const source = () => {
    const result = provenanceOf(form, dateLanguageOf(i18n.language));
    setInvalidField(result.ok ? undefined : result.field);
    return result.ok ? result.value : undefined;
  };

  return (
    <section className="card stack case-evidence" aria-labelledby="case-evidence-title">
      <h2 id="case-evidence-title">{t('title')}</h2>
      <ErrorNotice error={error} />
      <ProvenanceFields value={form} onChange={setForm} people={people} invalidField={invalidField} />
      <AttachPanel
        candidates={vaultItems.filter((item) => !attachedIds.has(item.id))}
        onFiles={(files) => {
          const from = source();
          if (from) void attachFiles(files, from);
        }}
        onPick={(itemId) => {
          const item = byId.get(itemId);
          const from = source();
          if (item && from) void attachOne(item, from, false);
        }}
      />
      <UploadList />
      <AttachNotices notices={notices} />
      <AttachedItemList
        attached={attached}
        people={people}
        excerptCounts={excerptCounts}
        canOpen={(itemId) => byId.has(itemId)}
        onOpen={onOpenItem}
        onDetach={(id) => void detach(id)}
      />
      <CaseExcerptList
        excerpts={excerpts}
        nameOf={(itemId) => attached.find((a) => a.itemId === itemId)?.snapshot.originalName ?? byId.get(itemId)?.originalName ?? itemId}
        onTags={(excerpt, tags) => void retagExcerpt(excerpt, tags)}
      />
    </section>
  );
}
