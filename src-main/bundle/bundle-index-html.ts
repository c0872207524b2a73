/**
 * Defends against: a case title, name or quote that injects markup or script into the page a recipient opens, a
 *   page that reaches the network (and so tells someone it is being read), and a reader shown more than consent allows.
 * Follows: the HTML Living Standard's escaping of text and quoted attributes; CSP level 3 through a meta element.
 * Tests: tests/unit/main/bundle/bundle-index-html.test.ts.
 *
 * The bundle's index.html: each case it carries as a dossier to read in any browser, offline and with scripts off.
 * It says what the printable dossier says about a case (caseSections), then what only the bundle has: the excerpts
 * with their drawn regions, each file's provenance beside its link and hash, and how to check it all. Who is named
 * was decided by discloseCase before cases.json was written; nothing here looks at consent.
 */
import { entryName } from '../../shared/catalog/entry-name';
import type { Catalog } from '../../shared/catalog/types';
import type { CaseDisclosure, DisclosedExhibit } from '../../shared/export/case-disclosure';
import { caseSections, labelPeople } from '../../shared/export/case-dossier';
import type { DocumentBlock, DocumentSection } from '../../shared/export/printable-document';
import type { BundleFile, BundleManifest } from '../../shared/format/bundle-manifest';
import { formatByteSize, formatDateTime, formatNumber } from '../../shared/i18n/format';
import { readableDate } from '../../shared/i18n/readable-date';
import type { Language } from '../../shared/i18n/resources';
import type { Translate } from '../../shared/i18n/translate';
import type { Excerpt, ExcerptRect } from '../../shared/model';
import { verifyCommands } from './bundle-documents';
import { SUMS } from './bundle-layout';

export type IndexHeader = Pick<BundleManifest, 'bundleId' | 'createdAt' | 'creator'>;
export type IndexOptions = { lang: Language; t: Translate; catalog: Catalog };

/** No script, style only from this file, images only as inline SVG, and no form or base that could send anything. */
export const INDEX_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const DASH = '—';
/** A4 in PDF points: the page a region is drawn on when the excerpt does not say how large its page was. */
const A4 = { width: 595, height: 842 };

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Text from a record, isolated so a right-to-left name or a stray direction mark cannot reorder what is around it. */
const bdi = (text: string): string => `<bdi>${escapeHtml(text)}</bdi>`;

const href = (path: string): string => escapeHtml(path.split('/').map(encodeURIComponent).join('/'));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The cases in cases.json as discloseCase wrote them. The export input was checked against the disclosure schema
 * before it got here; this only skips what is not a case at all and fills lists an older writer left out.
 */
export function disclosuresIn(cases: unknown): CaseDisclosure[] {
  if (!Array.isArray(cases)) return [];
  return cases
    .filter((value): value is Record<string, unknown> & { case: Record<string, unknown> } => isRecord(value) && isRecord(value.case) && typeof value.case.title === 'string')
    .map((value) => {
      const list = (key: string) => (Array.isArray(value[key]) ? value[key] : []);
      const kase = value.case;
      return {
        audience: value.audience === 'legal-team' ? 'legal-team' : 'publication',
        case: {
          ...kase,
          summary: typeof kase.summary === 'string' ? kase.summary : '',
          status: typeof kase.status === 'string' ? kase.status : 'open',
          places: Array.isArray(kase.places) ? kase.places : [],
          tags: Array.isArray(kase.tags) ? kase.tags : [],
          tagNotes: isRecord(kase.tagNotes) ? kase.tagNotes : {},
        },
        events: list('events'),
        people: list('people'),
        proceedings: list('proceedings'),
        sources: list('sources'),
        claims: list('claims'),
        notes: list('notes'),
        exhibits: list('exhibits'),
        excerpts: list('excerpts'),
      } as CaseDisclosure;
    });
}

