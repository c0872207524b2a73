import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { discloseCase } from '../../../../shared/export/case-disclosure';
import type { Language } from '../../../../shared/i18n/resources';
import { Consent, Person, type ReportProject } from '../../../../shared/model';
import { composeReport, type ComposedReport } from '../../../../shared/report/compose-report';
import { countWords } from '../../../../shared/report/narrative-walk';
import { mayBeNamed } from '../../../../shared/report/pseudonyms';
import { planReport } from '../../../../shared/report/report-plan';
import { createTranslator } from '../../../../src-main/cli/translator';
import { ccprProject, cite, doc, IDS, ITEMS, NAMES, reportRecords, text } from './report-fixture';

const catalog = loadCatalog();
const options = async (lang: Language = 'en') => ({ catalog, lang, t: await createTranslator(lang) });
const compose = async (project: ReportProject, lang: Language = 'en') => composeReport(project, reportRecords(), await options(lang));
const section = (key: string, ...paragraphs: Parameters<typeof doc>) => ({ key, articles: [key], narrative: doc(...paragraphs) });

/** Every string a reader of the report sees: headings, paragraphs, footnotes and the annex. */
function everything(report: ComposedReport): string {
  const runs = [...report.summary, ...report.sections.flatMap((s) => s.blocks)].flatMap((block) => (block.kind === 'list' ? block.items.flatMap((i) => i.runs) : block.runs));
  return [...report.sections.map((s) => s.title), ...runs.map((r) => (r.kind === 'text' ? r.text : '')), ...report.footnotes.map((f) => f.text), ...report.exhibits.map((e) => e.fileName)].join('\n');
}

describe('report plan', () => {
  it('orders treaty-body sections by the instrument, and lists only verified cases in the period', async () => {
    const plan = planReport(ccprProject(), reportRecords(), await options());
    expect(plan.map((s) => s.key)).toEqual(['ICCPR-9', 'ICCPR-19', 'ICCPR-21']);
    expect(plan[0]!.title).toBe('ICCPR art. 9: Liberty and security of person; no arbitrary arrest');
    const assembly = plan[2]!;
    expect(assembly.cases.map((c) => c.id)).toEqual([IDS.kettling]);
    expect(assembly.events.map((e) => e.caseId)).toEqual([IDS.kettling]);
    expect(plan[1]!.excerpts.map((x) => x.id)).toEqual([IDS.excerpt]);

    const all = planReport(ccprProject({ scope: { articles: ['ICCPR-21'], places: [], tags: [], verifiedOnly: false } }), reportRecords(), await options());
    expect(all[0]!.cases.map((c) => c.id).sort()).toEqual([IDS.kettling, IDS.open].sort());
    const almatyOnly = planReport(ccprProject({ scope: { articles: ['ICCPR-21'], places: [{ gazetteerId: 'GEO-ALMATY' }], tags: [], verifiedOnly: false } }), reportRecords(), await options());
    expect(almatyOnly[0]!.cases.map((c) => c.id)).toEqual([IDS.kettling]);
  });

  it('keeps UPR themes in the order chosen, a named theme gathering its articles', async () => {
    const project = ccprProject({
      target: { kind: 'upr', cycle: 4 },
      scope: { articles: ['ICCPR-21', 'ICCPR-19', 'ICCPR-9'], places: [], tags: [], verifiedOnly: true },
      sections: [{ key: 'civic-space', title: 'Civic space', articles: ['ICCPR-19', 'ICCPR-21'], narrative: doc() }],
    });
    const plan = planReport(project, reportRecords(), await options());
    expect(plan.map((s) => [s.key, s.title])).toEqual([['civic-space', 'Civic space'], ['ICCPR-9', 'ICCPR art. 9: Liberty and security of person; no arbitrary arrest']]);
    expect(plan[0]!.cases.map((c) => c.id).sort()).toEqual([IDS.kettling, IDS.ilyashev].sort());
  });
});

