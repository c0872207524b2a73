// The lines under a report's title, the same in Word and Markdown: who submits it, to whom, for which period, and
// its keywords, as UPR submissions are asked to open.
import type { Catalog } from '../catalog/types';
import { readableDate } from '../i18n/readable-date';
import type { Translate } from '../i18n/translate';
import { isJointSubmission } from '../model';
import type { ComposedReport } from './compose-report';
import { targetLabel } from './report-target';

const day = (iso: string, lang: string) => readableDate({ precision: 'day', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }, lang);

export type FrontMatter = { submittedBy: string; target: string; period: string; keywords?: string };

export function frontMatter(report: ComposedReport, catalog: Catalog, t: Translate): FrontMatter {
  const { project } = report;
  const lang = project.language;
  const kind = isJointSubmission(project) ? t('report:submission.joint') : t('report:submission.individual');
  return {
    submittedBy: `${t('report:document.submittedBy')}: ${project.organisations.join('; ')}`,
    target: `${targetLabel(project.target, catalog, lang, t)} · ${kind} · ${project.country}`,
    period: t('report:document.period', { from: day(project.period.from, lang), to: day(project.period.to, lang) }),
    ...(project.keywords.length > 0 ? { keywords: `${t('report:document.keywords')}: ${project.keywords.join(', ')}` } : {}),
  };
}