export function bundleIndexHtml(header: IndexHeader, files: readonly BundleFile[], cases: unknown, options: IndexOptions): string {
  const { t, lang } = options;
  const disclosures = disclosuresIn(cases);
  // One number per file for the whole bundle, in manifest order, so a case's "E-2" is the table's "E-2".
  const exhibitNumbers = new Map(files.map((file, index) => [file.itemId, index + 1]));
  const title = disclosures.length === 1 ? `${disclosures[0]!.case.title} · ${t('export:index.title')}` : t('export:index.title');
  const contents = [
    ...disclosures.map((disclosure, index) => `<li><a href="#case-${index + 1}">${bdi(disclosure.case.title)}</a></li>`),
    `<li><a href="#files">${escapeHtml(t('export:index.files.heading'))}</a></li>`,
    `<li><a href="#verify">${escapeHtml(t('export:index.verify.heading'))}</a></li>`,
  ];
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${INDEX_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(t('export:index.title'))}</h1>
<p>${escapeHtml(t('export:index.made', { id: header.bundleId, date: formatDateTime(header.createdAt, lang, { date: 'long', time: 'short', utc: true }) }))}</p>
<p>${escapeHtml(t('export:index.signedBy'))} <code>${escapeHtml(header.creator.fingerprint)}</code></p>
<p class="muted">${escapeHtml(t('export:index.confirm'))}</p>
<nav aria-label="${escapeHtml(t('export:index.contents'))}"><h2>${escapeHtml(t('export:index.contents'))}</h2><ol>${contents.join('')}</ol></nav>
</header>
${disclosures.length === 0 ? `<p class="muted">${escapeHtml(t('export:index.noCases'))}</p>\n` : ''}${disclosures.map((disclosure, index) => caseHtml(disclosure, index + 1, files, exhibitNumbers, options)).join('\n')}
${filesHtml(files, options)}
${verifyHtml(header, options)}
</main>
</body>
</html>
`;
}

function caseHtml(disclosure: CaseDisclosure, number: number, files: readonly BundleFile[], exhibitNumbers: ReadonlyMap<string, number>, options: IndexOptions): string {
  const { t } = options;
  const anchor = `case-${number}`;
  const personLabel = labelPeople(disclosure.people, t);
  const sections = caseSections(disclosure, options).map((section) => sectionHtml(section, `${anchor}-${section.id}`));
  return `<article class="case" id="${anchor}">
<h2>${bdi(disclosure.case.title)}</h2>
<p class="audience">${escapeHtml(t(`dossier:audience.${disclosure.audience}`))}</p>
${sections.join('\n')}
<section id="${anchor}-excerpts">
<h3>${escapeHtml(t('export:index.excerpts.heading'))}</h3>
${excerptsHtml(disclosure, files, exhibitNumbers, options)}
</section>
<section id="${anchor}-exhibits">
<h3>${escapeHtml(t('export:index.exhibits.heading'))}</h3>
${exhibitsHtml(disclosure.exhibits, files, exhibitNumbers, personLabel, options)}
</section>
</article>`;
}

function sectionHtml(section: DocumentSection, anchor: string): string {
  return `<section id="${escapeHtml(anchor)}">\n<h3>${escapeHtml(section.heading)}</h3>\n${section.blocks.map(blockHtml).join('\n')}\n</section>`;
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p dir="auto"${block.muted ? ' class="muted"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h4>${bdi(block.text)}</h4>`;
    case 'fields':
      return `<dl class="facts">\n${block.fields.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd dir="auto">${escapeHtml(field.value)}</dd>`).join('\n')}\n</dl>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li dir="auto">${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const code = new Set(block.codeColumns ?? []);
      const cell = (text: string, column: number) => (code.has(column) ? `<td><code>${escapeHtml(text)}</code></td>` : `<td dir="auto">${escapeHtml(text)}</td>`);
      const head = block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
      return `<div class="scroll"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`;
    }
  }
}

const exhibitLabel = (itemId: string, exhibitNumbers: ReadonlyMap<string, number>, t: Translate): string => {
  const number = exhibitNumbers.get(itemId);
  return number === undefined ? DASH : t('dossier:exhibits.label', { n: number });
};