describe('composed report', () => {
  it('numbers exhibits in order of first citation across sections, and reuses a number when cited again', async () => {
    const report = await compose(
      ccprProject({
        sections: [
          section('ICCPR-21', [text('Police kettled supporters for eight hours.'), cite('case', IDS.kettling)], [text('A blogger was convicted.'), cite('case', IDS.ilyashev)]),
          section('ICCPR-19', [text('The court sentenced him.'), cite('excerpt', IDS.excerpt)]),
        ],
      }),
    );
    // Section 19 comes first in article order, so the excerpt's item is E-1 even though it was written later.
    expect(report.exhibits.map((e) => [e.label, e.itemId])).toEqual([['E-1', ITEMS.verdict], ['E-2', ITEMS.photo], ['E-3', ITEMS.ruling]]);
    expect(report.footnotes.map((f) => f.text)).toEqual([
      'E-1, p. 2: “суд приговорил Person A к ограничению свободы на 3 года”',
      'Kettling of DPK supporters in Almaty, Jan 10, 2021, Almaty. See E-2, E-3.',
      'Person A: приговор по ст. 274 УК, Apr 17, 2020 – Jun 22, 2020. See E-1.',
    ]);
    const paragraphs = report.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph');
    expect(paragraphs.map((p) => p.kind === 'paragraph' && p.number)).toEqual([1, 2, 3]);
    expect(report.exhibits[0]!.fileName).toBe('Person A-приговор.pdf');
    expect(report.warnings.filter((w) => w.code !== 'personPseudonymised')).toEqual([]);
  });

  it('writes a person without consent to be named as the same alias everywhere, in any script and declension', async () => {
    const report = await compose(
      ccprProject({
        sections: [
          section('ICCPR-19', [text('Alnur Ilyashev was arrested; Ильяшева осудили, а Ильяшевым занялся КНБ.'), cite('excerpt', IDS.excerpt)]),
          section('ICCPR-21', [text('Айгуль Шакибаева and her lawyer Yevgeniy Zhovtis were there.'), cite('case', IDS.kettling)]),
        ],
      }),
    );
    const all = everything(report);
    for (const name of [...NAMES.internal, ...NAMES.anonymised, 'Ильяшев', 'Шакибаев']) expect(all).not.toContain(name);
    expect(all).toContain('Yevgeniy Zhovtis');
    expect(all).toContain('Person A was arrested; Person A осудили, а Person A занялся КНБ.');
    expect(all).toContain('Person B and her lawyer Yevgeniy Zhovtis');
    expect(report.substitutions.map((s) => [s.alias, s.consent])).toEqual([['Person A', 'internal-only'], ['Person B', 'anonymised-publication']]);
    expect(report.warnings).toContainEqual({ code: 'personPseudonymised', alias: 'Person A', consent: 'internal-only' });
  });

  it('uses the alias and the dates of the report language', async () => {
    const report = await compose(ccprProject({ sections: [section('ICCPR-19', [text('Ильяшев'), cite('excerpt', IDS.excerpt)]), section('ICCPR-21', [text('Приговор'), cite('case', IDS.ilyashev)])] }), 'ru');
    expect(everything(report)).toContain('Лицо A');
    // An abbreviated date ends the case line with its own full stop, and no second one follows.
    expect(report.footnotes.at(-1)!.text).toMatch(/^Лицо A: приговор по ст\. 274 УК, .*2020 г\. См\. E-1\.$/);
    const kk = await compose(ccprProject({ sections: [section('ICCPR-19', [text('Ильяшев'), cite('excerpt', IDS.excerpt)])] }), 'kk');
    expect(everything(kk)).toContain('A тұлға');
  });

  it('leaves no name of an unnamed person in anything a reader sees, whatever surrounds it', async () => {
    const t = await createTranslator('en');
    const names = [...NAMES.internal, ...NAMES.anonymised];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names, 'Ильяшев', 'ILYASHEV', 'шакибаевой'), fc.constantFrom('', 'а', 'у', 'ым', 'ой', "'s"), fc.constantFrom(' ', ', ', '. ', '\n', '(', ')')), { minLength: 1, maxLength: 6 }),
        async (pieces) => {
          const words = pieces.map(([name, ending, gap]) => `${gap}${name}${ending}${gap}`).join('');
          const report = composeReport(ccprProject({ sections: [section('ICCPR-19', [text(words), cite('excerpt', IDS.excerpt)])] }), reportRecords(), { catalog, lang: 'en', t });
          const all = everything(report).toLowerCase();
          for (const name of [...names.flatMap((n) => n.split(' ')), 'ильяшев', 'ilyashev', 'шакибаев']) expect(all).not.toContain(name.toLowerCase());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names in a publication only those discloseCase names there', () => {
    for (const consent of Consent.options) {
      const person = Person.parse({ id: 'e'.repeat(32), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', names: [{ text: 'X', script: 'latin', kind: 'primary' }], consent });
      const records = reportRecords();
      const disclosed = discloseCase(
        { case: records.cases[0]!, events: [], links: [{ ...records.casePeople[0]!, personId: person.id }], people: [person], notes: [], sources: [], claims: [], proceedings: [] },
        'publication',
      );
      expect(mayBeNamed(person), consent).toBe(disclosed.people[0]!.names.length > 0);
    }
  });

  it('warns about a paragraph with no exhibit, a case outside the period, a deleted record and a case with no evidence', async () => {
    const all = reportRecords();
    const records = { ...all, caseItems: all.caseItems.slice(2) };
    const report = composeReport(
      ccprProject({
        sections: [
          section('ICCPR-21', [text('An unsupported claim.')], [text('Zhanaozen.'), cite('case', IDS.zhanaozen)], [text('Gone.'), cite('case', 'f'.repeat(32))], [text('Kettling.'), cite('case', IDS.kettling)]),
        ],
      }),
      records,
      await options(),
    );
    const section21 = 'ICCPR art. 21: Peaceful assembly';
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        { code: 'paragraphWithoutExhibit', section: section21, paragraph: 1 },
        { code: 'caseOutsidePeriod', section: section21, paragraph: 2, caseTitle: 'Zhanaozen 2011' },
        { code: 'citedRecordMissing', section: section21, paragraph: 3 },
        { code: 'paragraphWithoutExhibit', section: section21, paragraph: 3 },
        { code: 'caseWithoutExhibit', caseTitle: 'Kettling of DPK supporters in Almaty' },
        { code: 'paragraphWithoutExhibit', section: section21, paragraph: 4 },
      ]),
    );
    expect(report.footnotes.map((f) => f.text)).toContain('The case cited here has since been deleted from the records.');
  });

  it('says when nothing is in scope', async () => {
    const report = await compose(ccprProject({ scope: { articles: ['ICCPR-25'], places: [], tags: [], verifiedOnly: true } }));
    expect(report.warnings[0]).toEqual({ code: 'noCasesInScope' });
  });
});

