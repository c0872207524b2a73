// `tamga report build` writes the report a treaty body or the UPR receives. LibreOffice, which a recipient without
// Word uses, must find the headings, the numbered paragraphs and the footnotes, count the words the app counts,
// and never see the name of someone who did not agree to be named.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../shared/catalog';
import { ReportProject, type Narrative } from '../../../../shared/model';
import { composeReport } from '../../../../shared/report/compose-report';
import { custodyLine } from '../../../../shared/report/exhibit-custody';
import { countWords } from '../../../../shared/report/narrative-walk';
import { frontMatter } from '../../../../shared/report/report-front-matter';
import { createTranslator } from '../../../../src-main/cli/translator';
import { createVaultService } from '../../../../src-main/vault';
import { rendererWrites } from '../records/journal-fixture';
import { ccprProject, cite, IDS, ITEMS, NAMES, reportRecords, text } from '../../shared/report/report-fixture';
import { cli, tempDir, TINY_KDF } from './cli-harness';

const PASS = 'secret phrase\n';
const PROJECT = '7'.repeat(32);

const narrative = (...paragraphs: Narrative['content']): Narrative => ({ type: 'doc', content: paragraphs });
const sections = [
  {
    key: 'ICCPR-19',
    articles: ['ICCPR-19'],
    narrative: narrative(
      { type: 'paragraph', content: [text('Alnur Ilyashev was sentenced for posts about the ruling party.'), cite('excerpt', IDS.excerpt)] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Pattern')] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Prosecutions under CC 274', marks: [{ type: 'bold' }] }, text(' continued throughout 2020.'), cite('case', IDS.ilyashev)] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('restriction of freedom')] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [text('a ban on activism')] }] }] },
    ),
  },
  {
    key: 'ICCPR-21',
    articles: ['ICCPR-21'],
    narrative: narrative({ type: 'paragraph', content: [text('Айгуль Шакибаева and others were kettled in the frost for eight hours.'), cite('case', IDS.kettling)] }),
  },
];

/** A vault holding the fixture's cases and people, its four files imported, and a CCPR report citing them. */
async function vaultWithReport(language: 'en' | 'ru' = 'en') {
  const dir = tempDir();
  const data = join(dir, 'data');
  expect((await cli(['--data-dir', data, 'init'], PASS)).code).toBe(0);
  const imported = new Map<string, { id: string; sha256: string }>();
  for (const [key, name] of [['photo', 'kettle-almaty.jpg'], ['ruling', 'court-ruling.pdf'], ['verdict', 'Ильяшев-приговор.pdf'], ['video', 'zhanaozen.mp4']] as const) {
    const path = join(dir, name);
    writeFileSync(path, `bytes of ${key}\n`);
    const [id, sha256] = (await cli(['--data-dir', data, 'import', path], PASS)).text.trim().split(' ');
    imported.set(ITEMS[key], { id: id!, sha256: sha256! });
  }
  const records = reportRecords();
  const itemOf = (itemId: string) => imported.get(itemId)!.id;
  const project = ccprProject({ language, sections, keywords: ['freedom of expression', 'kettling'], executiveSummary: { type: 'doc', content: [{ type: 'paragraph', content: [text('Critics are prosecuted and protesters kettled.')] }] } });
  const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
  await vault.unlock('secret phrase');
  const put = await rendererWrites(data, 'secret phrase');
  await vault.appendRecords([
    ...records.cases.map((r) => put('cases', r.id, r)),
    ...records.events.map((r) => put('events', r.id, r)),
    ...records.people.map((r) => put('people', r.id, r)),
    ...records.casePeople.map((r) => put('casePeople', r.id, r)),
    ...records.caseItems.map((r) => put('caseItems', r.id, { ...r, itemId: itemOf(r.itemId) })),
    ...records.excerpts.map((r) => put('excerpts', r.id, { ...r, itemId: itemOf(r.itemId), updatedAt: r.createdAt })),
    put('reportProjects', PROJECT, { ...project, id: PROJECT }),
  ]);
  vault.dispose();
  return { dir, data, imported, project: ReportProject.parse({ ...project, id: PROJECT }) };
}

/** LibreOffice converts the file as a recipient would open it; its own profile, so no open instance answers. */
function libreOffice(file: string, outDir: string, format: string): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error("LibreOffice (soffice) is not installed, so the DOCX round trip cannot run: install Debian's libreoffice-writer-nogui.");
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
}

