import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCatalog } from '../../shared/catalog';
import { canonicalJson, canonicalJsonBytes, CanonicalJsonError } from '../../shared/format/canonical-json';
import { BUNDLE_FORMAT, BUNDLE_KIND, type BundleDocument, type BundleFile, type BundleManifest, type DocumentPath } from '../../shared/format/bundle-manifest';
import type { CustodyEvent, ItemRecord } from '../../shared/ipc/channels/vault';
import type { Language } from '../../shared/i18n/resources';
import { TamgaError } from '../../shared/result';
import { createTranslator } from '../cli/translator';
import { openAtomicFile } from '../fs/atomic-file';
import type { VaultService } from '../vault';
import { encodeCustody } from './bundle-custody';
import { SUMS_SIGNATURE, verifyText } from './bundle-documents';
import { bundleIndexHtml } from './bundle-index-html';
import { exhibitPath, MANIFEST, publicKeyPem, sha256SumsText, SIGNATURE, SIGNATURE_BINARY, SUMS } from './bundle-layout';
import { ZIP32_MAX_BYTES, ZIP32_MAX_ENTRIES, ZIP_ENTRY_OVERHEAD, ZipWriter } from './zip-writer';

/** What the writer needs from a vault; the vector script provides a fixed-key stand-in. */
export type BundleSource = Pick<VaultService, 'listItems' | 'custodyEvents' | 'readItemForExport' | 'deviceIdentity' | 'sign' | 'recordExport'>;

export type WriteBundleOptions = {
  itemIds: readonly string[];
  /** Case records as the renderer passes them, already filtered by each person's consent. */
  cases?: unknown;
  /** The language index.html is written in; English when the export does not say. */
  lang?: Language;
  /** Where the zip goes; refused if something is already there, unless the person chose to replace it. */
  out: string;
  replace?: boolean;
};

/** Injected for reproducible bundles (tests, vectors); the app uses the clock and a random id. */
export type WriteBundleDeps = { now?: () => Date; bundleId?: () => string };

export type WrittenBundle = { path: string; bundleId: string; sha256: string };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/**
 * Writes one evidence bundle (ARCHITECTURE.md §4) atomically: a temp file beside `out`, fsynced and renamed, so a
 * crash leaves either no bundle or a whole one. Exhibit bytes stream from the vault into the zip; none is held whole.
 * Each exported item then gets an item.exported custody entry naming the bundle and its SHA-256.
 */