describe('word count against the UPR limit', () => {
  const upr = (organisations: string[], words: number) =>
    ccprProject({
      target: { kind: 'upr', cycle: 4 },
      organisations,
      scope: { articles: ['ICCPR-21'], places: [], tags: [], verifiedOnly: true },
      sections: [section('ICCPR-21', [text(Array.from({ length: words }, (_, i) => `word${i}`).join(' ')), cite('case', IDS.kettling)])],
    });

  it('refuses to pass 2,815 words for one organisation, counting the footnotes, and allows 5,630 for a joint submission', async () => {
    const under = await compose(upr(['KIBHR'], 2_790));
    // The theme's title ("ICCPR art. 21: Peaceful assembly", 5 words) and the footnote (13 words) count too.
    expect(under.words).toEqual({ text: 2_795, footnotes: 13, counted: 2_808, limit: 2_815 });
    expect(under.warnings.some((w) => w.code === 'overLimit')).toBe(false);
    const over = await compose(upr(['KIBHR'], 2_800));
    expect(over.warnings[0]).toEqual({ code: 'overLimit', words: 2_818, limit: 2_815 });
    const joint = await compose(upr(['KIBHR', 'Adil Soz'], 2_800));
    expect(joint.words.limit).toBe(5_630);
    expect(joint.warnings.some((w) => w.code === 'overLimit')).toBe(false);
  });

  it('counts words as a word processor does', () => {
    expect(countWords('At most 2,815 words — see art. 19(2) of the ICCPR.')).toBe(10);
    expect(countWords('Бокаевқа 5 жыл берілді — «тыйым»')).toBe(5);
    expect(countWords('2020–2024 · E-1')).toBe(4);
    expect(countWords(' — – ')).toBe(0);
  });
});
