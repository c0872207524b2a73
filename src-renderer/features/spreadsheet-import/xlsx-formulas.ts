/**
 * Finds formula cells in an .xlsx, which read-excel-file hides (it returns only the value Excel cached).
 * Tamga never evaluates a formula: a person must be told when a value came from one, and when a file written by a
 * script has no cached value, the formula text is all there is. Reads ECMA-376 parts directly: workbook.xml for
 * sheet names, its .rels for the part of each sheet, and <c><f>…</f><v>…</v></c> in the sheet.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { FormulaNote } from '../../../shared/spreadsheet/sheet-table';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (XML_ENTITIES[name] ?? whole),
  );

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];

/** "AB12" → row 12, column 27 (0-based 27: A=0). */
function parseCellRef(ref: string): { row: number; column: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

// Elements may carry a namespace prefix (x:c) when written by the OpenXML SDK rather than Excel.
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v\b/;

export function formulasInSheetXml(xml: string): Map<number, FormulaNote[]> {
  const byRow = new Map<number, FormulaNote[]>();
  if (!/<(?:\w+:)?f\b/.test(xml)) return byRow; // most sheets have none; skip the cell-by-cell scan
  for (const [, attributes = '', body = ''] of xml.matchAll(CELL)) {
    const formula = FORMULA.exec(body);
    if (!formula) continue;
    const ref = parseCellRef(attribute(attributes, 'r') ?? '');
    if (!ref) continue; // Excel always writes r=; a cell without it cannot be placed
    // Cells sharing a formula hold only a reference to the first cell (<f t="shared" si="0"/>): no text of their own,
    // and rebuilding it would mean shifting references, i.e. interpreting the formula. "=…" says "a formula was here".
    const text = unescapeXml(formula[1] ?? '');
    const note: FormulaNote = { column: ref.column, formula: text === '' ? '=…' : `=${text}`, hasCachedValue: VALUE.test(body) };
    const list = byRow.get(ref.row);
    if (list) list.push(note);
    else byRow.set(ref.row, [note]);
  }
  return byRow;
}

/** Formula cells per sheet name, in workbook order. */
export function formulasInWorkbook(bytes: Uint8Array): Map<string, Map<number, FormulaNote[]>> {
  const files = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' || file.name === 'xl/_rels/workbook.xml.rels' || file.name.startsWith('xl/worksheets/') });
  const text = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    // Targets are relative to xl/ unless absolute ("/xl/worksheets/sheet1.xml").
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result = new Map<string, Map<number, FormulaNote[]>>();
  for (const [, attributes = ''] of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attribute(attributes, 'name');
    const id = /\br:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? /\b\w+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) result.set(unescapeXml(name), formulasInSheetXml(text(path)));
  }
  return result;
}
