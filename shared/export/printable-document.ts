// A document as a few kinds of block, already worded in the reader's language: what the Word writer and the print
// view both render. Keeping it this plain is what lets a test read everything an export would say, and lets both
// outputs say exactly the same thing.
import type { Language } from '../i18n/resources';

export type DocumentBlock =
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'subheading'; text: string }
  /** Label–value pairs, each on a line of its own ("Status: Verified"). */
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'list'; items: string[] }
  /** `codeColumns` hold hashes and identifiers, set in a fixed-width font so they can be read back character by character. */
  | { kind: 'table'; columns: string[]; rows: string[][]; codeColumns?: number[]; widths?: number[] };

export type DocumentSection = { id: string; heading: string; blocks: DocumentBlock[] };

export type PrintableDocument = {
  lang: Language;
  title: string;
  /** Lines under the title: who the document is for and when it was made. */
  preface: string[];
  sections: DocumentSection[];
  /** Footer text with the places where the current page and the page count go, in the language's own order. */
  footer: FooterPart[];
};

export type FooterPart = { text: string } | { field: 'page' | 'pages' };

/** Every word the document would show, for tests that check what an export reveals. */
export function documentText(document: PrintableDocument): string {
  const blockText = (block: DocumentBlock): string[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'subheading':
        return [block.text];
      case 'fields':
        return block.fields.flatMap((field) => [field.label, field.value]);
      case 'list':
        return block.items;
      case 'table':
        return [...block.columns, ...block.rows.flat()];
    }
  };
  return [document.title, ...document.preface, ...document.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap(blockText)])].join('\n');
}
