import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../../src-main/app/create-app';
import { writeBundle } from '../../../../src-main/bundle';
import { verifyCommands } from '../../../../src-main/bundle/bundle-documents';
import { bundleIndexHtml, INDEX_CSP, type IndexHeader } from '../../../../src-main/bundle/bundle-index-html';
import { exhibitPath } from '../../../../src-main/bundle/bundle-layout';
import { createTranslator } from '../../../../src-main/cli/translator';
import { loadCatalog } from '../../../../shared/catalog';
import type { Audience, CaseDisclosure } from '../../../../shared/export/case-disclosure';
import type { BundleFile } from '../../../../shared/format/bundle-manifest';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { Language } from '../../../../shared/i18n/resources';
import { tempDir } from '../vault/temp-vault';
import { ANONYMISED_BLOGGER, disclosedCases, DOSSIER_ITEM_IDS, dossierSource, NAMED_BLOGGER, NAMED_LAWYER, PDF_ITEM, PHOTO_ITEM, WITHHELD_GIVER } from './dossier-bundle-fixture';

const catalog = loadCatalog();
const header: IndexHeader = {
  bundleId: '0123456789abcdef0123456789abcdef',
  createdAt: '2026-01-12T08:30:00.000Z',
  creator: { algorithm: 'Ed25519', publicKey: 'AAAA', fingerprint: '06e3fd8fda29bb60ab59557de61edb0a' },
};
const files: BundleFile[] = [
  { itemId: PDF_ITEM, path: exhibitPath(PDF_ITEM, 'Протокол суда 12.03.2024.pdf'), size: 38_512, sha256: 'a'.repeat(64), originalName: 'Протокол суда 12.03.2024.pdf', mediaType: 'application/pdf', importedAt: '2026-01-05T10:00:00.000Z' },
  { itemId: PHOTO_ITEM, path: exhibitPath(PHOTO_ITEM, 'алаң_IMG_2041.jpg'), size: 14, sha256: 'b'.repeat(64), originalName: 'алаң_IMG_2041.jpg', mediaType: 'image/jpeg', importedAt: '2026-01-05T10:05:00.000Z' },
];

const window = new Window();
afterAll(() => window.close());
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

async function page(audience: Audience, lang: Language = 'en', cases: unknown = disclosedCases(audience)) {
  const html = bundleIndexHtml(header, files, cases, { lang, t: await createTranslator(lang), catalog });
  return { html, document: parse(html) };
}

