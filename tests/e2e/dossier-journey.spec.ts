// A lawyer's everyday exports from a realistic case: the dossier as Word and as a printed PDF, for publication, in
// English and Kazakh, and the table of cases by article from the catalog. The case is written to the record
// journal before the app starts, as another device's sync would leave it; the app rebuilds it at unlock.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import config from '../../playwright.config';
import { createVaultService } from '../../src-main/vault';
import { rendererWrites } from '../unit/main/records/journal-fixture';
import { removeDir, startHost, type RunningHost } from './browser-host';

const PASSPHRASE = 'досье мен кесте 2026 жыл';
const CASE = 'a1'.repeat(16);
const NAMED = 'Гүлнар Әбдіқадырова';
const ANONYMISED = 'Нұрлан CANARYANON Сейітқали';
const WITHHELD = 'Жұлдыз CANARYWITHHELD Өтегенова';
const KAZAKH_LETTERS = [...'әғқңөұүһі'];
const SCREENS = 'test-results/screens';

const RENDERER_KINDS: Record<string, string> = { cases: 'case', events: 'event', people: 'person', casePeople: 'case-person', sources: 'source', claims: 'claim', caseItems: 'case-item' };

let host: RunningHost;
let browser: Browser;
let work: string;
let sha256: string;

/** The Zhanaozen case, with its people, events, tags, a source and a sealed statement, as the app would write them. */
async function seedVault(dataDir: string): Promise<void> {
  const vault = createVaultService({ dataDir });
  await vault.create(PASSPHRASE);
  const statement = join(work, 'куәгер түсініктемесі.txt');
  writeFileSync(statement, 'Полиция қызметкерлері алаңдағы адамдарды ұстады.\n');
  const { item } = await vault.importFile(statement);
  sha256 = item.sha256;
  const sealed = await rendererWrites(dataDir, PASSPHRASE);
  // The renderer checks each row's clear kind column against its record, so it must carry the renderer's own kind.
  const put: typeof sealed = (table, rowId, record) => {
    const write = sealed(table, rowId, record);
    return write.op === 'put' ? { ...write, row: { ...write.row, columns: { ...write.row.columns, kind: RENDERER_KINDS[table] ?? table } } } : write;
  };
  // rendererWrites puts this updatedAt in the clear columns, which must match the sealed record.
  const at = (n: number) => ({ createdAt: `2024-12-0${n}T10:00:00.000Z`, updatedAt: '2025-01-01T00:00:00.000Z' });
  const id = (n: number) => n.toString(16).padStart(32, 'b');
  await vault.appendRecords([
    put('cases', CASE, {
      ...at(1), title: 'Жаңаөзендегі бейбіт жиналысты тарату', status: 'verified', sensitivity: 'normal', assignees: [], mergedFrom: [],
      summary: 'Residents gathered on Бірлік square against the gas price rise; police dispersed them and detained at least 40 people, among them қаһарман аналар мен ағайындар.',
      places: [{ text: 'Жаңаөзен, Бірлік алаңы' }], tags: ['ICCPR-21', 'ICCPR-19'],
      tagNotes: { 'ICCPR-21': 'Бейбіт жиналыс күшпен таратылды; ұйымдастырушылар ұсталды.' },
    }),
    put('events', id(1), { ...at(2), caseId: CASE, type: 'incident', description: 'Police dispersed the assembly.', when: { precision: 'day', year: 2022, month: 1, day: 4 }, place: { text: 'Жаңаөзен' }, actors: [{ kind: 'police', personId: id(12) }], sourceIds: [], tags: [], tagNotes: {} }),
    put('events', id(2), { ...at(2), caseId: CASE, type: 'detention', description: 'Organisers detained at home.', when: { precision: 'month', year: 2022, month: 1, part: 'late' }, actors: [{ kind: 'special-forces' }], sourceIds: [], tags: ['CAT-2'], tagNotes: { 'CAT-2': 'Beatings in custody reported by two detainees.' } }),
    put('events', id(3), { ...at(2), caseId: CASE, type: 'hearing', description: 'Administrative hearing.', when: { precision: 'season', year: 2022, season: 'spring' }, actors: [], sourceIds: [], tags: [], tagNotes: {} }),
    put('people', id(10), { ...at(3), form: 'individual', names: [{ text: NAMED, script: 'cyrillic', kind: 'primary' }], consent: 'named-publication', gender: 'female', ageGroup: 'adult', vulnerabilities: [] }),
    put('people', id(11), { ...at(3), form: 'individual', names: [{ text: ANONYMISED, script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication', gender: 'male', ageGroup: 'youth', vulnerabilities: [] }),
    put('people', id(12), { ...at(3), form: 'individual', names: [{ text: WITHHELD, script: 'cyrillic', kind: 'primary' }], consent: 'internal-only', gender: 'female', ageGroup: 'older', vulnerabilities: [] }),
    put('casePeople', id(20), { ...at(4), caseId: CASE, personId: id(10), role: 'victim' }),
    put('casePeople', id(21), { ...at(4), caseId: CASE, personId: id(11), role: 'witness' }),
    put('casePeople', id(22), { ...at(4), caseId: CASE, personId: id(12), role: 'source' }),
    put('sources', id(30), { ...at(5), kind: 'ngo-monitoring', name: 'KIBHR monitoring report', aliases: [], perspective: 'independent', caseIds: [CASE] }),
    put('claims', id(31), { ...at(5), caseId: CASE, field: 'detained', value: { type: 'count', count: { value: 40, qualifier: 'at-least' } }, sourceId: id(30), quote: 'кемінде 40 адам ұсталды', locator: 'p. 3' }),
    put('caseItems', id(40), { ...at(6), caseId: CASE, itemId: item.id, source: {}, snapshot: { originalName: item.originalName, sha256: item.sha256 } }),
  ]);
  vault.dispose();
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tamga-dossier-'));
  const dataDir = join(work, 'data');
  await seedVault(dataDir);
  host = await startHost(dataDir);
  browser = await chromium.launch(config.use?.launchOptions);
});
test.afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeDir(work);
});

/** Each test opens its own window with a launch address of its own, in English, and unlocks the vault. */
async function unlock(page: Page): Promise<void> {
  await page.goto(await host.newLaunchUrl());
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}

/** Every font in the PDF, and whether pdffonts reports it embedded. */
function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, "emb" is the 4th field from the end.
  return lines.map((line) => {
    const fields = line.trim().split(/\s+/);
    return { name: fields[0]!, embedded: fields.at(-5) === 'yes' };
  });
}