describe('tamga report build', () => {
  it('writes a DOCX whose headings, paragraph numbers, footnotes and word count LibreOffice reads as the app does', async () => {
    const { dir, data, imported, project } = await vaultWithReport();
    const out = join(dir, 'report.docx');
    const written = await cli(['--data-dir', data, 'report', 'build', PROJECT, '--format', 'docx', '--out', out], PASS);
    expect(written.stderr).toBe('');
    expect(written).toMatchObject({ code: 0, text: `${out}\n` });
    const xml = Object.values(unzipSync(readFileSync(out))).map((bytes) => strFromU8(bytes)).join('\n');
    for (const name of [...NAMES.internal, ...NAMES.anonymised, 'Ильяшев', 'Шакибаев']) expect(xml).not.toContain(name);

    libreOffice(out, dir, 'txt:Text (encoded):UTF8');
    const txt = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(txt).toMatch(/^\s*1\.\s+Critics are prosecuted and protesters kettled\.$/m);
    expect(txt).toContain('Keywords: freedom of expression, kettling');
    for (const heading of [project.title, 'Executive summary', 'ICCPR art. 9: Liberty and security of person; no arbitrary arrest', 'ICCPR art. 19: Freedom of opinion and expression', 'Pattern', 'Annex: exhibits']) expect(txt).toContain(heading);
    expect(txt).toMatch(/^\s*2\.\s+Person A was sentenced for posts about the ruling party\./m);
    expect(txt).toMatch(/^\s*3\.\s+Prosecutions under CC 274 continued throughout 2020\./m);
    expect(txt).toMatch(/^\s*4\.\s+Person B and others were kettled/m);
    expect(txt).toContain('Submitted by: Kazakhstan International Bureau for Human Rights');
    const verdict = imported.get(ITEMS.verdict)!;
    expect(txt).toContain(verdict.sha256);
    expect(txt).toContain('E-1');

    libreOffice(out, dir, 'odt');
    const odt = unzipSync(readFileSync(join(dir, 'report.odt')));
    const content = strFromU8(odt['content.xml']!);
    const notes = [...content.matchAll(/<text:note [^>]*text:note-class="footnote"[^>]*>([\s\S]*?)<\/text:note>/g)].map((m) => m[1]!.replace(/<text:note-citation[^>]*>.*?<\/text:note-citation>/, '').replace(/<[^>]+>/g, ''));
    expect(notes).toEqual([
      'E-1, p. 2: “суд приговорил Person A к ограничению свободы на 3 года”',
      'Person A: приговор по ст. 274 УК, Apr 17, 2020 – Jun 22, 2020. See E-1.',
      'Kettling of DPK supporters in Almaty, Jan 10, 2021, Almaty. See E-2, E-3.',
    ]);

    // LibreOffice counts every word in the file: title, front matter, headings, paragraphs, footnotes, the annex and
    // the footer, and also each automatic paragraph number and bullet. The limit counts none of those extras.
    const t = await createTranslator('en');
    const catalog = loadCatalog();
    const onVault = reportRecords();
    const report = composeReport(
      project,
      { ...onVault, caseItems: onVault.caseItems.map((c) => ({ ...c, itemId: imported.get(c.itemId)!.id })), excerpts: onVault.excerpts.map((x) => ({ ...x, itemId: imported.get(x.itemId)!.id })) },
      { catalog, lang: 'en', t },
    );
    const front = frontMatter(report, catalog, t);
    const blocks = [...report.summary, ...report.sections.flatMap((section) => section.blocks)];
    const labels = blocks.filter((block) => block.kind === 'paragraph').length + blocks.flatMap((block) => (block.kind === 'list' ? block.items : [])).length;
    const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
    await vault.unlock('secret phrase');
    const custody = await Promise.all(report.exhibits.map(async (e) => custodyLine(await vault.custodyEvents(e.itemId), 'en', t)));
    vault.dispose();
    expect(custody[0]).toMatch(/^sealed on import .+; \d+ custody entr(y|ies); not verified since import$/);
    expect(txt).toContain(custody[0]);
    const annex = countWords(['Annex: exhibits', 'Exhibit File SHA-256 Custody', ...report.exhibits.map((e, i) => `${e.label} ${e.fileName} ${e.sha256} ${custody[i]}`)].join(' '));
    const frontWords = countWords([project.title, front.submittedBy, front.target, front.period, front.keywords].join(' '));
    const footer = countWords(t('report:document.footer', { page: 1, pages: 2 }));
    const libreOfficeWords = Number(/meta:word-count="(\d+)"/.exec(strFromU8(odt['meta.xml']!))?.[1]);
    expect(report.words.counted).toBe(report.words.text);
    expect(libreOfficeWords).toBe(report.words.text + report.words.footnotes + frontWords + annex + labels + footer);
  }, 240_000);

  it('writes Markdown with the same numbers, footnotes and annex, and refuses what it cannot build', async () => {
    const { dir, data, imported } = await vaultWithReport('ru');
    const out = join(dir, 'report.md');
    expect(await cli(['--data-dir', data, 'report', 'build', PROJECT, '--format', 'md', '--out', out], PASS)).toMatchObject({ code: 0, text: `${out}\n` });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## ICCPR, ст. 19:');
    expect(md).toMatch(/^2\. Лицо A was sentenced for posts about the ruling party\.\[\^1\]$/m);
    expect(md).toMatch(/^3\. \*\*Prosecutions under CC 274\*\* continued throughout 2020\.\[\^2\]$/m);
    expect(md).toContain('   - restriction of freedom');
    expect(md).toContain('[^3]: Kettling of DPK supporters in Almaty');
    expect(md).toContain('| E-1 | Лицо A-приговор.pdf |');
    expect(md).toContain(`\`${imported.get(ITEMS.verdict)!.sha256}\``);
    for (const name of [...NAMES.internal, ...NAMES.anonymised, 'Ильяшев', 'Шакибаев']) expect(md).not.toContain(name);

    expect((await cli(['--data-dir', data, 'report', 'list'], PASS)).text).toBe(`${PROJECT} 2020-01-01..2024-12-31 Kazakhstan: civic space 2020–2024\n`);
    expect((await cli(['--data-dir', data, 'report', 'build', 'a'.repeat(32), '--format', 'md', '--out', join(dir, 'x.md')], PASS)).stderr).toContain('There is no reportProjects record');
    for (const args of [['--format', 'pdf', '--out', join(dir, 'x.pdf')], ['--format', 'md'], [PROJECT]]) {
      expect((await cli(['--data-dir', data, 'report', 'build', ...(args[0] === PROJECT ? args : [PROJECT, ...args])], PASS)).code).toBe(2);
    }
    expect((await cli(['--data-dir', data, 'report', 'build', PROJECT, '--format', 'md', '--out', out], PASS)).stderr).toContain('already exists');
  });
});
