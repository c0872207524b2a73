// A legal team builds a joint UPR submission and a CCPR report from tagged cases: sections from the articles in
// scope, narrative with footnotes citing exhibits, the word count refusing to pass the limit quietly, names a
// publication may not carry replaced, the Word and Markdown files downloaded, the narrative still there after a
// reload (it went to the journal), and none of it readable on disk. The cases are written to the record journal
// before the app starts, as another device's sync would leave them.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { createVaultService } from '../../src-main/vault';
import { rendererWrites } from '../unit/main/records/journal-fixture';
import { findPlaintext } from './plaintext-scan';
import { openSealedSession, type SealedSession } from './sealed-session';
import { removeDir } from './browser-host';

const PASSPHRASE = 'баяндама 2026 UPR shadow';
const SCREENS = 'test-results/screens';
const WITHHELD = 'Алнур CANARYWITHHELD Ильяшев';
const ANONYMISED = 'Айгуль CANARYANON Шакибаева';
const NAMED = 'Yevgeniy Zhovtis';
const NARRATIVE = 'Police kettled CANARYNARRATIVE protesters in Almaty for eight hours below zero.';
const KINDS: Record<string, string> = { cases: 'case', events: 'event', people: 'person', casePeople: 'case-person', caseItems: 'case-item', excerpts: 'excerpt' };

let session: SealedSession;
let work: string;

const id = (n: number) => n.toString(16).padStart(32, 'c');
const CASES = { kettling: id(1), ilyashev: id(2), shymkent: id(3), unverified: id(4), koshe: id(5), zhanaozen: id(6) };

/** Six cases tagged across ICCPR 9, 19, 21 and 22, one unverified and one long before the period, with evidence. */
async function seedVault(dataDir: string): Promise<void> {
  const vault = createVaultService({ dataDir });
  await vault.create(PASSPHRASE);
  const sealed = await rendererWrites(dataDir, PASSPHRASE);
  // The renderer checks each row's clear kind column against its record, so it carries the renderer's own kind.
  const put: typeof sealed = (table, rowId, record) => {
    const write = sealed(table, rowId, record);
    return write.op === 'put' ? { ...write, row: { ...write.row, columns: { ...write.row.columns, kind: KINDS[table] ?? table } } } : write;
  };
  const at = { createdAt: '2024-12-01T10:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
  const kase = (caseId: string, title: string, tags: string[], status = 'verified') => put('cases', caseId, { ...at, title, status, tags, summary: '', sensitivity: 'normal', places: [], tagNotes: {}, assignees: [], mergedFrom: [] });
  const event = (n: number, caseId: string, type: string, year: number, month: number, day: number) =>
    put('events', id(n), { ...at, caseId, type, description: '', when: { precision: 'day', year, month, day }, actors: [], sourceIds: [], tags: [], tagNotes: {} });
  const writes = [
    kase(CASES.kettling, 'Kettling of DPK supporters in Almaty', ['ICCPR-21', 'ICCPR-9']),
    kase(CASES.ilyashev, 'Blogger convicted under CC 274', ['ICCPR-19']),
    kase(CASES.shymkent, 'Four activists detained in Shymkent', ['ICCPR-21', 'ICCPR-9']),
    kase(CASES.unverified, 'Picket in Oral (unverified)', ['ICCPR-21'], 'open'),
    kase(CASES.koshe, 'Koshe Partiyasy banned', ['ICCPR-22']),
    kase(CASES.zhanaozen, 'Zhanaozen 2011', ['ICCPR-21']),
    event(11, CASES.kettling, 'detention', 2021, 1, 10),
    event(12, CASES.ilyashev, 'verdict', 2020, 6, 22),
    event(13, CASES.shymkent, 'verdict', 2020, 6, 3),
    event(14, CASES.unverified, 'incident', 2021, 3, 1),
    event(15, CASES.koshe, 'verdict', 2020, 5, 19),
    event(16, CASES.zhanaozen, 'incident', 2011, 12, 16),
    put('people', id(20), { ...at, form: 'individual', names: [{ text: WITHHELD, script: 'cyrillic', kind: 'primary' }], consent: 'internal-only', gender: 'male', ageGroup: 'adult', vulnerabilities: [] }),
    put('people', id(21), { ...at, form: 'individual', names: [{ text: ANONYMISED, script: 'cyrillic', kind: 'primary' }], consent: 'anonymised-publication', gender: 'female', ageGroup: 'adult', vulnerabilities: [] }),
    put('people', id(22), { ...at, form: 'individual', names: [{ text: NAMED, script: 'latin', kind: 'primary' }], consent: 'named-publication', gender: 'male', ageGroup: 'older', vulnerabilities: [] }),
    put('casePeople', id(30), { ...at, caseId: CASES.ilyashev, personId: id(20), role: 'victim' }),
    put('casePeople', id(31), { ...at, caseId: CASES.kettling, personId: id(21), role: 'victim' }),
    put('casePeople', id(32), { ...at, caseId: CASES.kettling, personId: id(22), role: 'lawyer' }),
  ];
  for (const [n, caseId, name] of [[40, CASES.kettling, 'kettle-almaty.jpg'], [41, CASES.ilyashev, 'verdict-274.txt'], [42, CASES.shymkent, 'shymkent-ruling.txt'], [43, CASES.koshe, 'koshe-ban.txt']] as const) {
    const path = join(work, name);
    writeFileSync(path, `evidence ${name}\n`);
    const { item } = await vault.importFile(path);
    writes.push(put('caseItems', id(n), { ...at, caseId, itemId: item.id, source: {}, snapshot: { originalName: item.originalName, sha256: item.sha256 } }));
    if (caseId === CASES.ilyashev) writes.push(put('excerpts', id(50), { ...at, itemId: item.id, caseId, page: 1, quote: 'sentenced to three years of restricted freedom', tags: ['ICCPR-19'] }));
  }
  await vault.appendRecords(writes);
  vault.dispose();
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tamga-report-'));
  await seedVault(join(work, 'data'));
  session = await openSealedSession({ width: 1440, height: 900 }, join(work, 'data'));
});
test.afterAll(async () => {
  await session?.close();
  removeDir(work);
});

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}

