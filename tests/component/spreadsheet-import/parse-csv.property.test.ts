import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsvText } from '../../../src-renderer/features/spreadsheet-import/parse-csv';

// Cells mix arbitrary Unicode with exactly the characters that make CSV hard: quotes, all three delimiters, CR, LF.
const cell = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '\r', '\n', ' ', 'а', 'ә', 'x', '=') }),
);

describe('CSV round trip', () => {
  it('parses back exactly the cells that were serialised, whatever the delimiter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        (rows, delimiter, newline) => {
          const text = Papa.unparse(rows, { delimiter, newline, quotes: true });
          const parsed = parseCsvText(text);
          expect(parsed.delimiter).toBe(delimiter);
          expect(parsed.grid).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
