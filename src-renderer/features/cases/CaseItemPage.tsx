import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceItemPage } from '../case-evidence';
import type { CasesRecords } from './cases-records';

type Props = { records: CasesRecords; caseId: string; itemId: string; onBack(): void; page?: number; find?: string };

/** An item opened from a case (or from a search hit, at the hit's page): its own page, whose Back names the case. */
export function CaseItemPage({ records, caseId, itemId, onBack, page, find }: Props) {
  const { t } = useTranslation('cases');
  const [title, setTitle] = useState<string>();
  useEffect(() => {
    let live = true;
    void records.cases.get(caseId).then((record) => live && setTitle(record?.title));
    return () => {
      live = false;
    };
  }, [records, caseId]);
  return (
    <EvidenceItemPage
      itemId={itemId}
      caseId={caseId}
      records={records}
      backLabel={title ? t('item.back', { title }) : t('item.backToCase')}
      onBack={onBack}
      startPage={page}
      startFind={find}
    />
  );
}
