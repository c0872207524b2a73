import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { buildCaseTable, type CaseTableRecords } from '../../../../shared/export/case-table';
import { caseTableCsv, caseTableXlsx } from '../../../../shared/export/case-table-files';
import type { Language } from '../../../../shared/i18n/resources';
import { Case, CaseEvent } from '../../../../shared/model';
import { createTranslator } from '../../../../src-main/cli/translator';
import { CASE_ID, zhanaozenCase } from './dossier-fixture';

const at = '2026-01-10T09:00:00.000Z';
const OTHER_ID = 'e'.repeat(32);

/** The Zhanaozen case, a second one engaging ICCPR 21 through a paragraph tag on its event, and one merged away. */
function records(): CaseTableRecords {
  const { records: zhanaozen, caseItems } = zhanaozenCase();
  const other = Case.parse({ id: OTHER_ID, createdAt: at, updatedAt: at, title: '=HYPERLINK("http://x") Almaty, "Stop" rally', places: [{ gazetteerId: 'GEO-ALMATY' }] });
  const merged = Case.parse({ id: 'd'.repeat(32), createdAt: at, updatedAt: at, title: 'Merged away', tags: ['ICCPR-21'], mergedInto: CASE_ID });
  const event = CaseEvent.parse({ id: 'c'.repeat(32), createdAt: at, updatedAt: at, caseId: OTHER_ID, when: { precision: 'year', year: 2023 }, tags: ['ICCPR-21.1'] });
  return { cases: [zhanaozen.case, other, merged], events: [...zhanaozen.events, event], caseItems: [...caseItems, caseItems[0]!] };
}

async function table(lang: Language = 'en', scope?: string) {
  const built = buildCaseTable(records(), { catalog: loadCatalog(), lang, t: await createTranslator(lang), scope });
  if (!built.ok) throw new Error(built.error.code);
  return built.value;
}

describe('table of cases by article', () => {
  it('has one row per case and article, from the case and its events, with dates, places, recommendations and exhibits', async () => {
    const { columns, rows } = await table();
    expect(columns).toEqual(['Case', 'Status', 'First event', 'Last event', 'Places', 'Article', 'What it covers', 'Recommendations on this article', 'Exhibits', 'Case ID']);
    const zhanaozen = rows.filter((row) => row.caseId === CASE_ID);
    expect(zhanaozen.map((row) => row.article)).toEqual(['ICCPR art. 21', 'ICCPR art. 19', 'CAT art. 2', 'Code of Administrative Offences art. 488']);
    expect(zhanaozen[0]).toEqual({
      caseId: CASE_ID,
      title: 'Жаңаөзендегі бейбіт жиналысты тарату',
      status: 'Verified',
      firstEvent: 'Jan 4, 2022',
      lastEvent: 'spring 2022',
      places: 'Almaty; Жаңаөзен, Бірлік алаңы',
      article: 'ICCPR art. 21',
      articleHeading: 'Peaceful assembly',
      recommendations: expect.stringContaining('A/HRC/43/10'),
      // The same item attached twice is one exhibit.
      exhibits: 2,
    });
    // The recommendation tagged on the case concerns ICCPR 21 and 22, not 19.
    expect(zhanaozen[1]!.recommendations).toBe('');
    expect(rows.find((row) => row.caseId === OTHER_ID)).toMatchObject({ article: 'ICCPR art. 21', firstEvent: '2023', lastEvent: '2023', exhibits: 0 });
    expect(rows.some((row) => row.title === 'Merged away')).toBe(false);
  });

  it('keeps one article, or every article of one instrument, when asked', async () => {
    expect((await table('en', 'ICCPR-21')).rows.map((row) => [row.caseId, row.article])).toEqual([
      [OTHER_ID, 'ICCPR art. 21'],
      [CASE_ID, 'ICCPR art. 21'],
    ]);
    expect((await table('en', 'ICCPR')).rows.map((row) => row.article)).toEqual(['ICCPR art. 21', 'ICCPR art. 21', 'ICCPR art. 19']);
    const unknown = buildCaseTable(records(), { catalog: loadCatalog(), lang: 'en', t: await createTranslator('en'), scope: 'ICCPR-999' });
    expect(unknown).toEqual({ ok: false, error: { code: 'catalog.unknownArticle', details: { id: 'ICCPR-999' } } });
  });

  it('writes CSV as UTF-8 with a byte-order mark, quoted where needed, with formulas defused', async () => {
    const bytes = caseTableCsv(await table('kk', 'ICCPR-21'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFІс,Мәртебесі,Алғашқы оқиға,Соңғы оқиға,Орындары,Бап,Неге қатысты,Осы бап бойынша ұсынымдар,Материалдар,Іс идентификаторы');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"") Almaty, ""Stop"" rally",Ашық,2023,2023,Алматы,"ICCPR, 21-бап",Бейбіт жиналыс бостандығы,,0,${OTHER_ID}`);
    expect(lines[2]).toContain('Жаңаөзендегі бейбіт жиналысты тарату,Тексерілген,4 қаңтар 2022 ж.,көктем 2022,');
    expect(lines.at(-1)).toBe('');
  });

  it('writes XLSX that reads back cell for cell, the exhibit count as a number and a formula-like title as text', async () => {
    const built = await table('ru');
    const sheets = await readXlsxFile(Buffer.from(await caseTableXlsx(built, 'Дела по статьям')));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Дела по статьям']);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual(built.columns);
    expect(rows).toHaveLength(built.rows.length);
    expect(rows[0]).toEqual([built.rows[0]!.title, 'Открыто', '2023', '2023', 'Алматы', built.rows[0]!.article, built.rows[0]!.articleHeading, null, 0, OTHER_ID]);
    expect(rows[0]![0]).toBe('=HYPERLINK("http://x") Almaty, "Stop" rally');
    expect(rows.find((row) => row[9] === CASE_ID)?.[8]).toBe(2);
  });
});
