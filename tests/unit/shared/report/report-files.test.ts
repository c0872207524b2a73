// Hostile or unusual text makes a correct file, never a broken one: markup in a title or a pasted sentence stays
// text, right-to-left and emoji organisation names survive, and a 50,000-word narrative still builds.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { composeReport } from '../../../../shared/report/compose-report';
import { writeReportDocx } from '../../../../shared/report/report-docx';
import { reportMarkdown } from '../../../../shared/report/report-markdown';
import { createTranslator } from '../../../../src-main/cli/translator';
import { ccprProject, cite, doc, IDS, reportRecords, text } from './report-fixture';

const catalog = loadCatalog();

describe('report files', () => {
  it('keeps markup typed as text from becoming links, headings or lists in Markdown', async () => {
    const t = await createTranslator('en');
    const project = ccprProject({
      title: '[Click](http://evil.example) <script>',
      organisations: ['مركز حقوق الإنسان', 'Qaharman 🕊️'],
      sections: [{ key: 'ICCPR-21', articles: ['ICCPR-21'], narrative: { type: 'doc', content: [{ type: 'paragraph', content: [text('*not bold* and _not italic_ | pipe'), { type: 'hardBreak' }, text('# not a heading'), { type: 'hardBreak' }, text('- not a list'), cite('case', IDS.kettling)] }] } }],
    });
    const md = reportMarkdown(composeReport(project, reportRecords(), { catalog, lang: 'en', t }), { catalog, t });
    expect(md.startsWith('# \\[Click\\](http://evil.example) \\<script\\>\n')).toBe(true);
    expect(md).toContain('Submitted by: مركز حقوق الإنسان; Qaharman 🕊️');
    expect(md).toContain('1. \\*not bold\\* and \\_not italic\\_ \\| pipe\\\n\\# not a heading\\\n\\- not a list[^1]');
  });

  it('builds the Word file of a 50,000-word narrative with the count said plainly', async () => {
    const t = await createTranslator('ru');
    const paragraphs = Array.from({ length: 500 }, (_, p) => [text(Array.from({ length: 100 }, (_, w) => `слово${p}_${w}`).join(' ')), cite('case', IDS.kettling)]);
    const project = ccprProject({ language: 'ru', target: { kind: 'upr', cycle: 4 }, scope: { articles: ['ICCPR-21'], places: [], tags: [], verifiedOnly: true }, sections: [{ key: 'ICCPR-21', articles: ['ICCPR-21'], narrative: doc(...paragraphs) }] });
    const started = Date.now();
    const report = composeReport(project, reportRecords(), { catalog, lang: 'ru', t });
    expect(report.words.text).toBeGreaterThan(50_000);
    expect(report.warnings[0]).toMatchObject({ code: 'overLimit', limit: 2_815 });
    const docx = await writeReportDocx(report, { catalog, t });
    expect(Date.now() - started).toBeLessThan(30_000);
    const files = unzipSync(docx);
    expect(strFromU8(files['word/document.xml']!)).toContain('слово499_99');
    expect(strFromU8(files['word/footnotes.xml']!).match(/<w:footnote /g)?.length).toBeGreaterThanOrEqual(500);
  }, 60_000);
});
