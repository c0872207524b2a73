/**
 * Which character separates CSV fields. English-locale Excel writes `,`; Russian- and Kazakh-locale Excel write `;`
 * (the comma is their decimal mark); "Unicode text" exports use tab. We count candidates outside quotes on the first
 * records and pick the one that splits records into the same number of fields most consistently, because a
 * summary full of commas must not win over the `;` that actually separates the columns.
 */

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

const SAMPLE_RECORDS = 50;

/** Per record, how often each candidate occurs outside quoted fields. */
function countOutsideQuotes(text: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(csvDelimiters.map((d) => [d, [0]]));
  let inQuotes = false;
  let records = 1;
  for (let i = 0; i < text.length && records <= SAMPLE_RECORDS; i++) {
    const char = text[i]!;
    if (char === '"') {
      inQuotes = !inQuotes; // an escaped "" toggles twice, which is what we want
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[i + 1] === '\n') i++;
      if (i + 1 >= text.length) break; // a trailing newline does not start a record
      records++;
      for (const list of counts.values()) list.push(0);
    } else if (!inQuotes && (csvDelimiters as readonly string[]).includes(char)) {
      const list = counts.get(char as CsvDelimiter)!;
      list[list.length - 1]!++;
    }
  }
  return counts;
}

export function sniffDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; agreeing: number; fields: number } | null = null;
  for (const [delimiter, perRecord] of countOutsideQuotes(text)) {
    const header = perRecord[0] ?? 0;
    if (header === 0) continue; // the header names every column, so the real separator appears in it
    const agreeing = perRecord.filter((count) => count === header).length;
    const better = !best || agreeing > best.agreeing || (agreeing === best.agreeing && header > best.fields);
    if (better) best = { delimiter, agreeing, fields: header };
  }
  // A single-column file has no separator at all; any choice parses it the same way.
  return best?.delimiter ?? ',';
}
