import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportProject } from '../../../shared/model';
import { useRecords } from '../../records';
import { NewReportForm } from './NewReportForm';
import { useReportsView } from './reports-view-store';
import { useTargetLabel } from './use-target-label';

export function ReportList() {
  const { t } = useTranslation('report');
  const records = useRecords((s) => s.records);
  const open = useReportsView((s) => s.open);
  const targetLabel = useTargetLabel();
  const [projects, setProjects] = useState<ReportProject[]>([]);
  const [isCreating, setCreating] = useState(false);

  const reload = useCallback(async () => {
    if (records) setProjects(await records.reportProjects.list());
  }, [records]);
  useEffect(() => {
    void reload();
    const refreshed = records?.onRefreshed(() => void reload());
    return () => refreshed?.dispose();
  }, [records, reload]);

  if (!records) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="page stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {isCreating ? (
        <NewReportForm onCancel={() => setCreating(false)} onCreated={(project) => open(project.id)} />
      ) : (
        <div>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('list.new')}
          </button>
        </div>
      )}
      <section className="card stack" aria-labelledby="report-list-title">
        <h2 id="report-list-title">{t('list.heading')}</h2>
        {projects.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <ul className="report-list">
            {projects.map((project) => (
              <li key={project.id}>
                <button type="button" className="link" aria-label={t('list.open', { title: project.title })} onClick={() => open(project.id)}>
                  {project.title}
                </button>
                <span className="muted">
                  {targetLabel(project)} · {project.country} · {project.period.from} – {project.period.to}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