function excerptsHtml(disclosure: CaseDisclosure, files: readonly BundleFile[], exhibitNumbers: ReadonlyMap<string, number>, options: IndexOptions): string {
  const { t } = options;
  if (disclosure.excerpts.length === 0) return `<p class="muted">${escapeHtml(t('export:index.excerpts.none'))}</p>`;
  const byItem = new Map(files.map((file) => [file.itemId, file]));
  const names = new Map(disclosure.exhibits.map((exhibit) => [exhibit.itemId, exhibit.snapshot.originalName]));
  // In the order of the exhibits, then page by page, so the excerpts read like the file.
  const ordered = [...disclosure.excerpts].sort(
    (a, b) => (exhibitNumbers.get(a.itemId) ?? Infinity) - (exhibitNumbers.get(b.itemId) ?? Infinity) || (a.page ?? 0) - (b.page ?? 0) || a.createdAt.localeCompare(b.createdAt),
  );
  return ordered
    .map((excerpt) => {
      const file = byItem.get(excerpt.itemId);
      const name = names.get(excerpt.itemId) ?? file?.originalName ?? excerpt.itemId;
      const where = [exhibitLabel(excerpt.itemId, exhibitNumbers, t), name, excerpt.page !== undefined ? t('export:index.excerpts.page', { page: excerpt.page }) : undefined].filter((part): part is string => part !== undefined);
      const isPdf = excerpt.page !== undefined;
      const tags = excerpt.tags.map((tag) => {
        const named = entryName(tag, options.catalog, options.lang, t);
        return `<li>${bdi(named.name)}${named.heading ? ` <span class="muted">${bdi(named.heading)}</span>` : ''}</li>`;
      });
      const region = regionOf(excerpt);
      return `<figure class="excerpt">
${region ? regionSvg(region, excerpt, isPdf, t) : ''}<figcaption>
<p class="where">${where.map(bdi).join(' · ')}</p>
${excerpt.quote?.trim() ? `<blockquote dir="auto">${escapeHtml(excerpt.quote)}</blockquote>` : `<p class="muted">${escapeHtml(t('export:index.excerpts.noQuote'))}</p>`}
<p class="muted">${escapeHtml(region ? regionWords(region, isPdf, options) : t('export:index.excerpts.noRegion'))}</p>
${tags.length > 0 ? `<p class="label">${escapeHtml(t('export:index.excerpts.tags'))}</p><ul class="tags">${tags.join('')}</ul>` : ''}
${excerpt.note?.trim() ? `<p class="note" dir="auto"><span class="label">${escapeHtml(t('export:index.excerpts.note'))}</span> ${escapeHtml(excerpt.note)}</p>` : ''}
</figcaption>
</figure>`;
    })
    .join('\n');
}

/** The box around everything the excerpt marked: its own rect, or the union of its per-line rects. */
function regionOf(excerpt: Excerpt): ExcerptRect | undefined {
  if (excerpt.rect) return excerpt.rect;
  const rects = excerpt.rects ?? [];
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.x));
  const bottom = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const top = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: bottom, width: right - left, height: top - bottom };
}

const round = (value: number, options: IndexOptions): string => formatNumber(Math.round(value), options.lang);

/** PDF rects count up from the page's bottom-left corner in points; image rects down from the top-left in pixels. */
function regionWords(region: ExcerptRect, isPdf: boolean, options: IndexOptions): string {
  const { t } = options;
  const left = round(region.x, options);
  const right = round(region.x + region.width, options);
  if (isPdf) return t('export:index.excerpts.pdfRegion', { left, right, bottom: round(region.y, options), top: round(region.y + region.height, options) });
  return t('export:index.excerpts.imageRegion', { left, right, top: round(region.y, options), bottom: round(region.y + region.height, options) });
}

/**
 * A thumbnail of the page with the marked lines on it. The excerpt does not record its page's size, so a PDF page is
 * drawn as A4 (widened if a rect runs past it) and an image as far as its furthest rect, with a dashed edge where the
 * picture may go on; the coordinates in words beside it are exact.
 */
