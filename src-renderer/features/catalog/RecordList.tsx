import { useTranslation } from 'react-i18next';
import { formatPartialDate } from './partial-date';
import { newestFirst, type TaggedRecord } from './tagged-records';

type Props = { records: readonly TaggedRecord[]; onOpenRecord(id: string, kind: TaggedRecord['kind']): void };

export function RecordList({ records, onOpenRecord }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const kindText = (kind: TaggedRecord['kind']): string => {
    switch (kind) {
      case 'case':
        return t('browser.records.case');
      case 'event':
        return t('browser.records.event');
      case 'excerpt':
        return t('browser.records.excerpt');
    }
  };
  return (
    <ul className="record-list">
      {newestFirst(records).map((record) => (
        <li key={record.id}>
          <span className="entry-kind">{kindText(record.kind)}</span>
          <button type="button" className="link" onClick={() => onOpenRecord(record.id, record.kind)}>
            {record.title}
          </button>
          <span className="muted">{record.date ? formatPartialDate(record.date, i18n.language) : t('browser.records.undated')}</span>
        </li>
      ))}
    </ul>
  );
}
