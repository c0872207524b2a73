// The text model of a PDF as the search index and the viewer's find bar see it: one string per page, built from
// pdf.js text items the way a reader would copy them (items joined, a line break where the PDF ends a line).

export type PdfPageText = { page: number; text: string };
export type PdfDocumentInfo = { pages: number; producer?: string; creator?: string; title?: string; creationDate?: string };
export type PdfText = { pages: PdfPageText[]; hasTextLayer: boolean; info: PdfDocumentInfo };

/** The parts of a pdf.js TextItem this model uses (marked-content items have no `str` and are skipped). */
export type TextRun = { str: string; hasEOL: boolean };

/** Joins runs into page text and remembers where each run starts, so a find match maps back to its text span. */
export function pageTextOf(runs: readonly TextRun[]): { text: string; runStarts: number[] } {
  let text = '';
  const runStarts: number[] = [];
  for (const run of runs) {
    runStarts.push(text.length);
    text += run.str;
    if (run.hasEOL) text += '\n';
  }
  return { text, runStarts };
}

/** Text made only of whitespace is what pdf-lib and scanners leave on image-only pages: no text layer. */
export const hasText = (pages: readonly PdfPageText[]): boolean => pages.some((p) => /\S/u.test(p.text));

/**
 * PDF dates (§7.9.4): "D:YYYYMMDDHHmmSSOHH'mm'", every part after the year optional. Returns an ISO string in UTC,
 * or undefined for anything malformed: producers write all sorts of things here, and a wrong date is worse than none.
 */
export function parsePdfDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offsetMinutes = sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  const date = new Date(utc);
  if (Number.isNaN(utc) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  return date.toISOString();
}