function regionSvg(region: ExcerptRect, excerpt: Excerpt, isPdf: boolean, t: Translate): string {
  const rects = excerpt.rects && excerpt.rects.length > 0 ? excerpt.rects : [region];
  const right = Math.max(...rects.map((r) => r.x + r.width), region.x + region.width);
  const far = Math.max(...rects.map((r) => r.y + r.height), region.y + region.height);
  const width = Math.max(isPdf ? A4.width : 1, right * (isPdf ? 1 : 1.1));
  const height = Math.max(isPdf ? A4.height : 1, far * (isPdf ? 1 : 1.1));
  // SVG counts y down from the top; a PDF rect's y counts up from the bottom.
  const top = (r: ExcerptRect) => (isPdf ? height - r.y - r.height : r.y);
  const n = (value: number) => String(Math.round(value * 100) / 100);
  const marks = rects.map((r) => `<rect x="${n(r.x)}" y="${n(top(r))}" width="${n(Math.max(r.width, width / 200))}" height="${n(Math.max(r.height, height / 200))}" class="mark"/>`).join('');
  const stroke = n(width / 120);
  const label = isPdf ? t('export:index.excerpts.drawnPage') : t('export:index.excerpts.drawnImage');
  const frame = isPdf
    ? `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" class="page" stroke-width="${stroke}"/>`
    : `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" class="image" stroke-width="${stroke}" stroke-dasharray="${n(width / 30)}"/>`;
  return `<svg class="region" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${escapeHtml(label)}" preserveAspectRatio="xMidYMin meet"><title>${escapeHtml(label)}</title>${frame}${marks}</svg>\n`;
}

