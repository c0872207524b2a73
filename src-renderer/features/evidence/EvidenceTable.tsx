import { useTranslation } from 'react-i18next';
import { formatByteSize, formatDateTime } from '../../../shared/i18n/format';
import { useEvidence } from './evidence-store';

/** `onOpen` makes each name a button that opens the item's page (viewer, hash check, custody). */
export function EvidenceTable({ onOpen }: { onOpen?(itemId: string): void }) {
  const { t, i18n } = useTranslation('evidence');
  const items = useEvidence((s) => s.items);
  if (items.length === 0) return <p className="empty-state">{t('empty')}</p>;
  return (
    <table className="evidence-table">
      <caption>{t('count', { count: items.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('column.name')}</th>
          <th scope="col">{t('column.type')}</th>
          <th scope="col">{t('column.size')}</th>
          <th scope="col">{t('column.sha256')}</th>
          <th scope="col">{t('column.imported')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              {onOpen ? (
                <button type="button" className="link" onClick={() => onOpen(item.id)}>
                  {item.originalName}
                </button>
              ) : (
                item.originalName
              )}
            </td>
            <td>{item.mediaType ?? t('unknownType')}</td>
            <td className="number">{formatByteSize(item.size, i18n.language)}</td>
            <td>
              <code title={item.sha256}>{item.sha256.slice(0, 16)}…</code>
            </td>
            <td>{formatDateTime(item.importedAt, i18n.language, { date: 'medium', time: 'short' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
