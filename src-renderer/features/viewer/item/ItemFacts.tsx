import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/ipc/channels/vault';
import { formatByteSize, formatDateTime, formatNumber } from '../../../../shared/i18n/format';

/** The facts a recipient checks against the bundle manifest: name, detected type, size, hash, import time. */
export function ItemFacts({ item }: { item: ItemRecord }) {
  const { t, i18n } = useTranslation('viewer');
  const language = i18n.language;
  // Under a kilobyte the exact count says it all.
  const approximate = item.size >= 1000 ? formatByteSize(item.size, language) : undefined;
  const exact = t('facts.sizeBytes', { count: item.size, size: formatNumber(item.size, language) });
  const imported = formatDateTime(item.importedAt, language, { date: 'long', time: 'medium' });
  return (
    <section aria-labelledby="item-facts-title">
      <h2 id="item-facts-title">{t('facts.title')}</h2>
      <dl className="facts">
        <dt>{t('facts.name')}</dt>
        <dd>{item.originalName}</dd>
        <dt>{t('facts.type')}</dt>
        <dd>{item.mediaType ?? t('facts.unknownType')}</dd>
        <dt>{t('facts.size')}</dt>
        <dd>{approximate ? `${approximate} (${exact})` : exact}</dd>
        <dt>{t('facts.sha256')}</dt>
        <dd>
          <code className="hash" data-testid="item-sha256">
            {item.sha256}
          </code>
        </dd>
        <dt>{t('facts.imported')}</dt>
        <dd>
          <time dateTime={item.importedAt}>{imported}</time>
        </dd>
      </dl>
    </section>
  );
}