function exhibitsHtml(
  exhibits: readonly DisclosedExhibit[],
  files: readonly BundleFile[],
  exhibitNumbers: ReadonlyMap<string, number>,
  personLabel: ReadonlyMap<string, string>,
  options: IndexOptions,
): string {
  const { t, lang } = options;
  if (exhibits.length === 0) return `<p class="muted">${escapeHtml(t('dossier:none.exhibits'))}</p>`;
  const byItem = new Map(files.map((file) => [file.itemId, file]));
  return [...exhibits]
    .sort((a, b) => (exhibitNumbers.get(a.itemId) ?? Infinity) - (exhibitNumbers.get(b.itemId) ?? Infinity))
    .map((exhibit) => {
      const file = byItem.get(exhibit.itemId);
      const { source, snapshot } = exhibit;
      const name = snapshot.originalName ?? file?.originalName ?? exhibit.itemId;
      const facts: Array<[string, string | undefined]> = [
        [t('export:index.exhibits.originalName'), bdi(file?.originalName ?? name)],
        [t('export:index.exhibits.file'), file ? `<a href="${href(file.path)}"><code>${bdi(file.path)}</code></a>` : escapeHtml(t('export:index.exhibits.notInBundle'))],
        [t('export:index.exhibits.size'), file ? escapeHtml(sizeText(file.size, options)) : undefined],
        [t('export:index.exhibits.sha256'), file ? `<code>${escapeHtml(file.sha256)}</code>` : undefined],
        [t('export:index.exhibits.mediaType'), (file?.mediaType ?? snapshot.mediaType) ? escapeHtml((file?.mediaType ?? snapshot.mediaType)!) : undefined],
        [t('export:index.exhibits.how'), source.how ? escapeHtml(t(`case-evidence:how.${source.how}`)) : undefined],
        [t('export:index.exhibits.givenBy'), givenBy(source, personLabel)],
        [t('export:index.exhibits.obtainedOn'), source.obtainedOn ? escapeHtml(readableDate(source.obtainedOn, lang)) : undefined],
        // Shown, not linked: reading the dossier should never reach the network, not even by a stray click.
        [t('export:index.exhibits.url'), source.url ? `<span class="url">${bdi(source.url)}</span>` : undefined],
        [t('export:index.exhibits.device'), source.device ? bdi(source.device) : undefined],
        [t('export:index.exhibits.captured'), captured(snapshot.exif)],
        [t('export:index.exhibits.location'), snapshot.exif?.latitude !== undefined && snapshot.exif.longitude !== undefined ? escapeHtml(`${snapshot.exif.latitude.toFixed(5)}, ${snapshot.exif.longitude.toFixed(5)}`) : undefined],
        [t('export:index.exhibits.pages'), snapshot.pdf ? escapeHtml(formatNumber(snapshot.pdf.pages, lang)) : undefined],
        [t('export:index.exhibits.sealed'), file ? escapeHtml(t('export:index.utc', { date: formatDateTime(file.importedAt, lang, { date: 'long', time: 'short', utc: true }) })) : undefined],
        [t('export:index.exhibits.note'), source.note ? `<span dir="auto">${escapeHtml(source.note)}</span>` : undefined],
      ];
      const rows = facts.filter((fact): fact is [string, string] => fact[1] !== undefined).map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`);
      return `<section class="exhibit">
<h4>${escapeHtml(exhibitLabel(exhibit.itemId, exhibitNumbers, t))} · ${bdi(name)}</h4>
<dl class="facts">
${rows.join('\n')}
</dl>
</section>`;
    })
    .join('\n');
}

/** "38.5 kB (38,512 bytes)": the exact count is what a recipient compares; a small file needs only that. */
function sizeText(size: number, options: IndexOptions): string {
  const exact = options.t('export:index.exhibits.byteCount', { count: size, bytes: formatNumber(size, options.lang) });
  return size < 1000 ? exact : options.t('export:index.exhibits.bytes', { size: formatByteSize(size, options.lang), exact });
}

/** The giver as the disclosure names them ("Person A" when they may not be named), or the monitor's own words. */
function givenBy(source: DisclosedExhibit['source'], personLabel: ReadonlyMap<string, string>): string | undefined {
  const person = source.personRef ? personLabel.get(source.personRef) : undefined;
  const parts = [person, source.fromText].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.map(bdi).join('; ') : undefined;
}

function captured(exif: DisclosedExhibit['snapshot']['exif']): string | undefined {
  if (!exif) return undefined;
  const camera = [exif.make, exif.model].filter(Boolean).join(' ');
  const parts = [exif.capturedAt, camera].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.map(bdi).join(', ') : undefined;
}

function filesHtml(files: readonly BundleFile[], options: IndexOptions): string {
  const { t, lang } = options;
  const rows = files.map(
    (file, index) =>
      `<tr id="file-${index + 1}"><td class="label-cell">${escapeHtml(t('dossier:exhibits.label', { n: index + 1 }))}</td><td><a href="${href(file.path)}">${bdi(file.originalName)}</a></td>` +
      `<td class="n">${escapeHtml(formatByteSize(file.size, lang))}</td><td>${escapeHtml(file.mediaType ?? DASH)}</td>` +
      `<td>${escapeHtml(t('export:index.utc', { date: formatDateTime(file.importedAt, lang, { date: 'medium', time: 'short', utc: true }) }))}</td><td><code>${escapeHtml(file.sha256)}</code></td></tr>`,
  );
  return `<section id="files">
<h2>${escapeHtml(t('export:index.files.heading'))}</h2>
<p class="muted">${escapeHtml(t('export:index.files.explain'))}</p>
<div class="scroll"><table>
<thead><tr><th scope="col">${escapeHtml(t('dossier:exhibits.number'))}</th><th scope="col">${escapeHtml(t('export:index.exhibits.originalName'))}</th><th scope="col">${escapeHtml(t('export:index.exhibits.size'))}</th><th scope="col">${escapeHtml(t('export:index.exhibits.mediaType'))}</th><th scope="col">${escapeHtml(t('export:index.exhibits.sealed'))}</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
</section>`;
}

/** The same commands as VERIFY.txt, from the same source, so the page cannot tell a recipient to run anything else. */
function verifyHtml(header: IndexHeader, options: IndexOptions): string {
  const { t } = options;
  const step = (text: string, commands: string[], after = '') => `<li><p>${escapeHtml(text)}</p><pre>${commands.map(escapeHtml).join('\n')}</pre>${after}</li>`;
  return `<section id="verify">
<h2>${escapeHtml(t('export:index.verify.heading'))}</h2>
<p>${escapeHtml(t('export:index.verify.intro'))}</p>
<ol class="steps">
${step(t('export:index.verify.unpack'), [verifyCommands.unpack('BUNDLE.zip'), 'cd bundle'])}
${step(t('export:index.verify.sums'), [verifyCommands.sums], `<p class="muted">${escapeHtml(t('export:index.verify.windows', { sums: SUMS }))}</p>`)}
${step(t('export:index.verify.signatures'), [verifyCommands.sumsSignature, verifyCommands.manifestSignature])}
${step(t('export:index.verify.fingerprint'), [verifyCommands.fingerprint], `<p>${escapeHtml(t('export:index.verify.expected'))} <code>${escapeHtml(header.creator.fingerprint)}</code></p>`)}
</ol>
<p>${escapeHtml(t('export:index.verify.tamga'))}</p>
<pre>tamga verify-bundle BUNDLE.zip</pre>
</section>`;
}

const STYLE = [
  ':root{color-scheme:light}',
  "body{margin:0;background:#fff;color:#1c1c1c;font:15px/1.5 system-ui,'Segoe UI','Noto Sans','DejaVu Sans',Arial,sans-serif}",
  'main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}',
  'h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .6rem}',
  'h2{font-size:1.35rem;margin:2rem 0 .5rem}',
  'h3{font-size:1.1rem;margin:1.6rem 0 .4rem;padding-bottom:.15rem;border-bottom:1px solid #d5d5d5}',
  'h4{font-size:1rem;margin:1rem 0 .3rem}',
  'p{margin:.35rem 0}',
  '.muted{color:#555}',
  'nav ol{margin:.2rem 0;padding-inline-start:1.4rem}',
  'nav h2{font-size:1rem;margin:1rem 0 .2rem}',
  '.case{border-top:3px solid #2b2b2b;margin-top:2.2rem;padding-top:.4rem}',
  '.audience{background:#fff5d1;border-inline-start:4px solid #b58a00;padding:.35rem .7rem}',
  '.scroll{overflow-x:auto}',
  'table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem}',
  'th,td{border:1px solid #c9c9c9;padding:.3rem .5rem;text-align:start;vertical-align:top}',
  'th{background:#f1f1f1;font-weight:600}',
  'td.n{text-align:end;white-space:nowrap}',
  'td.label-cell{white-space:nowrap}',
  "code,pre{font-family:ui-monospace,'DejaVu Sans Mono',Consolas,monospace;font-size:.82rem}",
  'code{overflow-wrap:anywhere}',
  'pre{background:#f5f5f5;border:1px solid #d9d9d9;padding:.5rem .7rem;white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0}',
  'dl.facts{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.15rem 1rem;margin:.3rem 0 .8rem}',
  'dl.facts dt{font-weight:600;color:#333}',
  'dl.facts dd{margin:0;overflow-wrap:anywhere}',
  '.exhibit{border:1px solid #d5d5d5;border-radius:4px;padding:.2rem .8rem .2rem;margin:.6rem 0;break-inside:avoid}',
  '.excerpt{display:flex;gap:1rem;align-items:flex-start;border:1px solid #d5d5d5;border-radius:4px;padding:.7rem .8rem;margin:.6rem 0;break-inside:avoid}',
  '.excerpt figcaption{flex:1;min-width:0}',
  '.where{font-weight:600}',
  'svg.region{flex:none;width:7.5rem;max-height:11rem;background:#fff}',
  'svg .page{fill:#fff;stroke:#777}',
  'svg .image{fill:#f3f3f3;stroke:#777}',
  'svg .mark{fill:rgba(230,160,0,.45);stroke:#b35c00;stroke-width:.6%}',
  'blockquote{margin:.3rem 0;padding:.3rem .8rem;border-inline-start:4px solid #6f95c4;background:#f3f7fc;white-space:pre-wrap}',
  '.label{font-weight:600;margin-bottom:0}',
  'ul.tags{margin:.1rem 0 .3rem;padding-inline-start:1.2rem}',
  '.url{overflow-wrap:anywhere}',
  'ol.steps li{margin-bottom:.6rem}',
  '@media print{main{max-width:none;padding:0}.scroll{overflow:visible}a{color:inherit}nav{display:none}}',
].join('');