export async function writeBundle(vault: BundleSource, options: WriteBundleOptions, deps: WriteBundleDeps = {}): Promise<WrittenBundle> {
  const records = await exhibitsOf(vault, options.itemIds);
  const out = resolve(options.out);
  if (!options.replace && existsSync(out)) throw new TamgaError('bundle.outputExists', { path: out });
  const createdAt = (deps.now?.() ?? new Date()).toISOString();
  const bundleId = deps.bundleId?.() ?? randomBytes(16).toString('hex');
  const identity = vault.deviceIdentity();
  const header = { bundleId, createdAt, creator: { algorithm: 'Ed25519' as const, ...identity } };

  const files: BundleFile[] = records.map((r) => ({
    itemId: r.id,
    path: exhibitPath(r.id, r.originalName),
    size: r.size,
    sha256: r.sha256,
    originalName: r.originalName,
    ...(r.mediaType ? { mediaType: r.mediaType } : {}),
    importedAt: r.importedAt,
  }));
  const ids = new Set(records.map((r) => r.id));
  const lang = options.lang ?? 'en';
  const custody = encodeCustody((await vault.custodyEvents()).filter((e: CustodyEvent) => e.itemId !== undefined && ids.has(e.itemId)));
  const documentBytes: Record<DocumentPath, Buffer> = {
    'device-key.pem': utf8(publicKeyPem(Buffer.from(identity.publicKey, 'base64'))),
    'VERIFY.txt': utf8(verifyText(header)),
    'index.html': utf8(bundleIndexHtml(header, files, options.cases, { lang, t: await createTranslator(lang), catalog: loadCatalog() })),
    'cases.json': utf8(casesJson(options.cases)),
    'custody.jsonl': utf8(custody.text),
  };
  const documents: BundleDocument[] = Object.entries(documentBytes).map(([path, bytes]) => ({ path: path as DocumentPath, size: bytes.length, sha256: sha256(bytes) }));
  const manifest: BundleManifest = { format: BUNDLE_FORMAT, kind: BUNDLE_KIND, ...header, files, documents, custody: { entries: custody.entries, head: custody.head } };
  const manifestBytes = canonicalJsonBytes(manifest);
  const signature = vault.sign(manifestBytes);
  const sums = utf8(sha256SumsText(manifest, sha256(manifestBytes)));
  const leading: Array<[string, Uint8Array]> = [
    [MANIFEST, manifestBytes],
    [SIGNATURE, utf8(`${Buffer.from(signature).toString('base64')}\n`)],
    [SIGNATURE_BINARY, signature],
    [SUMS, sums],
    [SUMS_SIGNATURE, vault.sign(sums)],
    ...Object.entries(documentBytes),
  ];
  checkZip32Limits(leading, files);

  const file = await openAtomicFile(out);
  try {
    const zip = new ZipWriter(file.handle, new Date(createdAt));
    for (const [name, bytes] of leading) await zip.addBytes(name, bytes);
    for (const exhibit of files) await addExhibit(zip, vault, exhibit);
    const bundleSha256 = await zip.end();
    await file.commit();
    await vault.recordExport(records.map((r) => r.id), { bundleId, bundleSha256 });
    return { path: out, bundleId, sha256: bundleSha256 };
  } catch (error) {
    await file.abort();
    throw error;
  }
}

async function exhibitsOf(vault: BundleSource, itemIds: readonly string[]): Promise<ItemRecord[]> {
  const unique = [...new Set(itemIds)];
  if (unique.length === 0) throw new TamgaError('bundle.empty');
  const byId = new Map((await vault.listItems()).map((r) => [r.id, r]));
  return unique.map((id) => {
    const record = byId.get(id);
    if (!record) throw new TamgaError('item.missing', { item: id });
    return record;
  });
}

/** Pretty-printed for people who open it, from the canonical form so key order never depends on the renderer. */
function casesJson(cases: unknown): string {
  try {
    return `${JSON.stringify(JSON.parse(canonicalJson(cases ?? [])), null, 2)}\n`;
  } catch (error) {
    if (error instanceof CanonicalJsonError) throw new TamgaError('ipc.invalidInput');
    throw error;
  }
}

/** The vault recorded size and SHA-256 at import; the manifest promises them, so the stream is held to them. */
async function addExhibit(zip: ZipWriter, vault: BundleSource, exhibit: BundleFile): Promise<void> {
  const hash = createHash('sha256');
  let size = 0;
  await zip.addStream(exhibit.path, vault.readItemForExport(exhibit.itemId), (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  if (size !== exhibit.size || hash.digest('hex') !== exhibit.sha256) throw new TamgaError('item.hashMismatch', { item: exhibit.itemId });
}

/** fflate writes no Zip64, so a bundle past 4 GiB or 65,535 entries is refused before a byte is written. */
function checkZip32Limits(leading: Array<[string, Uint8Array]>, files: BundleFile[]): void {
  const entries = leading.length + files.length;
  if (entries > ZIP32_MAX_ENTRIES) throw new TamgaError('bundle.tooLarge', { reason: `${entries} entries` });
  let total = 22;
  for (const [name, bytes] of leading) total += bytes.length + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(name);
  for (const f of files) {
    if (f.size > ZIP32_MAX_BYTES) throw new TamgaError('bundle.tooLarge', { reason: `${f.originalName} is over 4 GiB` });
    total += f.size + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(f.path);
  }
  if (total > ZIP32_MAX_BYTES) throw new TamgaError('bundle.tooLarge', { reason: 'over 4 GiB in total' });
}
