import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { createVaultService } from '../../../../src-main/vault';
import { rendererWrites } from '../records/journal-fixture';
import { cli, tempDir, TINY_KDF } from './cli-harness';

const PASS = 'secret phrase\n';
const CASE = '1'.repeat(32);
const OTHER = '2'.repeat(32);
const NAMED = '3'.repeat(32);
const WITHHELD = '4'.repeat(32);
const base = (createdAt: string) => ({ createdAt, updatedAt: createdAt });
const caseFields = { summary: '', status: 'open', tagNotes: {}, places: [], assignees: [], mergedFrom: [] };

/** A vault with a statement imported and attached to a case, as the app would have written it. */
async function vaultWithDossierCase() {
  const dir = tempDir();
  const data = join(dir, 'data');
  expect((await cli(['--data-dir', data, 'init'], PASS)).code).toBe(0);
  const statement = join(dir, 'показания свидетеля.txt');
  writeFileSync(statement, 'Сотрудники полиции задержали участников собрания.\n');
  const imported = (await cli(['--data-dir', data, 'import', statement], PASS)).text.trim().split(' ');
  const [itemId, sha256] = [imported[0]!, imported[1]!];
  const vault = createVaultService({ dataDir: data, kdf: TINY_KDF });
  await vault.unlock('secret phrase');
  const put = await rendererWrites(data, 'secret phrase');
  await vault.appendRecords([
    put('cases', CASE, { ...base('2025-01-01T00:00:00.000Z'), ...caseFields, title: 'Жаңаөзендегі жиналысты тарату', summary: 'Полиция қаһарман аналарды ұстады; ғ, ң, ө, ұ, ү, і, ә, қ.', tags: ['ICCPR-21'], tagNotes: { 'ICCPR-21': 'Бейбіт жиналыс таратылды.' } }),
    put('events', '5'.repeat(32), { ...base('2025-01-01T00:00:01.000Z'), caseId: CASE, type: 'incident', description: 'Dispersal', when: { precision: 'month', year: 2022, month: 1, part: 'early' }, actors: [], sourceIds: [], tags: ['CAT-2'], tagNotes: {} }),
    put('people', NAMED, { ...base('2025-01-01T00:00:03.000Z'), names: [{ text: 'Гүлнар Әбдіқадырова', script: 'cyrillic', kind: 'primary' }], consent: 'named-publication' }),
    put('people', WITHHELD, { ...base('2025-01-01T00:00:03.000Z'), names: [{ text: 'CANARYWITHHELD Ерлан', script: 'cyrillic', kind: 'primary' }], consent: 'internal-only' }),
    put('casePeople', '7'.repeat(32), { ...base('2025-01-01T00:00:04.000Z'), caseId: CASE, personId: NAMED, role: 'victim' }),
    put('casePeople', '8'.repeat(32), { ...base('2025-01-01T00:00:04.000Z'), caseId: CASE, personId: WITHHELD, role: 'witness' }),
    put('caseItems', '9'.repeat(32), { ...base('2025-01-01T00:00:05.000Z'), caseId: CASE, itemId, source: {}, snapshot: {} }),
    put('cases', OTHER, { ...base('2025-02-01T00:00:00.000Z'), ...caseFields, title: 'Blogger fined', tags: ['ICCPR-19'] }),
  ]);
  vault.dispose();
  return { dir, data, sha256 };
}

/** LibreOffice is how a recipient without Word opens the file; the check is worth nothing if it silently does not run. */
function libreOfficeText(docx: string, outDir: string): string {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('LibreOffice (soffice) is not installed, so the DOCX round trip cannot run: install Debian\'s libreoffice-writer-nogui.');
  }
  // Its own profile folder, so a LibreOffice already open on the machine neither blocks nor answers the conversion.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(outDir, 'lo-profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, docx], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(join(outDir, 'dossier.txt'), 'utf8');
}

