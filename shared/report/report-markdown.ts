// A composed report as Markdown (CommonMark with footnotes, as GitHub and pandoc read it): numbered paragraphs keep
// the report's own numbers, citations are footnotes, and the annex is a table. Text is escaped, so a case title or
// a pasted sentence cannot turn into a link, an image or a heading.
import type { Catalog } from '../catalog/types';
import type { Translate } from '../i18n/translate';
import type { ComposedBlock, ComposedReport, Run } from './compose-report';
import { frontMatter } from './report-front-matter';

/** Backslash-escapes what CommonMark reads as inline markup anywhere in a line. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
/** What would start a heading, list, quote or rule at the start of a line is escaped there too. */
const escapeLineStart = (text: string): string => text.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, start: string) => `${space}${start.replace(/([#>+=\-.)])$/, '\\$1')}`);
const inTable = (text: string) => escapeMarkdown(text).replace(/\r?\n/g, ' ');

function inline(runs: readonly Run[]): string {
  return runs
    .map((run, index) => {
      if (run.kind === 'footnote') return `[^${run.number}]`;
      if (run.kind === 'break') return '\\\n';
      // Marks wrap the words only, since "** text**" is not bold in CommonMark.
      const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
      if (!body) return run.text;
      const mark = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
      const text = runs[index - 1]?.kind === 'break' ? escapeLineStart(escapeMarkdown(body)) : escapeMarkdown(body);
      return `${lead}${mark}${text}${mark}${trail}`;
    })
    .join('');
}

function block(item: ComposedBlock): string {
  switch (item.kind) {
    case 'paragraph':
      return `${item.number}. ${inline(item.runs)}`;
    case 'heading':
      return `${item.level === 3 ? '###' : '####'} ${inline(item.runs)}`;
    case 'list':
      // Indented under the numbered paragraph above, so the list stays part of it.
      return item.items.map((entry, index) => `${'   '.repeat(entry.depth + 1)}${item.ordered ? `${index + 1}.` : '-'} ${inline(entry.runs)}`).join('\n');
  }
}

export function reportMarkdown(report: ComposedReport, options: { catalog: Catalog; t: Translate }): string {
  const { t } = options;
  const front = frontMatter(report, options.catalog, t);
  const out: string[] = [`# ${escapeMarkdown(report.project.title)}`, [front.submittedBy, front.target, front.period, front.keywords].filter(Boolean).map((line) => escapeMarkdown(line!)).join('  \n')];
  const sections = [...(report.summary.length > 0 ? [{ title: t('report:summary.title'), blocks: report.summary }] : []), ...report.sections];
  for (const section of sections) {
    out.push(`## ${escapeMarkdown(section.title)}`);
    for (const item of section.blocks) out.push(block(item));
  }
  if (report.exhibits.length > 0) {
    out.push(`## ${escapeMarkdown(t('report:document.annex'))}`);
    out.push(
      [
        `| ${t('report:document.exhibit')} | ${t('report:document.file')} | ${t('report:document.sha256')} | ${t('dossier:exhibits.custody')} |`,
        '| --- | --- | --- | --- |',
        ...report.exhibits.map((exhibit) => `| ${exhibit.label} | ${inTable(exhibit.fileName)} | \`${exhibit.sha256}\` | ${inTable(exhibit.custody ?? '')} |`),
      ].join('\n'),
    );
  }
  if (report.footnotes.length > 0) out.push(report.footnotes.map((note) => `[^${note.number}]: ${escapeMarkdown(note.text)}`).join('\n'));
  return `${out.join('\n\n')}\n`;
}