const text = (node: { textContent: string | null } | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
type Found = NonNullable<ReturnType<ReturnType<typeof parse>['querySelector']>>;
const facts = (section: Found) => Object.fromEntries([...section.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
const rowsOf = (section: Found | null) => [...(section?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map(text));

describe('the bundle index.html', () => {
  it('reads as a dossier: each case with its summary, timeline, people, tags, excerpts and exhibits, then the files and how to check them', async () => {
    const { document } = await page('legal-team');
    expect([...document.querySelectorAll('article.case > h2')].map(text)).toEqual(['Задержание блогера у блокпоста в Алматы', 'Жаңаөзендегі бейбіт жиналысты тарату']);
    const almaty = document.querySelector('#case-1')!;
    expect([...almaty.querySelectorAll('h3')].map(text)).toEqual(['Summary', 'Timeline', 'People', 'Articles engaged and other tags', 'Sources and what they say', 'Tagged excerpts', 'Exhibits and where they came from']);
    expect(facts(almaty.querySelector('#case-1-summary dl')!)).toEqual({ Status: 'Open', Period: 'Mar 26, 2020 – late April 2020', Places: 'Алматы, блокпост на Кульджинском тракте' });
    expect(text(almaty.querySelector('#case-1-summary p'))).toContain('Блогер снимал блокпост');
    expect(rowsOf(almaty.querySelector('#case-1-timeline'))).toEqual([
      ['Mar 26, 2020', 'Incident', 'Алматы, блокпост', 'Блогер снимает блокпост; свидетель видел, как у него отобрали телефон.', `Police; Other: ${ANONYMISED_BLOGGER}`],
      ['mid April 2020', 'Verdict', 'Специализированный административный суд Алматы', 'Административный арест на 10 суток по ст. 488 КоАП.', 'Court: Судья Е. Ким'],
    ]);
    expect(rowsOf(almaty.querySelector('#case-1-people')).map((row) => row.slice(0, 2))).toEqual([
      [NAMED_BLOGGER, 'Victim'],
      [ANONYMISED_BLOGGER, 'Witness'],
      [`${NAMED_LAWYER} (Gulnar Abdikadyrova)`, 'Lawyer'],
    ]);
    expect(rowsOf(almaty.querySelector('#case-1-tags'))[1]).toEqual(['ICCPR art. 9', 'Liberty and security of person; no arbitrary arrest', 'the case', 'Арест на 10 суток за съёмку блокпоста.']);
    expect(text(almaty.querySelector('#case-1-sources'))).toContain('arrest days: 10 «арестован на 10 суток»');
    expect([...document.querySelectorAll('#files tbody tr')].map((row) => text(row.querySelector('a')))).toEqual(['Протокол суда 12.03.2024.pdf', 'алаң_IMG_2041.jpg']);
  });

  it('shows each excerpt with its quote, page, tags by article name, and the region it marks, drawn and in words', async () => {
    const { document } = await page('legal-team');
    const [pdf] = [...document.querySelectorAll('#case-1-excerpts figure')];
    expect(text(pdf!.querySelector('.where'))).toBe('E-1 · Протокол суда 12.03.2024.pdf · page 2');
    expect(text(pdf!.querySelector('blockquote'))).toBe('Суд постановил: признать виновным по ст. 488 КоАП и подвергнуть административному аресту сроком на 10 (десять) суток.');
    expect(text(pdf!)).toContain('Marked region: 72–523 pt from the left edge of the page and 520–566 pt up from its bottom edge');
    expect([...pdf!.querySelectorAll('ul.tags li')].map(text)).toEqual(['ICCPR art. 9 Liberty and security of person; no arbitrary arrest', expect.stringMatching(/^Code of Administrative Offences art\. 488 /)]);
    // One mark per selected line, on an A4 page, the first line 842 - 548 - 18 = 276 points from the top.
    const marks = [...pdf!.querySelectorAll('svg rect.mark')];
    expect(pdf!.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 595 842');
    expect(marks.map((mark) => [mark.getAttribute('x'), mark.getAttribute('y'), mark.getAttribute('width'), mark.getAttribute('height')])).toEqual([
      ['72', '276', '451', '18'],
      ['72', '304', '300', '18'],
    ]);
    const photo = document.querySelector('#case-2-excerpts figure')!;
    expect(text(photo)).toContain('Marked region: 820–1,780 px from the left edge of the image and 410–950 px down from its top edge.');
    expect(text(photo)).toContain('No text was quoted');
    expect(text(photo)).toContain('Face of the officer is visible.');
  });

  it("gives each exhibit's provenance beside its link, size and SHA-256", async () => {
    const { document } = await page('legal-team');
    const pdf = document.querySelector('#case-1-exhibits .exhibit')!;
    expect(text(pdf.querySelector('h4'))).toBe('E-1 · Протокол суда 12.03.2024.pdf');
    expect(facts(pdf)).toEqual({
      'Original name': 'Протокол суда 12.03.2024.pdf',
      'File in this bundle': files[0]!.path,
      Size: '38.5 kB (38,512 bytes)',
      'SHA-256': 'a'.repeat(64),
      'Media type': 'application/pdf',
      'How obtained': 'Official copy',
      'Given by': NAMED_LAWYER,
      'When obtained': 'May 2020',
      'Web address it came from': 'https://office.sud.kz/courtActs/12345',
      Pages: '4',
      "Sealed in the sender's vault": 'January 5, 2026 at 10:00 AM UTC',
    });
    expect(pdf.querySelector('a')!.getAttribute('href')).toBe(files[0]!.path.split('/').map(encodeURIComponent).join('/'));
    const photo = facts(document.querySelector('#case-2-exhibits .exhibit')!);
    expect(photo).toMatchObject({ Size: '14 bytes', 'Given by': `${WITHHELD_GIVER}; met at the akimat entrance`, 'When obtained': 'Jan 5, 2022', Device: 'her phone', 'Location in the photo metadata': '43.34116, 52.86192' });
  });

  it('gives the same commands as VERIFY.txt and the fingerprint they must print', async () => {
    const { document } = await page('publication');
    const commands = [...document.querySelectorAll('#verify pre')].map((pre) => pre.textContent ?? '').join('\n');
    for (const command of [verifyCommands.unpack('BUNDLE.zip'), verifyCommands.sums, verifyCommands.sumsSignature, verifyCommands.manifestSignature, verifyCommands.fingerprint]) expect(commands).toContain(command);
    expect(text(document.querySelector('#verify'))).toContain(`It must print the fingerprint at the top of this page: ${header.creator.fingerprint}`);
  });

  it('a publication never shows a withheld person, names only those who consented, and keeps the giver’s words and the GPS fix at home', async () => {
    const { html, document } = await page('publication');
    for (const secret of [WITHHELD_GIVER, 'CANARYWITHHELD', ANONYMISED_BLOGGER, 'CANARYANON', 'met at the akimat entrance', 'her phone', '43.34116', 'She asked that her name never appear', 'Face of the officer']) expect(html).not.toContain(secret);
    expect(html).toContain(NAMED_BLOGGER);
    expect(html).toContain(NAMED_LAWYER);
    expect(rowsOf(document.querySelector('#case-1-people')).map((row) => row[0])).toEqual([NAMED_BLOGGER, 'Person B', `${NAMED_LAWYER} (Gulnar Abdikadyrova)`]);
    expect(text(document.querySelector('#case-2-people'))).toContain('1 more person on this case is left out entirely');
    const photo = document.querySelector('#case-2-exhibits .exhibit')!;
    expect([...photo.querySelectorAll('dt')].map(text)).not.toContain('Given by');
    expect(text(photo)).toContain('Given by a witness');
    expect(text(document.querySelector('.audience'))).toBe('For publication or a UN submission: only people who consented are named.');
  });

  it('the legal team’s copy names everyone on the case', async () => {
    const { html } = await page('legal-team');
    for (const name of [WITHHELD_GIVER, ANONYMISED_BLOGGER, NAMED_BLOGGER, NAMED_LAWYER]) expect(html).toContain(name);
  });

  it('is written in the language of the export', async () => {
    const { document } = await page('publication', 'kk');
    expect(document.documentElement.getAttribute('lang')).toBe('kk');
    expect(text(document.querySelector('h1'))).toBe('Дәлелдер пакеті');
    expect(text(document.querySelector('#case-2-timeline h3'))).toBe('Хронология');
    expect(rowsOf(document.querySelector('#case-2-timeline'))[0]![0]).toBe('4 қаңтар 2022 ж.');
    expect(rowsOf(document.querySelector('#case-1-tags'))[0]!.slice(0, 1)).toEqual(['ICCPR, 19-бап']);
    const russian = await page('publication', 'ru');
    expect(text(russian.document.querySelector('#case-1-exhibits .exhibit'))).toContain('Официальная копия');
  });

  it('runs nothing and loads nothing: a strict CSP, no script, no external address, links only inside the bundle', async () => {
    const { html, document } = await page('legal-team');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(INDEX_CSP);
    expect(INDEX_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(document.querySelectorAll('script, link, iframe, img, object, embed, form, base').length).toBe(0);
    expect([...document.querySelectorAll('[src]')].length).toBe(0);
    for (const link of document.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(#[a-z0-9-]+|files\/[0-9a-f]{32}\/[^/]+)$/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/[^<"]*"/);
  });

  it('still lists the files and how to check them when the export carries no case records', async () => {
    const { document } = await page('legal-team', 'en', [{ id: 'case-1', title: 'Detention in Almaty' }]);
    expect(document.querySelectorAll('article.case').length).toBe(0);
    expect(text(document.querySelector('main'))).toContain('This bundle carries no case records');
    expect(document.querySelectorAll('#files tbody tr').length).toBe(2);
  });
});

describe('the bundle index.html against hostile text', () => {
  const hostile = fc
    .array(
      fc.oneof(
        fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</bdi></h2><script>', '</title><script>', '"><svg onload=alert(1)>', "' onmouseover='x", '<!--', '-->', '&amp;', '&lt;', '<', '>', '&', '"', "'", '\u202e', '\u2066', 'עברית', 'العربية', '🙂👩🏽‍⚖️', 'Жаңаөзен'),
        // Control characters are left out: the HTML parser itself turns some into U+FFFD, so they cannot read back unchanged.
        // eslint-disable-next-line no-control-regex -- exactly the characters to leave out
        fc.string({ maxLength: 6 }).filter((s) => !/[\u0000-\u001f]/.test(s)),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(''))
    .filter((s) => s.trim().length > 0);

  /** The fixture with one string written into every field a person types: titles, names, quotes, notes, places. */
  function withText(value: string): CaseDisclosure[] {
    return disclosedCases('legal-team').map((disclosure) => ({
      ...disclosure,
      case: { ...disclosure.case, title: value, places: [{ text: value }], tagNotes: { 'ICCPR-19': value } },
      events: disclosure.events.map((event) => ({ ...event, description: value, place: { text: value }, actors: [{ kind: 'court' as const, name: value }] })),
      people: disclosure.people.map((person) => ({ ...person, names: [value] })),
      sources: disclosure.sources.map((source) => ({ ...source, name: value })),
      claims: disclosure.claims.map((claim) => ({ ...claim, field: value, quote: value })),
      exhibits: disclosure.exhibits.map((exhibit) => ({ ...exhibit, snapshot: { ...exhibit.snapshot, originalName: value }, source: { ...exhibit.source, fromText: value, note: value } })),
      excerpts: disclosure.excerpts.map((excerpt) => ({ ...excerpt, quote: value, note: value })),
    }));
  }

  const shape = (document: ReturnType<typeof parse>) => [...document.querySelectorAll('*')].map((element) => `${element.tagName}:${[...element.attributes].map((a) => a.name).join(',')}`);

  it('cannot add markup: the page has the same elements as with a plain title, and the text reads back unchanged', async () => {
    const t = await createTranslator('en');
    const render = (value: string) => parse(bundleIndexHtml(header, files.map((file) => ({ ...file, originalName: value })), withText(value), { lang: 'en', t, catalog }));
    const plain = shape(render('Plain title'));
    fc.assert(
      fc.property(hostile, (value) => {
        const document = render(value);
        expect(shape(document)).toEqual(plain);
        expect(document.querySelector('#case-1 > h2')!.textContent).toBe(value);
        expect(document.querySelector('#case-1-excerpts blockquote')!.textContent).toBe(value);
        expect(document.querySelector('#files tbody a')!.textContent).toBe(value);
        expect(document.querySelectorAll('script').length).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('the title element holds a hostile title as text', async () => {
    const value = '</title><script>alert("x")</script> & Жаңаөзен 🙂';
    const [one] = withText(value);
    const html = bundleIndexHtml(header, files, [one], { lang: 'en', t: await createTranslator('en'), catalog });
    expect(html).not.toContain('<script');
    expect(parse(html).title).toBe(`${value} · Evidence bundle`);
  });
});

describe('index.html in a written bundle', () => {
  it('is the dossier of the cases exported, in the language asked for, and its hash is the one the manifest signs', async () => {
    const out = join(tempDir(), 'dossier.zip');
    await writeBundle(dossierSource(), { itemIds: DOSSIER_ITEM_IDS, cases: disclosedCases('publication'), out, lang: 'ru' });
    const entries = unzipSync(readFileSync(out));
    const html = Buffer.from(entries['index.html']!).toString('utf8');
    const document = parse(html);
    expect(document.documentElement.getAttribute('lang')).toBe('ru');
    expect([...document.querySelectorAll('article.case > h2')].map(text)).toEqual(['Задержание блогера у блокпоста в Алматы', 'Жаңаөзендегі бейбіт жиналысты тарату']);
    expect(html).not.toContain('CANARY');
    // Every exhibit link points at an entry that is really in the zip.
    for (const link of document.querySelectorAll('a[href^="files/"]')) expect(Object.keys(entries)).toContain(decodeURIComponent(link.getAttribute('href')!));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as { documents: { path: string; size: number }[] };
    expect(manifest.documents.find((d) => d.path === 'index.html')!.size).toBe(entries['index.html']!.length);
  });

  it('bundle.export writes it in the language the app is read in, and refuses a language it has no words for', async () => {
    const dataDir = tempDir();
    const app = createApp({ dataDir, host: 'browser', version: 'test', emit: () => undefined });
    try {
      expect((await dispatch(app.handlers, 'vault.create', { passphrase: 'index language passphrase' })).ok).toBe(true);
      const source = join(tempDir(), 'заявление.txt');
      writeFileSync(source, 'Заявление свидетеля.');
      const itemId = (await app.vault.importFile(source)).item.id;
      const exported = await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'kk.zip', lang: 'kk' });
      expect(exported.ok).toBe(true);
      const html = Buffer.from(unzipSync(readFileSync(join(dataDir, 'exports', 'kk.zip')))['index.html']!).toString('utf8');
      expect(parse(html).documentElement.getAttribute('lang')).toBe('kk');
      expect(html).toContain('Бұл пакетті қалай тексеруге болады');
      expect(await dispatch(app.handlers, 'bundle.export', { itemIds: [itemId], fileName: 'de.zip', lang: 'de' as 'en' })).toMatchObject({ ok: false, error: { code: 'ipc.invalidInput' } });
    } finally {
      app.dispose();
    }
  });
});
