import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Narrative, ReportProject } from '../../../shared/model';
import { isJointSubmission } from '../../../shared/model';
import type { Translate } from '../../../shared/i18n/translate';
import { composeReport } from '../../../shared/report/compose-report';
import { custodyLine } from '../../../shared/report/exhibit-custody';
import { planReport, type ReportRecords } from '../../../shared/report/report-plan';
import type { AppError } from '../../../shared/result';
import { ErrorNotice } from '../../app/ErrorNotice';
import { DOCX_TYPE, saveFile } from '../../platform/save-file';
import { tamga } from '../../platform/tamga-client';
import { useRecords } from '../../records';
import { useCatalogStore } from '../catalog/catalog-store';
import { loadReportRecords } from './load-report-records';
import { ReportChecks } from './ReportChecks';
import { ReportSectionView } from './ReportSectionView';
import { ScopeEditor } from './ScopeEditor';
import { SummarySection } from './SummarySection';
import { useReportsView } from './reports-view-store';
import { useTargetLabel } from './use-target-label';

const AUTOSAVE_MS = 700;
type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; error: AppError };

/** Puts a section's narrative in place, adding the section the first time something is written in it. */
function withNarrative(project: ReportProject, key: string, narrative: Narrative): ReportProject {
  const exists = project.sections.some((section) => section.key === key);
  const sections = exists
    ? project.sections.map((section) => (section.key === key ? { ...section, narrative } : section))
    : [...project.sections, { key, articles: [key], narrative }];
  return { ...project, sections };
}

export function ReportBuilder({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('report');
  const records = useRecords((s) => s.records);
  const catalog = useCatalogStore((s) => s.catalog);
  const close = useReportsView((s) => s.close);
  const targetLabel = useTargetLabel();
  const [project, setProject] = useState<ReportProject>();
  const [data, setData] = useState<ReportRecords>();
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [downloadError, setDownloadError] = useState<AppError>();
  const pending = useRef<ReportProject | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!records) return;
    void (async () => {
      setProject(await records.reportProjects.get(projectId));
      setData(await loadReportRecords(records));
    })();
  }, [records, projectId]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!records || !next) return;
    pending.current = undefined;
    setSave({ state: 'saving' });
    const saved = await records.reportProjects.save(next);
    setSave(saved.ok ? { state: 'saved' } : { state: 'failed', error: saved.error });
  }, [records]);

  useEffect(() => {
    useReportsView.setState({ flushBuilder: flush });
    return () => {
      useReportsView.setState({ flushBuilder: undefined });
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (project: ReportProject) => ReportProject) => {
      setProject((current) => {
        if (!current) return current;
        const next = change(current);
        pending.current = next;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
        return next;
      });
    },
    [flush],
  );
  const onNarrative = useCallback((key: string, narrative: Narrative) => update((current) => withNarrative(current, key, narrative)), [update]);
  const onSummary = useCallback((narrative: Narrative) => update((current) => ({ ...current, executiveSummary: narrative })), [update]);
  const [keywords, setKeywords] = useState<string>();
  const onKeywords = (text: string) => {
    setKeywords(text);
    update((current) => ({ ...current, keywords: text.split(',').map((word) => word.trim()).filter(Boolean) }));
  };

  // The report speaks its own language, whatever language the builder is shown in.
  const reportLanguage = project?.language;
  const reportT = useMemo<Translate | undefined>(() => {
    if (!reportLanguage) return undefined;
    const fixed = i18n.getFixedT(reportLanguage);
    return (key, values) => fixed(key, values);
  }, [i18n, reportLanguage]);
  // Composing reads the whole working set (about 0.4 s for 10,000 cases and people), so it follows the typing as a
  // deferred value: a keystroke renders at once, and the count and footnotes catch up when React has time.
  const shown = useDeferredValue(project);
  const plan = useMemo(() => (shown && data && reportT ? planReport(shown, data, { catalog, lang: shown.language, t: reportT }) : undefined), [shown, data, catalog, reportT]);
  const composed = useMemo(() => (shown && data && reportT ? composeReport(shown, data, { catalog, lang: shown.language, t: reportT }) : undefined), [shown, data, catalog, reportT]);

  // The files carry each exhibit as the vault holds it (name, hash, custody), read from main when asked. The file
  // name holds the project id, not its title: the same in every language and safe on any disk.
  const download = async (format: 'docx' | 'md') => {
    if (!project || !data || !reportT) return;
    setDownloadError(undefined);
    await flush();
    const listed = await tamga().invoke('evidence.list', {});
    if (!listed.ok) return setDownloadError(listed.error);
    const files = new Map(listed.value.map((item) => [item.id, { itemId: item.id, fileName: item.originalName, sha256: item.sha256 }]));
    const report = composeReport(project, data, { catalog, lang: project.language, t: reportT, files });
    const exhibits = await Promise.all(
      report.exhibits.map(async (exhibit) => {
        if (!files.has(exhibit.itemId)) return exhibit;
        const custody = await tamga().invoke('evidence.custody', { itemId: exhibit.itemId });
        return custody.ok ? { ...exhibit, custody: custodyLine(custody.value, project.language, reportT) } : exhibit;
      }),
    );
    const name = `tamga-report-${projectId}.${format}`;
    if (format === 'md') {
      const { reportMarkdown } = await import('../../../shared/report/report-markdown');
      return saveFile(new TextEncoder().encode(reportMarkdown({ ...report, exhibits }, { catalog, t: reportT })), name, 'text/markdown;charset=utf-8');
    }
    const { writeReportDocx } = await import('../../../shared/report/report-docx');
    saveFile(await writeReportDocx({ ...report, exhibits }, { catalog, t: reportT }), name, DOCX_TYPE);
  };

  if (!records || !project || !plan || !composed) return <p role="status">{t('common:status.loading')}</p>;
  return (
    <div className="page page-wide stack report-builder">
      <div>
        <button type="button" className="link" onClick={() => void flush().then(close)}>
          {t('common:action.back')}
        </button>
      </div>
      <header className="stack report-header">
        <h1>{project.title}</h1>
        <p>
          {targetLabel(project)} · {isJointSubmission(project) ? t('submission.joint') : t('submission.individual')} · {project.country} · {project.period.from} – {project.period.to} ·{' '}
          {project.language === 'en' ? t('language.en') : project.language === 'ru' ? t('language.ru') : t('language.kk')}
        </p>
        <p className="muted">{project.organisations.join('; ')}</p>
        <div className="row">
          <button type="button" onClick={() => void download('docx')}>
            {t('export.docx')}
          </button>
          <button type="button" onClick={() => void download('md')}>
            {t('export.markdown')}
          </button>
        </div>
        <ErrorNotice error={downloadError} />
        <ScopeEditor scope={project.scope} onChange={(scope) => update((current) => ({ ...current, scope }))} />
        <p className="save-status" role="status">
          {save.state === 'saving' ? t('save.saving') : save.state === 'saved' ? t('save.saved') : ''}
        </p>
        {save.state === 'failed' && <ErrorNotice error={save.error} />}
      </header>
      <div className="report-layout">
        <div className="stack report-sections">
          <SummarySection narrative={project.executiveSummary} onChange={onSummary} keywords={keywords ?? project.keywords.join(', ')} onKeywords={onKeywords} />
          {plan.map((section) => (
            <ReportSectionView key={section.key} section={section} composed={composed.sections.find((s) => s.key === section.key)} footnotes={composed.footnotes} onChange={onNarrative} />
          ))}
        </div>
        <ReportChecks report={composed} />
      </div>
    </div>
  );
}
