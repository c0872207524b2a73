import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeDir, type RunningHost } from './browser-host';
import { openSealedSession, type SealedSession } from './sealed-session';
import { filesUnder, findPlaintext } from './plaintext-scan';
import { checkBundleAsRecipient } from './bundle-check';

const PASSPHRASE = 'Дәлел мөрленеді 2026 наурыз';
const FIXTURES = resolve(__dirname, '../fixtures/evidence');
// Words of the ruling: "обжаловано" is on page 3 only, so finding the case by it proves the PDF text was indexed.
const PDF_WORDS = ['Алматинский', 'постановил', 'обжаловано', 'Қазақстан'];
const tag = randomBytes(4).toString('hex');
const CASE_TITLE = `Арест блогера ${tag}`;
const PDF_NAME = `решение-суда-Karasay-${tag}.pdf`;
const WAV_NAME = `допрос-zapis-${tag}.wav`;

let session: SealedSession;
let host: RunningHost;
let profileDir: string;
let context: BrowserContext;

test.beforeAll(async () => {
  session = await openSealedSession();
  ({ host, profileDir, context } = session);
});
test.afterAll(async () => session?.close());

async function createVault(page: Page) {
  await page.goto(host.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery kit' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('I have written down the recovery key').check();
  await page.getByRole('button', { name: 'Open the vault' }).click();
}

async function openCaseEvidence(page: Page) {
  await page.getByRole('button', { name: 'Evidence' }).click();
  await page.getByLabel('Attach evidence to a case').selectOption({ label: CASE_TITLE });
  await expect(page.getByRole('heading', { name: 'Evidence in this case' })).toBeVisible();
}

/** A real PNG from a canvas, pasted as a screenshot would be: a File in the clipboard event, no name of its own. */
async function pasteScreenshot(page: Page) {
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const draw = canvas.getContext('2d')!;
    draw.fillStyle = '#1d3557';
    draw.fillRect(0, 0, 320, 200);
    draw.fillStyle = '#f1faee';
    draw.fillRect(20, 20, 280, 60);
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'image.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
}

test('attaches a ruling, a screenshot and a recording to a case, finds the case by the ruling text, excerpts it, and leaves no plaintext', async () => {
  const sourceDir = mkdtempSync(join(tmpdir(), 'tamga-source-'));
  copyFileSync(join(FIXTURES, 'court-ruling-ru.pdf'), join(sourceDir, PDF_NAME));
  copyFileSync(join(FIXTURES, 'tone.wav'), join(sourceDir, WAV_NAME));

  const page = await context.newPage();
  await createVault(page);

  // A case, through the Cases screen.
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Title', { exact: true }).fill(CASE_TITLE);
  await expect(page.getByRole('heading', { level: 1, name: CASE_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await expect(page.getByText(CASE_TITLE)).toBeVisible();

  // Attach: the ruling and the recording by file picker with a provenance, then a pasted screenshot.
  await openCaseEvidence(page);
  await page.getByLabel('How obtained').selectOption('official-copy');
  await page.getByLabel('When obtained (e.g. March 2024)').fill('March 2024');
  await page.getByLabel('Choose files to attach').setInputFiles([join(sourceDir, PDF_NAME), join(sourceDir, WAV_NAME)]);
  await expect(page.getByText(`${PDF_NAME} is sealed and attached to this case.`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`${WAV_NAME} is sealed and attached to this case.`)).toBeVisible({ timeout: 30_000 });
  await pasteScreenshot(page);
  await expect(page.getByText(/^pasted-.*-1\.png is sealed and attached to this case\.$/)).toBeVisible({ timeout: 30_000 });
  const section = page.getByRole('region', { name: 'Evidence in this case' });
  const pdfRow = section.getByRole('row').filter({ hasText: PDF_NAME });
  await expect(pdfRow).toContainText('3 pages');
  await expect(pdfRow).toContainText('Official copy · March 2024');
  await expect(pdfRow).not.toContainText('scanned — no text');
  await expect(page.getByText('3 attached items')).toBeVisible();

  // The same ruling again is linked, not stored twice, and still attached.
  await page.getByLabel('Choose files to attach').setInputFiles(join(sourceDir, PDF_NAME));
  await expect(page.getByText(`${PDF_NAME} is already in the vault — linked, not stored twice, and attached to this case.`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('4 attached items')).toBeVisible();

  // The search box on the Cases screen finds the case by a word that is only inside the PDF.
  await page.getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('combobox', { name: /Search cases/ }).fill('обжаловано');
  const hits = page.getByRole('listbox', { name: 'Search results' });
  // The ruling was attached twice (the second time linked, not stored), so both attachments match.
  await expect(hits.getByRole('option').filter({ hasText: CASE_TITLE }).first(), 'the search box offers the case for a word inside its PDF').toBeVisible();
  await page.getByRole('combobox', { name: /Search cases/ }).fill('');
  await page.getByRole('option').filter({ hasText: CASE_TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: CASE_TITLE })).toBeVisible();

  // Open the ruling from the case's evidence and excerpt a sentence of page 2 by selecting it with the mouse.
  await openCaseEvidence(page);
  await page.getByRole('region', { name: 'Evidence in this case' }).getByRole('button', { name: PDF_NAME, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: PDF_NAME })).toBeVisible();
  const sentence = page.locator('[data-page-number="2"] .textLayer span', { hasText: 'Суд постановил' }).first();
  await sentence.scrollIntoViewIfNeeded({ timeout: 30_000 });
  const box = (await sentence.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Create excerpt from selection' }).click();
  await expect(page.getByText('Excerpt created.')).toBeVisible();
  await expect(page.locator('[data-page-number="2"] [data-testid="excerpt-highlight"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/viewer-en.png' });

  // The item page re-hashes the stored file against the SHA-256 recorded at intake.
  await page.getByRole('button', { name: 'Verify this file' }).click();
  await expect(page.getByText('This file matches its recorded SHA-256.')).toBeVisible({ timeout: 30_000 });
  // The item is a page of its own: the whole of it, with the hash check and the custody history.
  await page.getByRole('heading', { name: 'Custody history' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/item-page-en.png', fullPage: true });

  // Back in the case, the excerpt is listed with its quote, under the case.
  await page.getByRole('button', { name: 'Back to evidence' }).click();
  await expect(page.getByTestId('case-excerpt')).toContainText('Суд постановил признать виновным');
  await expect(page.getByTestId('case-excerpt')).toContainText(`${PDF_NAME}, page 2`);

  // Tag the excerpt from the keyboard alone, then find it under the article in the catalog.
  const excerptTags = page.getByRole('combobox', { name: 'Tags for this excerpt' });
  await excerptTags.focus();
  await page.keyboard.type('peaceful assembly');
  await expect(page.getByRole('option', { name: /^ICCPR art\. 21/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove ICCPR art. 21' })).toBeVisible();
  await page.getByRole('button', { name: 'Treaty catalog' }).click();
  await page.getByRole('navigation', { name: 'Instruments' }).getByRole('button', { name: 'ICCPR', exact: true }).click();
  await page.getByRole('button', { name: /^ICCPR art\. 21 — Peaceful assembly/ }).click();
  const article = page.getByRole('region', { name: /ICCPR art\. 21 — Peaceful assembly/ });
  await expect(article.getByRole('region', { name: 'Tagged records' }).getByRole('button', { name: /«Суд постановил признать виновным»/ })).toBeVisible();
  await expect(article.getByRole('region', { name: 'Recommendations' }).getByText(/A\/HRC\/43\/10/).first()).toBeVisible();
  await article.getByRole('region', { name: 'Tagged records' }).getByRole('button', { name: /«Суд постановил/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: CASE_TITLE })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' })).toHaveAttribute('aria-current', 'page');

  // The recording plays from the vault: metadata loads, it has a length, and seeking moves it.
  await page.getByRole('region', { name: 'Evidence in this case' }).getByRole('button', { name: WAV_NAME, exact: true }).click();
  const audio = page.locator('audio');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const duration = await audio.evaluate((a: HTMLAudioElement) => a.duration);
  expect(duration).toBeGreaterThan(0);
  await audio.evaluate((a: HTMLAudioElement) => {
    a.currentTime = a.duration / 2;
  });
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0);
  await page.getByRole('button', { name: `Back to the case “${CASE_TITLE}”` }).click();

  // The exhibit package for a lawyer: exported from the case, downloaded, and checked as a recipient would.
  const exportSection = page.getByRole('region', { name: 'Evidence bundle' });
  await exportSection.getByLabel('Who is it for?').selectOption('publication');
  await exportSection.getByRole('button', { name: 'Export bundle' }).click();
  await expect(exportSection.getByText(/^The bundle is ready/)).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('link', { name: 'Download the bundle' }).click()]);
  const bundle = join(sourceDir, 'bundle.zip');
  await download.saveAs(bundle);
  await expect(exportSection.getByText(/^Downloaded\./)).toBeVisible();
  // The recipient hears this device's fingerprint by another channel; here it is read off the Settings screen.
  await page.getByRole('button', { name: 'Settings' }).click();
  const fingerprint = (await page.getByTestId('own-fingerprint').textContent())!.replace(/\s/g, '');
  const recipient = checkBundleAsRecipient(bundle, fingerprint);
  expect(recipient.tamga.status, recipient.tamga.stdout + recipient.tamga.stderr).toBe(0);
  expect(recipient.sums.stdout).toMatch(new RegExp(`files/.*${PDF_NAME}: OK`));
  expect(recipient.sums.status, recipient.sums.stdout + recipient.sums.stderr).toBe(0);
  expect(recipient.signature.stdout).toContain('Signature Verified Successfully');
  // Checked back in the app, the bundle names this device as its signer.
  const check = page.getByRole('region', { name: 'Check a received bundle' });
  await check.getByLabel(/^Bundle to check/).setInputFiles(bundle);
  await expect(check.getByTestId('bundle-check')).toContainText('Signed by this device.', { timeout: 30_000 });

  await page.close();
  await context.close();
  removeDir(sourceDir);

  // The bundle is plaintext by design, so the host deleted it once downloaded (and the checked copy once checked):
  // everything left under the data dir is the vault, and none of it may be readable.
  expect(readdirSync(host.dataDir).filter((name) => name !== 'exports')).toEqual(['vault']);
  expect(filesUnder(join(host.dataDir, 'vault')).length).toBeGreaterThan(2);
  expect(filesUnder(profileDir).length).toBeGreaterThan(10);
  expect(findPlaintext([host.dataDir, profileDir], [...PDF_WORDS, PDF_NAME, WAV_NAME, 'Karasay', 'zapis', CASE_TITLE, 'Суд постановил признать виновным'])).toEqual([]);
});