function requirePoppler(): void {
  try {
    execFileSync('pdffonts', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdffonts and pdftotext are missing, so the printed dossier cannot be checked: install Debian\'s poppler-utils.');
  }
}

test('a lawyer downloads the dossier as DOCX and prints it to PDF, for publication, in English and in Kazakh', async () => {
  requirePoppler();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await unlock(page);
  await page.getByRole('option', { name: /Жаңаөзендегі бейбіт жиналысты тарату/ }).click();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
  const card = page.getByRole('region', { name: 'Case dossier' });
  await card.getByLabel('Who is it for?').selectOption('publication');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/dossier-action-en.png`, fullPage: false });

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download as Word (DOCX)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tamga-dossier-publication-\d{4}-\d{2}-\d{2}-a1a1a1a1\.docx$/);
  const docxPath = join(work, 'dossier.docx');
  await download.saveAs(docxPath);
  const xml = Object.entries(unzipSync(readFileSync(docxPath))).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes)).join('\n');
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain(NAMED);
  expect(xml).toContain(sha256);
  expect(xml).not.toContain('CANARYANON');
  expect(xml).not.toContain('CANARYWITHHELD');
  await expect(card.getByRole('status')).toContainText('Dossier downloaded');

  // The print view: a page of its own, with an address, and nothing on it to edit.
  await card.getByRole('button', { name: 'Open the printable dossier (PDF)' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${CASE}/dossier/publication$`));
  const dossier = page.getByRole('article');
  await expect(dossier.getByRole('heading', { level: 1 })).toHaveText('Жаңаөзендегі бейбіт жиналысты тарату');
  await expect(dossier.getByRole('heading', { level: 2 })).toHaveText(['Summary', 'Timeline', 'People', 'Articles engaged and other tags', 'Sources and what they say', 'Exhibits']);
  await expect(dossier.getByRole('textbox')).toHaveCount(0);
  await expect(dossier.getByRole('button')).toHaveCount(0);
  await expect(dossier).toContainText('Person B');
  await expect(dossier).not.toContainText('CANARY');
  await page.screenshot({ path: `${SCREENS}/dossier-print-view-en.png`, fullPage: true });

  const checkPdf = async (lang: string, expected: string[]) => {
    const pdfPath = join(work, `dossier-${lang}.pdf`);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENS}/dossier-print-media-${lang}.png`, fullPage: true });
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const fonts = pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded), 'every font in the PDF is embedded').toEqual([]);
    // Table cells wrap, so words a line apart in the PDF are compared with single spaces between them.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of expected) expect(text).toContain(words);
    for (const letter of KAZAKH_LETTERS) expect(text, `the PDF keeps «${letter}» as text`).toContain(letter);
    // A hash wraps inside its narrow column.
    expect(text.replace(/ /g, '')).toContain(sha256);
    expect(text).not.toContain('CANARY');
    // The toolbar is for the screen only.
    expect(text).not.toContain('Print or save as PDF');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(SCREENS, `dossier-pdf-${lang}`)]);
  };
  await checkPdf('en', ['Case dossier', 'Timeline', NAMED, 'ICCPR art. 21', 'Бейбіт жиналыс күшпен таратылды', 'late January 2022', 'куәгер түсініктемесі.txt']);

  // The same page in Kazakh: the language switch re-renders the dossier in the reader's language.
  await page.getByRole('combobox', { name: /Language/ }).selectOption('kk');
  await expect(dossier.getByRole('heading', { level: 2 }).first()).toHaveText('Сипаттама');
  await page.screenshot({ path: `${SCREENS}/dossier-print-view-kk.png`, fullPage: true });
  await checkPdf('kk', ['Іс бойынша досье', 'Хронология', 'қаңтар айының аяғы', 'B тұлғасы', 'ICCPR, 21-бап']);

  await page.getByRole('button', { name: 'Іске оралу' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${CASE}/evidence$`));
  await page.getByRole('combobox', { name: /Тіл/ }).selectOption('en');
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await context.close();
});

