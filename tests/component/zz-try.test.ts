import { it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { buildXlsx } from '../fixtures/spreadsheets/xlsx-builder';
it('x', async () => {
  const bytes = buildXlsx([{ name: 'Cases', rows: [[], [null, 'Title', 'Date'], [null, 'A', { formula: 'X' }]] }]);
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  console.log(JSON.stringify(await readXlsxFile(ab, { parseNumber: (s: string) => s, trim: false })));
  try { await readXlsxFile(new TextEncoder().encode('hello').buffer as ArrayBuffer); } catch (e) { console.log('ERR', (e as Error).name, (e as Error).message); }
});
