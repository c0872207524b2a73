import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { buildCaseDossier, footerParts } from '../../../../shared/export/case-dossier';
import { documentText, type DocumentBlock, type PrintableDocument } from '../../../../shared/export/printable-document';
import type { Language } from '../../../../shared/i18n/resources';
import { Person } from '../../../../shared/model';
import { createTranslator } from '../../../../src-main/cli/translator';
import { ANONYMISED_CANARY, NAMED, WITHHELD_CANARY, zhanaozenCase } from './dossier-fixture';

const catalog = loadCatalog();
const generatedAt = '2026-02-01T12:00:00.000Z';

async function dossier(audience: 'legal-team' | 'publication', lang: Language = 'en'): Promise<PrintableDocument> {
  const { records, exhibits } = zhanaozenCase();
  return buildCaseDossier(records, exhibits, { audience, lang, t: await createTranslator(lang), catalog, generatedAt });
}

const section = (document: PrintableDocument, id: string) => document.sections.find((s) => s.id === id)!;
const tableOf = (document: PrintableDocument, id: string) => section(document, id).blocks.find((b): b is Extract<DocumentBlock, { kind: 'table' }> => b.kind === 'table')!;

describe('case dossier', () => {
  it('has the summary, timeline, people, tags, sources and exhibits, in that order', async () => {
    const document = await dossier('legal-team');
    expect(document.title).toBe('Жаңаөзендегі бейбіт жиналысты тарату');
    expect(document.sections.map((s) => s.heading)).toEqual(['Summary', 'Timeline', 'People', 'Articles engaged and other tags', 'Sources and what they say', 'Exhibits']);
    expect(section(document, 'summary').blocks).toEqual([
      { kind: 'fields', fields: [{ label: 'Status', value: 'Verified' }, { label: 'Places', value: 'Almaty; Жаңаөзен, Бірлік алаңы' }] },
      { kind: 'paragraph', text: 'Residents gathered on the square to protest the gas price rise.' },
      { kind: 'paragraph', text: 'Police dispersed them; at least 40 people were detained. Қаһарман аналар да ұсталды.' },
    ]);
  });

  it('lists events oldest first with their dates as recorded, undated last', async () => {
    const rows = tableOf(await dossier('legal-team'), 'timeline').rows;
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['Jan 4, 2022', 'Incident'],
      ['late January 2022', 'Detention'],
      ['spring 2022', 'Hearing'],
      ['date unknown', 'Complaint'],
    ]);
    expect(rows[0]).toEqual(['Jan 4, 2022', 'Incident', 'Жаңаөзен, Бірлік алаңы', 'Police dispersed the assembly.', `Police: ${WITHHELD_CANARY}; Akimat: Akim of the town`]);
  });

  it('writes dates and labels in Kazakh for a Kazakh reader', async () => {
    const document = await dossier('publication', 'kk');
    const rows = tableOf(document, 'timeline').rows;
    expect(rows.map((row) => row[0])).toEqual(['4 қаңтар 2022 ж.', 'қаңтар айының аяғы 2022', 'көктем 2022', 'күні белгісіз']);
    expect(document.sections[1]!.heading).toBe('Хронология');
    expect(tableOf(document, 'tags').rows[0]!.slice(0, 2)).toEqual(['ICCPR, 21-бап', 'Бейбіт жиналыс бостандығы']);
  });

  it('names each tag by its article and keeps the note on why it is engaged, for the case and for single events', async () => {
    const rows = tableOf(await dossier('legal-team'), 'tags').rows;
    expect(rows).toEqual([
      ['ICCPR art. 21', 'Peaceful assembly', 'the case', 'Бейбіт жиналыс күшпен таратылды; ұйымдастырушылар ұсталды.'],
      ['ICCPR art. 19', 'Freedom of opinion and expression', 'the case', '—'],
      [expect.stringContaining('A/HRC/43/10'), expect.any(String), 'the case', '—'],
      ['CAT art. 2', 'Duty to prevent torture, with no exceptions', 'Detention, late January 2022', 'Beatings in custody reported by two detainees.'],
      ['Code of Administrative Offences art. 488', expect.stringContaining('peaceful assemblies'), 'Hearing, spring 2022', '—'],
    ]);
  });

  it('gives each source its claims, the count with its qualifier and the quote with its page', async () => {
    const blocks = section(await dossier('legal-team'), 'sources').blocks;
    expect(blocks).toContainEqual({ kind: 'subheading', text: 'KIBHR monitoring report' });
    expect(blocks).toContainEqual({ kind: 'list', items: ['detained: at least 40 «не менее 40 человек задержаны» (p. 3)'] });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Media, independent · https://vlast.kz/' });
    expect(blocks).toContainEqual({ kind: 'list', items: ['dispersal date: Jan 4, 2022'] });
  });

  it('numbers the exhibits and gives each its SHA-256 and a custody summary', async () => {
    const table = tableOf(await dossier('publication'), 'exhibits');
    expect(table.columns).toEqual(['No.', 'File', 'SHA-256', 'Custody']);
    expect(table.codeColumns).toEqual([2]);
    expect(table.rows).toEqual([
      ['E-1', 'протокол задержания.pdf', 'a'.repeat(64), 'sealed on import Jan 5, 2026; 3 custody entries; exported once; last verified Jan 7, 2026: intact'],
      ['E-2', 'alan-video.mp4', 'b'.repeat(64), 'sealed on import Jan 5, 2026; 1 custody entry; not verified since import'],
    ]);
  });

  it('for the legal team, names everyone on the case', async () => {
    const text = documentText(await dossier('legal-team'));
    for (const name of [NAMED, ANONYMISED_CANARY, WITHHELD_CANARY]) expect(text).toContain(name);
  });

  it('for publication, names only who consented, describes the anonymised and leaves the withheld out entirely', async () => {
    const document = await dossier('publication');
    const text = documentText(document);
    expect(text).toContain(NAMED);
    expect(text).not.toContain('CANARYANON');
    expect(text).not.toContain('CANARYWITHHELD');
    expect(tableOf(document, 'people').rows).toEqual([
      [`${NAMED} (Gulnar Abdikadyrova)`, 'Victim', 'Female', 'Adult'],
      ['Person B', 'Witness', 'Male', 'Youth'],
    ]);
    expect(text).toContain('1 more person on this case is left out entirely');
    // The actor who is the withheld person is only "Police", and the anonymised one is not named through an event.
    expect(tableOf(document, 'timeline').rows[0]![4]).toBe('Police; Akimat: Akim of the town');
  });

  it('never lets a name without publication consent into a publication dossier, whatever the consents', async () => {
    const t = await createTranslator('ru');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...Person.shape.consent.unwrap().options), { minLength: 3, maxLength: 3 }), async (consents) => {
        const { records, exhibits } = zhanaozenCase();
        const people = records.people.map((person, k) => ({ ...person, consent: consents[k]! }));
        const text = documentText(buildCaseDossier({ ...records, people }, exhibits, { audience: 'publication', lang: 'ru', t, catalog, generatedAt }));
        people.forEach((person) => {
          for (const name of person.names) expect(text.includes(name.text)).toBe(person.consent === 'named-publication');
        });
      }),
      { numRuns: 40 },
    );
  });

  it('places the page numbers where each language puts them', async () => {
    const en = await createTranslator('en');
    const kk = await createTranslator('kk');
    expect(footerParts((page, pages) => en('dossier:footer', { title: 'Case', page, pages }))).toEqual([{ text: 'Case · page ' }, { field: 'page' }, { text: ' of ' }, { field: 'pages' }]);
    expect(footerParts((page, pages) => kk('dossier:footer', { title: 'Іс', page, pages }))).toEqual([{ text: 'Іс · ' }, { field: 'pages' }, { text: ' беттің ' }, { field: 'page' }, { text: '-беті' }]);
  });
});