async function newReport(page: Page, fields: { title: string; target: string; instrument?: string; organisations: string; articles: string[] }): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('button', { name: 'New report' }).click();
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Submitted to').selectOption({ label: fields.target });
  if (fields.instrument) await page.getByLabel('Treaty').selectOption({ label: fields.instrument });
  await page.getByLabel('Reporting period from').fill('2019-11-07');
  await page.getByLabel('to', { exact: true }).fill('2024-06-30');
  await page.getByLabel('Submitting organisations, one per line').fill(fields.organisations);
  const picker = page.getByRole('combobox', { name: 'Articles and recommendations in scope' });
  for (const article of fields.articles) {
    await picker.fill(article);
    await picker.press('Enter');
  }
  await page.getByRole('button', { name: 'Create report' }).click();
}

test('a joint UPR submission: footnotes cite exhibits, the limit is refused out loud, names are replaced, and the files carry it', async () => {
  const page = await session.context.newPage();
  await page.goto(await session.host.newLaunchUrl());
  await unlock(page);
  await newReport(page, { title: 'Kazakhstan UPR 4: civic space', target: 'Universal Periodic Review', organisations: 'KIBHR\nAdil Soz', articles: ['ICCPR 21', 'ICCPR 19'] });

  const assembly = page.getByRole('region', { name: 'ICCPR art. 21: Peaceful assembly' });
  const expression = page.getByRole('region', { name: 'ICCPR art. 19: Freedom of opinion and expression' });
  await expect(page.getByRole('region', { name: /^ICCPR art\./ })).toHaveCount(2);
  // Verified cases in the period only: the unverified picket and Zhanaozen 2011 stay out.
  await expect(assembly.getByText('2 cases · 2 events · 0 excerpts')).toBeVisible();
  await expect(expression.getByText('1 case · 1 event · 1 excerpt')).toBeVisible();
  await expect(assembly.getByText('Picket in Oral (unverified)')).toHaveCount(0);
  await expect(page.getByText('Joint submission', { exact: false })).toBeVisible();

  await page.getByLabel('Keywords').fill('freedom of assembly, kettling');
  await page.getByRole('textbox', { name: 'Narrative: Executive summary' }).click();
  await page.keyboard.type('Peaceful assemblies are dispersed and their participants detained.');

  const assemblyEditor = assembly.getByRole('textbox', { name: /^Narrative: ICCPR art\. 21/ });
  await assemblyEditor.click();
  await page.keyboard.type(NARRATIVE);
  await assembly.getByRole('button', { name: 'Cite the case Kettling of DPK supporters in Almaty' }).click();
  // Each citation is in place before the next keystroke, so typing never lands in a paragraph still being edited.
  await expect(assembly.locator('.report-footnotes')).toContainText('Kettling of DPK supporters in Almaty, Jan 10, 2021. See E-1.');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`${ANONYMISED} was among them; her lawyer ${NAMED} filed a complaint.`);
  await assembly.getByRole('button', { name: 'Cite the case Four activists detained in Shymkent' }).click();
  await expect(assembly.locator('.report-footnotes')).toContainText('Four activists detained in Shymkent, Jun 3, 2020. See E-2.');
  const expressionEditor = expression.getByRole('textbox', { name: /^Narrative: ICCPR art\. 19/ });
  await expressionEditor.click();
  await page.keyboard.type(`The blogger ${WITHHELD} was convicted for his posts.`);
  await expression.getByRole('button', { name: 'Cite the excerpt from Blogger convicted under CC 274' }).click();
  await expect(expression.locator('.report-footnotes')).toContainText('E-3, p. 1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Criticism online is prosecuted as false information.');

  await expect(assembly.locator('.report-footnotes')).toContainText('Kettling of DPK supporters in Almaty, Jan 10, 2021. See E-1.');
  await expect(assembly.locator('.report-footnotes')).toContainText('Four activists detained in Shymkent, Jun 3, 2020. See E-2.');
  await expect(expression.locator('.report-footnotes')).toContainText('E-3, p. 1: “sentenced to three years of restricted freedom”');
  const checks = page.getByRole('complementary', { name: 'Before this report leaves' });
  await expect(checks.getByText(/^\d+ of 5,630 words$/)).toBeVisible();
  await expect(checks.getByText('ICCPR art. 19: Freedom of opinion and expression, paragraph 5: no exhibit is cited.')).toBeVisible();
  // Aliases go by first appearance: the assembly theme comes first, and the kettled victim with it.
  await expect(checks.getByText(`${ANONYMISED} → Person A`)).toBeVisible();
  await expect(checks.getByText(`${WITHHELD} → Person B`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 10_000 });
  await page.screenshot({ path: `${SCREENS}/report-builder-upr-en.png`, fullPage: true });

  // A pasted draft far over the limit: the count says so out loud, and undoing the paste clears it.
  await assemblyEditor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(Array.from({ length: 5_700 }, (_, i) => `word${i}`).join(' '));
  const over = checks.getByRole('alert');
  await expect(over).toHaveText(/^Over the limit by [\d,]+ words: the submission would be refused as it stands\.$/);
  await expect(checks.getByText(/^[\d,]+ words against a limit of 5,630\.$/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/report-builder-over-limit-en.png`, fullPage: false });
  await page.keyboard.press('Control+z');
  await expect(over).toHaveCount(0);

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word' }).click()]);
  const xml = Object.entries(unzipSync(readFileSync(await docx.path()))).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes)).join('\n');
  expect(xml).toContain('<w:numPr>');
  expect(xml).toContain('Keywords: freedom of assembly, kettling');
  expect(xml).toContain('Executive summary');
  // The annex names each exhibit as the vault holds it, with its custody in a line.
  expect(xml).toContain('kettle-almaty.jpg');
  expect(xml).toMatch(/sealed on import [^<]+; \d+ custody entr(y|ies)/);
  expect(xml).toContain('See E-1.');
  expect(xml).toContain('The blogger Person B was convicted');
  expect(xml).toContain('Person A was among them');
  expect(xml).toContain(NAMED);
  expect(xml).not.toContain('CANARYWITHHELD');
  expect(xml).not.toContain('CANARYANON');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  const markdown = readFileSync(await md.path(), 'utf8');
  expect(markdown).toMatch(/^1\. Peaceful assemblies are dispersed and their participants detained\.$/m);
  expect(markdown).toMatch(/^2\. Police kettled CANARYNARRATIVE protesters in Almaty for eight hours below zero\.\[\^1\]$/m);
  expect(markdown).toContain('[^3]: E-3, p. 1: “sentenced to three years of restricted freedom”');
  expect(markdown).not.toContain('CANARYWITHHELD');

  // The narrative went to the journal: a reload, which forgets the keys, finds it again after unlocking.
  const address = page.url();
  expect(address).toMatch(/#\/reports\/[0-9a-f]{32}$/);
  await page.reload();
  await unlock(page);
  await expect(page).toHaveURL(address);
  await expect(page.getByRole('region', { name: 'ICCPR art. 21: Peaceful assembly' }).getByRole('textbox')).toContainText(NARRATIVE);
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await page.close();
  expect(findPlaintext([session.host.dataDir, session.profileDir], ['CANARYNARRATIVE', 'CANARYWITHHELD', 'CANARYANON', 'Kazakhstan UPR 4'])).toEqual([]);
});

test('a CCPR report follows the Covenant: article 9 before 19 before 21, whatever order they were chosen in', async () => {
  const page = await session.context.newPage();
  await page.goto(await session.host.newLaunchUrl());
  await unlock(page);
  await newReport(page, { title: 'Shadow report to the Human Rights Committee', target: 'Treaty body', instrument: 'CCPR · ICCPR', organisations: 'KIBHR', articles: ['ICCPR 21', 'ICCPR 9', 'ICCPR 19'] });
  await expect(page.getByRole('region', { name: /^ICCPR art\./ }).getByRole('heading', { level: 2 })).toHaveText([
    'ICCPR art. 9: Liberty and security of person; no arbitrary arrest',
    'ICCPR art. 19: Freedom of opinion and expression',
    'ICCPR art. 21: Peaceful assembly',
  ]);
  await expect(page.getByText(/CCPR: review under the ICCPR · Individual submission/)).toBeVisible();
  // The three section titles are words of the report too.
  await expect(page.getByText('24 words', { exact: true })).toBeVisible();
  await expect(page.getByText('Footnotes are not counted.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/report-builder-ccpr-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.close();
});

test('in Russian and Kazakh the builder speaks the reader’s language, and a Kazakh report writes its own aliases', async () => {
  const page = await session.context.newPage();
  await page.goto(await session.host.newLaunchUrl());
  await unlock(page);
  await page.getByRole('combobox', { name: /Language/ }).selectOption('ru');
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('button', { name: 'Доклады' }).click();
  await page.getByRole('button', { name: 'Открыть «Kazakhstan UPR 4: civic space»' }).click();
  const checks = page.getByRole('complementary', { name: 'Проверьте перед отправкой' });
  await expect(checks.getByText(/^Слов: [\d\s]+ из 5\s630$/)).toBeVisible();
  await expect(page.getByText(/Универсальный периодический обзор, цикл 4 · Совместное представление/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'ICCPR art. 21: Peaceful assembly' }).getByText('2 дела · 2 события · 0 выдержек')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/report-builder-upr-ru.png`, fullPage: true });

  await page.getByRole('combobox', { name: /Язык/ }).selectOption('kk');
  await page.getByRole('button', { name: 'Артқа' }).click();
  await page.getByRole('button', { name: 'Жаңа баяндама' }).click();
  await page.getByLabel('Атауы').fill('Бейбіт жиналыстар туралы баяндама');
  await page.getByLabel('Кімге ұсынылады').selectOption({ label: 'Тақырыптық баяндама' });
  await page.getByLabel('Тақырып').fill('Бейбіт жиналыс бостандығы');
  await page.getByLabel('Баяндама тілі').selectOption('kk');
  await page.getByLabel('Есепті кезең басы').fill('2020-01-01');
  await page.getByLabel('соңы').fill('2024-12-31');
  await page.getByLabel('Ұсынушы ұйымдар, әр жолға біреуден').fill('Қазақстан адам құқықтары бюросы');
  const picker = page.getByRole('combobox', { name: 'Қамтылатын баптар мен ұсынымдар' });
  await picker.fill('ICCPR 21');
  await picker.press('Enter');
  await page.getByRole('button', { name: 'Баяндама құру' }).click();
  const section = page.getByRole('region', { name: /^ICCPR, 21-бап/ });
  await section.getByRole('textbox').click();
  await page.keyboard.type(`${ANONYMISED} ұсталды.`);
  await section.getByRole('button', { name: '«Kettling of DPK supporters in Almaty» ісіне сілтеу' }).click();
  await expect(page.getByText(`${ANONYMISED} → A тұлға`)).toBeVisible();
  await expect(section.locator('.report-footnotes')).toContainText('Қараңыз: E-1.');
  await page.screenshot({ path: `${SCREENS}/report-builder-thematic-kk.png`, fullPage: true });
  await page.getByRole('combobox', { name: /Тіл/ }).selectOption('en');
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await page.close();
});
