import { useTranslation } from 'react-i18next';
import type { ImageMetadataResult } from '../../../../shared/evidence/image-metadata';
import { formatNumber } from '../../../../shared/i18n/format';

export function ImageMetadataPanel({ result }: { result: ImageMetadataResult | undefined }) {
  const { t, i18n } = useTranslation('viewer');
  if (!result) return null;
  const degrees = (value: number) => formatNumber(value, i18n.language, { maximumFractionDigits: 6, minimumFractionDigits: 6 });
  return (
    <section aria-labelledby="image-metadata-title">
      <h2 id="image-metadata-title">{t('metadata.title')}</h2>
      {result.kind === 'none' && <p className="muted">{t('metadata.none')}</p>}
      {result.kind === 'unreadable' && (
        <p className="notice" role="status" data-testid="metadata-unreadable">
          {t('metadata.unreadable')}
        </p>
      )}
      {result.kind === 'read' && (
        <dl className="facts" data-testid="image-metadata">
          {result.metadata.capturedAt && (
            <>
              <dt>{t('metadata.capturedAt')}</dt>
              <dd>{result.metadata.capturedAt}</dd>
            </>
          )}
          {(result.metadata.make || result.metadata.model) && (
            <>
              <dt>{t('metadata.camera')}</dt>
              <dd>{[result.metadata.make, result.metadata.model].filter(Boolean).join(' ')}</dd>
            </>
          )}
          {result.metadata.latitude !== undefined && result.metadata.longitude !== undefined && (
            <>
              <dt>{t('metadata.location')}</dt>
              <dd>
                {degrees(result.metadata.latitude)}, {degrees(result.metadata.longitude)}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