test('the catalog page of an article offers the table of cases by article as CSV and XLSX', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await unlock(page);
  // The working copy is rebuilt from the journal at unlock; the catalog counts what it holds.
  await expect(page.getByRole('option', { name: /Жаңаөзендегі бейбіт жиналысты тарату/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation').getByText('Treaty catalog', { exact: true }).click();
  await page.getByRole('button', { name: 'ICCPR', exact: true }).click();
  await page.getByRole('button', { name: /ICCPR art\. 21\b/ }).click();
  const table = page.getByRole('region', { name: 'Table of cases by article' }).last();
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/case-table-catalog-en.png`, fullPage: false });

  const [csv] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^tamga-cases-ICCPR-21-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvBytes = readFileSync(await csv.path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csvBytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Case,Status,First event,Last event,Places,Article,What it covers,Recommendations on this article,Exhibits,Case ID');
  expect(lines[1]).toBe(`Жаңаөзендегі бейбіт жиналысты тарату,Verified,"Jan 4, 2022",spring 2022,"Жаңаөзен, Бірлік алаңы; Жаңаөзен",ICCPR art. 21,Peaceful assembly,,1,${CASE}`);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Download Excel (XLSX)' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = strFromU8(unzipSync(readFileSync(await xlsx.path()))['xl/sharedStrings.xml']!);
  expect(sheet).toContain('Жаңаөзендегі бейбіт жиналысты тарату');
  await context.close();
});
