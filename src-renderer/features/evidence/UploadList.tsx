import { useTranslation } from 'react-i18next';
import { useEvidence } from './evidence-store';

export function UploadList() {
  const { t } = useTranslation(['evidence', 'errors']);
  const uploads = useEvidence((s) => s.uploads);
  if (uploads.length === 0) return null;
  return (
    <section aria-label={t('uploads')} className="card">
      <h2>{t('uploads')}</h2>
      <ul className="uploads">
        {uploads.map((upload) => (
          <li key={upload.key}>
            <span className="upload-name">{upload.name}</span>
            <progress max={Math.max(upload.size, 1)} value={upload.state === 'sending' ? upload.sent : Math.max(upload.size, 1)} aria-label={t('progressOf', { name: upload.name })} />
            <span className={`upload-state state-${upload.state}`} role="status">
              {upload.error ? t(`errors:${upload.error.code}`, { ...upload.error.details, name: upload.name }) : t(`state.${upload.state}`)}
            </span>
            {upload.state === 'sending' && (
              <button type="button" onClick={upload.cancel} aria-label={t('cancelOf', { name: upload.name })}>
                {t('common:action.cancel')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