describe('tamga cases dossier and tamga cases table', () => {
  it('writes the dossier as DOCX for publication unless asked, which LibreOffice opens with its headings, letters and hashes', async () => {
    const { dir, data, sha256 } = await vaultWithDossierCase();
    const out = join(dir, 'dossier.docx');
    const written = await cli(['--data-dir', data, 'cases', 'dossier', CASE, '--format', 'docx', '--out', out, '--lang', 'kk'], PASS);
    expect(written.stderr).toBe('');
    expect(written).toMatchObject({ code: 0, text: `${out}\n` });
    const xml = Object.values(unzipSync(readFileSync(out))).map((bytes) => strFromU8(bytes)).join('\n');
    expect(xml).not.toContain('CANARYWITHHELD');

    const text = libreOfficeText(out, dir);
    for (const heading of ['Сипаттама', 'Хронология', 'Адамдар', 'Қозғалған баптар және басқа тегтер', 'Материалдар (қосымшалар)']) expect(text).toContain(heading);
    expect(text).toContain('Гүлнар Әбдіқадырова');
    expect(text).not.toContain('CANARYWITHHELD');
    expect(text).toContain('Бейбіт жиналыс таратылды.');
    expect(text).toContain('қаңтар айының басы 2022');
    expect(text).toContain('показания свидетеля.txt');
    expect(text).toContain(sha256);
    for (const letter of 'әғқңөұүһі') expect(text).toContain(letter);
  }, 180_000);

  it('names everyone for the legal team, and never overwrites a file', async () => {
    const { dir, data } = await vaultWithDossierCase();
    const out = join(dir, 'legal.docx');
    expect((await cli(['--data-dir', data, 'cases', 'dossier', CASE, '--format', 'docx', '--out', out, '--audience', 'legal-team'], PASS)).code).toBe(0);
    expect(Object.values(unzipSync(readFileSync(out))).map((bytes) => strFromU8(bytes)).join('\n')).toContain('CANARYWITHHELD Ерлан');
    const again = await cli(['--data-dir', data, 'cases', 'dossier', CASE, '--format', 'docx', '--out', out], PASS);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses a missing case, an unknown audience or format, and a missing --out', async () => {
    const { dir, data } = await vaultWithDossierCase();
    const out = join(dir, 'x.docx');
    expect((await cli(['--data-dir', data, 'cases', 'dossier', 'a'.repeat(32), '--format', 'docx', '--out', out], PASS)).stderr).toContain('There is no cases record');
    for (const args of [['--format', 'pdf', '--out', out], ['--format', 'docx'], ['--format', 'docx', '--out', out, '--audience', 'everyone'], ['--format', 'docx', '--out', out, '--lang', 'de']]) {
      expect((await cli(['--data-dir', data, 'cases', 'dossier', CASE, ...args], PASS)).code).toBe(2);
    }
  });

  it('writes the table of cases by article as CSV or XLSX, all articles or one', async () => {
    const { dir, data } = await vaultWithDossierCase();
    const csv = join(dir, 'all.csv');
    expect(await cli(['--data-dir', data, 'cases', 'table', '--format', 'csv', '--out', csv], PASS)).toMatchObject({ code: 0, text: `3 ${csv}\n` });
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFCase,Status,First event')).toBe(true);
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(['Blogger fined', 'Жаңаөзендегі жиналысты тарату', 'Жаңаөзендегі жиналысты тарату']);

    const xlsx = join(dir, 'iccpr-21.xlsx');
    expect(await cli(['--data-dir', data, 'cases', 'table', '--format', 'xlsx', '--out', xlsx, '--article', 'ICCPR-21', '--lang', 'ru'], PASS)).toMatchObject({ code: 0, text: `1 ${xlsx}\n` });
    const [sheet] = await readXlsxFile(readFileSync(xlsx));
    expect(sheet!.sheet).toBe('Дела по статьям');
    expect(sheet!.data[1]).toEqual(['Жаңаөзендегі жиналысты тарату', 'Открыто', 'начало января 2022', 'начало января 2022', null, 'ICCPR, ст. 21', 'Право на мирные собрания', null, 1, CASE]);

    const unknown = await cli(['--data-dir', data, 'cases', 'table', '--format', 'csv', '--out', join(dir, 'none.csv'), '--article', 'ICCPR-999'], PASS);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No article or instrument in the catalog has the id ICCPR-999');
  });
});
