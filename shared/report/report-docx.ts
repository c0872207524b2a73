// A composed report as the Word file UN secretariats ask for: real headings, paragraphs numbered by Word itself
// (so they renumber when the team edits the file), real footnotes, page numbers in the footer, and the annex of
// exhibits as a table with each file's SHA-256. Arial, as in the dossier, for its Cyrillic and Kazakh letters.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Catalog } from '../catalog/types';
import type { Translate } from '../i18n/translate';
import { footerParts } from '../export/case-dossier';
import type { ComposedBlock, ComposedReport, Run } from './compose-report';
import { frontMatter } from './report-front-matter';

const LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;
const MUTED = '555555';
const PARAGRAPHS = 'report-paragraphs';
const ORDERED = 'report-ordered-list';

function runsOf(runs: readonly Run[]): (TextRun | FootnoteReferenceRun)[] {
  return runs.map((run) => {
    if (run.kind === 'footnote') return new FootnoteReferenceRun(run.number);
    if (run.kind === 'break') return new TextRun({ text: '', break: 1 });
    return new TextRun({ text: run.text, bold: run.bold, italics: run.italic });
  });
}

function blockContent(block: ComposedBlock, listInstance: () => number): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      // One numbering instance for the whole report: paragraph 12 follows paragraph 11 across sections.
      return [new Paragraph({ numbering: { reference: PARAGRAPHS, level: 0 }, spacing: { after: 120 }, children: runsOf(block.runs) })];
    case 'heading':
      return [new Paragraph({ heading: block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: runsOf(block.runs) })];
    case 'list': {
      // Each ordered list starts again at 1, so it gets a numbering instance of its own.
      const instance = block.ordered ? listInstance() : 0;
      return block.items.map(
        (item) =>
          new Paragraph({
            ...(block.ordered ? { numbering: { reference: ORDERED, level: Math.min(item.depth, 2), instance } } : { bullet: { level: Math.min(item.depth, 2) } }),
            children: runsOf(item.runs),
          }),
      );
    }
  }
}

function annex(report: ComposedReport, t: Translate): (Paragraph | Table)[] {
  if (report.exhibits.length === 0) return [];
  const cell = (text: string, options: { bold?: boolean; font?: string } = {}) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, ...options })] })] });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(t('report:document.annex'))] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [t('report:document.exhibit'), t('report:document.file'), t('report:document.sha256'), t('dossier:exhibits.custody')].map((text) => cell(text, { bold: true })) }),
        ...report.exhibits.map(
          (exhibit) => new TableRow({ cantSplit: true, children: [cell(exhibit.label), cell(exhibit.fileName), cell(exhibit.sha256, { font: 'Courier New' }), cell(exhibit.custody ?? '')] }),
        ),
      ],
    }),
  ];
}

export function reportToDocx(report: ComposedReport, options: { catalog: Catalog; t: Translate }): Document {
  const { t } = options;
  const { project } = report;
  const front = frontMatter(report, options.catalog, t);
  let lists = 0;
  const listInstance = () => ++lists;
  const footer = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        color: MUTED,
        size: 16,
        children: footerParts((page, pages) => t('report:document.footer', { page, pages })).map((part) =>
          'text' in part ? part.text : part.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
        ),
      }),
    ],
  });
  const sections = [
    ...(report.summary.length > 0 ? [{ title: t('report:summary.title'), blocks: report.summary }] : []),
    ...report.sections.map((section) => ({ title: section.title, blocks: section.blocks })),
  ];
  return new Document({
    creator: 'Tamga',
    title: project.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: LANGUAGE_TAGS[project.language] } } } } },
    numbering: {
      config: [
        { reference: PARAGRAPHS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }] },
        {
          reference: ORDERED,
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.LOWER_LETTER, text: `(%${level + 1})`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1134 + level * 567, hanging: 567 } } } })),
        },
      ],
    },
    footnotes: Object.fromEntries(report.footnotes.map((note) => [note.number, { children: [new Paragraph({ children: [new TextRun(note.text)] })] }])),
    sections: [
      {
        footers: { default: new Footer({ children: [footer] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(project.title)] }),
          ...[front.submittedBy, front.target, front.period, front.keywords].filter((line): line is string => line !== undefined).map((line) => new Paragraph({ children: [new TextRun({ text: line, color: MUTED })] })),
          ...sections.flatMap((section) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
            ...section.blocks.flatMap((block) => blockContent(block, listInstance)),
          ]),
          ...annex(report, t),
        ],
      },
    ],
  });
}

/** The .docx bytes; the same in Node (the command line) and in the browser (the builder's download). */
export function writeReportDocx(report: ComposedReport, options: { catalog: Catalog; t: Translate }): Promise<Uint8Array> {
  return Packer.pack(reportToDocx(report, options), 'uint8array');
}
