import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { buildCaseDossier } from '../../../../shared/export/case-dossier';
import { writeDocx } from '../../../../shared/export/document-docx';
import type { Language } from '../../../../shared/i18n/resources';
import { createTranslator } from '../../../../src-main/cli/translator';
import { NAMED, zhanaozenCase } from './dossier-fixture';

async function docxParts(audience: 'legal-team' | 'publication', lang: Language): Promise<Record<string, string>> {
  const { records, exhibits } = zhanaozenCase();
  const document = buildCaseDossier(records, exhibits, { audience, lang, t: await createTranslator(lang), catalog: loadCatalog(), generatedAt: '2026-02-01T12:00:00.000Z' });
  const files = unzipSync(await writeDocx(document));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The visible text of a WordprocessingML part: the runs' text, in order. */
const runText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('dossier as a Word file', () => {
  it('uses Word heading styles, a table with a repeated header row, and a footer counting pages', async () => {
    const parts = await docxParts('legal-team', 'en');
    const body = parts['word/document.xml']!;
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(6);
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:tblHeader/>');
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(runText(footer)).toContain('page');
    expect(parts['word/styles.xml']).toContain('w:ascii="Arial"');
  });

  it('keeps Cyrillic and Kazakh letters as they were written, and marks the text as Kazakh', async () => {
    const parts = await docxParts('publication', 'kk');
    const text = runText(parts['word/document.xml']!);
    expect(text).toContain('Жаңаөзендегі бейбіт жиналысты тарату');
    for (const letter of 'әғқңөұүһі') expect(text).toContain(letter);
    expect(text).toContain('Хронология');
    expect(parts['word/styles.xml']).toContain('w:val="kk-KZ"');
  });

  it('for publication, carries no name without consent in any part of the file', async () => {
    const parts = await docxParts('publication', 'ru');
    const everything = Object.values(parts).join('\n');
    expect(everything).toContain(NAMED);
    expect(everything).not.toContain('CANARYANON');
    expect(everything).not.toContain('CANARYWITHHELD');
  });
});
