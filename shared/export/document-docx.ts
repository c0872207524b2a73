// A printable document as a Word file: real heading styles (so Word's navigation pane and LibreOffice's outline
// see the structure), tables with a header row repeated on each page, and page numbers in the footer. Arial is
// named because Word and LibreOffice both have it or a metric twin, with Cyrillic and Kazakh letters.
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentBlock, PrintableDocument } from './printable-document';

const LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' } as const;
const MUTED = '555555';
const CODE_FONT = 'Courier New';

/** Lines of a text as runs with breaks, so a newline typed in a summary stays a line break in Word. */
const runsOf = (text: string, options: { bold?: boolean; font?: string; color?: string } = {}): TextRun[] =>
  text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...options }));

function table(block: Extract<DocumentBlock, { kind: 'table' }>): Table {
  const widthOf = (column: number) => (block.widths?.[column] !== undefined ? { size: block.widths[column]!, type: WidthType.PERCENTAGE } : undefined);
  const cell = (text: string, column: number, isHeader: boolean) =>
    new TableCell({
      width: widthOf(column),
      children: [new Paragraph({ children: runsOf(text, { bold: isHeader, font: !isHeader && block.codeColumns?.includes(column) ? CODE_FONT : undefined }) })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((text, column) => cell(text, column, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, false)) })),
    ],
  });
}

function blockContent(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runsOf(block.text, block.muted ? { color: MUTED } : {}), spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runsOf(block.text) })];
    case 'fields':
      return block.fields.map((field) => new Paragraph({ children: [new TextRun({ text: `${field.label}: `, bold: true }), ...runsOf(field.value)] }));
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runsOf(item) }));
    case 'table':
      // An empty paragraph after a table keeps two tables, or a table and a heading, from running together.
      return [table(block), new Paragraph({})];
  }
}

export function documentToDocx(document: PrintableDocument): Document {
  const footer = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        color: MUTED,
        size: 16,
        children: document.footer.map((part) => ('text' in part ? part.text : part.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES)),
      }),
    ],
  });
  return new Document({
    creator: 'Tamga',
    title: document.title,
    description: document.preface.join(' '),
    styles: { default: { document: { run: { font: 'Arial', size: 20, language: { value: LANGUAGE_TAGS[document.lang] } } } } },
    sections: [
      {
        footers: { default: new Footer({ children: [footer] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runsOf(document.title) }),
          ...document.preface.map((line) => new Paragraph({ children: runsOf(line, { color: MUTED }) })),
          ...document.sections.flatMap((section) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runsOf(section.heading) }), ...section.blocks.flatMap(blockContent)]),
        ],
      },
    ],
  });
}

/** The .docx bytes; the same in Node (the CLI) and in the browser (the app's download). */
export async function writeDocx(document: PrintableDocument): Promise<Uint8Array> {
  return Packer.pack(documentToDocx(document), 'uint8array');
}
