import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BundleCheck, BundleEncryption, CaseDisclosureInput } from '../../shared/ipc/channels/bundle';
import type { Language } from '../../shared/i18n/resources';
import type { Handlers } from '../../shared/ipc/contract';
import type { Disposable } from '../../shared/lifecycle';
import { coerceError, TamgaError } from '../../shared/result';
import type { HttpRoute } from '../evidence/evidence-http';
import type { VaultService } from '../vault';
import { encryptBundleFile, withPlainBundle, type DecryptionKeys, type EncryptionTarget, type EncryptOptions } from './bundle-encryption';
import { addSender, ageRecipientsOf, listSenders, removeSender, signerOf } from './known-senders';
import { verifyBundle } from './verify-bundle';
import { writeBundle, type WriteBundleDeps, type WrittenBundle } from './write-bundle';

type BundleChannel = 'bundle.export' | 'bundle.senders' | 'bundle.addSender' | 'bundle.removeSender' | 'bundle.verifyGranted';

export type BundleHandlerOptions = {
  vault: VaultService;
  dataDir: string;
  host: 'electron' | 'browser';
  /**
   * Electron: where the person chose to save the bundle (a save dialog), or undefined when they cancelled. The
   * browser host has no such dialog; it keeps the bundle under <dataDir>/exports only until its one download.
   */
  chooseBundlePath?: (suggestedName: string) => Promise<string | undefined>;
  /** Electron: the path behind a one-time file grant (src-main/evidence/file-grants.ts). */
  takeGrant?: (handle: string) => string | undefined;
  /** Called after each successful call that needed the unlocked vault (the idle timer). */
  touch?: () => void;
};

/** Where the browser host keeps a bundle between bundle.export and its download; the same folder panic-wipe removes. */
export const exportsDirOf = (dataDir: string): string => join(dataDir, 'exports');

/**
 * Writes a bundle to a path the person chose (the Electron save dialog, `tamga export --out`): the selection is
 * checked first, and a file already there is replaced only when `replace` says the person agreed to it. With
 * `encryptTo`, the zip is written to `tempDir` (inside the data folder), encrypted to `out`, and removed.
 */
export async function exportBundleTo(
  vault: Parameters<typeof writeBundle>[0],
  options: { itemIds: readonly string[]; cases?: readonly CaseDisclosureInput[]; out: string; replace?: boolean; lang?: Language; encryptTo?: EncryptionTarget; tempDir?: string },
  deps?: WriteBundleDeps & { encrypt?: EncryptOptions },
): Promise<WrittenBundle & { encryptedSha256?: string }> {
  checkSelection(options.cases ?? [], options.itemIds);
  // Optional fields come through IPC as `undefined` (structured clone keeps them); JSON has no such value.
  const cases = options.cases && (JSON.parse(JSON.stringify(options.cases)) as unknown);
  const { encryptTo, tempDir, ...plain } = options;
  if (!encryptTo) return writeBundle(vault, { ...plain, cases }, deps);
  if (!tempDir) throw new TamgaError('internal');
  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  // A dot-name: never served as a download, and swept with the folder at start and at lock if a crash leaves it.
  const zipPath = join(tempDir, `.export-${randomBytes(16).toString('hex')}.zip`);
  try {
    const written = await writeBundle(vault, { ...plain, out: zipPath, cases }, deps);
    const encrypted = await encryptBundleFile(zipPath, options.out, encryptTo, { ...deps?.encrypt, replace: options.replace });
    return { ...written, path: encrypted.path, encryptedSha256: encrypted.sha256 };
  } finally {
    await rm(zipPath, { force: true });
  }
}

/** What the person chose in the export form, with senders' fingerprints turned into the age recipients they confirmed. */
export async function encryptionTargetOf(vault: Parameters<typeof ageRecipientsOf>[0], choice: BundleEncryption | undefined): Promise<EncryptionTarget | undefined> {
  if (!choice) return undefined;
  return 'passphrase' in choice ? { passphrase: choice.passphrase } : { recipients: await ageRecipientsOf(vault, choice.fingerprints) };
}

/** The bundle.* handlers. Leftover exports from an earlier run are removed now, and again whenever the vault locks. */
export function bundleHandlers(options: BundleHandlerOptions): Disposable & { handlers: Pick<Handlers, BundleChannel> } {
  const { vault } = options;
  const exportsDir = exportsDirOf(options.dataDir);
  const touched = <T>(value: T): T => {
    options.touch?.();
    return value;
  };
  void sweepExports(exportsDir);
  const listening = vault.onLocked(() => void sweepExports(exportsDir));

  const handlers: Pick<Handlers, BundleChannel> = {
    'bundle.export': async ({ itemIds, cases, fileName, lang, encryptTo }) => {
      const target = await encryptionTargetOf(vault, encryptTo);
      const name = target ? `${fileName}.age` : fileName;
      if (options.host === 'electron') {
        if (!options.chooseBundlePath) throw new TamgaError('ipc.unknownChannel');
        checkSelection(cases ?? [], itemIds);
        const out = await options.chooseBundlePath(name);
        if (!out) throw new TamgaError('bundle.cancelled');
        const written = await exportBundleTo(vault, { itemIds, cases, out, replace: true, lang, encryptTo: target, tempDir: exportsDir });
        return touched({ sha256: written.sha256, encryptedSha256: written.encryptedSha256, bundleId: written.bundleId, path: written.path });
      }
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      const written = await exportBundleTo(vault, { itemIds, cases, out: join(exportsDir, name), lang, encryptTo: target, tempDir: exportsDir });
      return touched({ sha256: written.sha256, encryptedSha256: written.encryptedSha256, bundleId: written.bundleId, download: `/exports/${encodeURIComponent(name)}` });
    },
    'bundle.senders': async () => touched(await listSenders(vault)),
    'bundle.addSender': async (sender) => touched(await addSender(vault, sender)),
    'bundle.removeSender': async ({ fingerprint }) => touched(await removeSender(vault, fingerprint)),
    'bundle.verifyGranted': async ({ handle, passphrase }) => {
      if (!options.takeGrant) throw new TamgaError('ipc.unknownChannel');
      const path = options.takeGrant(handle);
      if (path === undefined) throw new TamgaError('evidence.notGranted');
      return touched(await checkReceivedBundle(vault, path, { exportsDir, passphrase }));
    },
  };
  return { handlers, dispose: () => listening.dispose() };
}

/**
 * verify-bundle.ts's report, plus who signed it as this vault knows them; an altered bundle names no signer. An age
 * file is decrypted into `exportsDir` first (with this device's key or `passphrase`) and removed after the check.
 */
export async function checkReceivedBundle(
  vault: Pick<VaultService, 'readSealedSetting' | 'writeSealedSetting' | 'deviceIdentity'> & Partial<Pick<VaultService, 'ageDecryptionKey'>>,
  path: string,
  encrypted?: { exportsDir: string; passphrase?: string },
): Promise<BundleCheck> {
  const known = await listSenders(vault);
  const keys: DecryptionKeys = { vault: vault.ageDecryptionKey ? { ageDecryptionKey: vault.ageDecryptionKey.bind(vault) } : undefined, passphrase: encrypted?.passphrase };
  const report = encrypted ? await withPlainBundle(path, encrypted.exportsDir, keys, (plain) => verifyBundle(plain)) : await verifyBundle(path);
  return report.ok && report.fingerprint ? { ...report, signer: signerOf(report.fingerprint, known) } : report;
}

/** Removes every bundle waiting for a download (and any half-written one); missing folder is fine. */
export async function sweepExports(exportsDir: string): Promise<void> {
  const names = await readdir(exportsDir).catch(() => [] as string[]);
  await Promise.all(names.map((name) => rm(join(exportsDir, name), { recursive: true, force: true }).catch(() => undefined)));
}

/**
 * A route that takes a bundle as a POST body: what the headers ask is read first (a request refused on them writes
 * nothing), the bytes stream into a dot-file beside the exports (which no download route serves and every sweep
 * removes), `use` reads them where they lie, and the file is deleted before the answer, a Result in JSON.
 */
export function uploadedBundleRoute<T>(
  dataDir: string,
  pathname: string,
  asked: (request: IncomingMessage) => T,
  use: (path: string, exportsDir: string, asked: T) => Promise<unknown>,
  log?: (error: unknown) => void,
): HttpRoute {
  const exportsDir = exportsDirOf(dataDir);
  return async (request, response, url) => {
    if (url.pathname !== pathname || request.method !== 'POST') return false;
    let body: unknown;
    const path = join(exportsDir, `.upload-${randomBytes(16).toString('hex')}.zip`);
    try {
      const given = asked(request);
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      await pipeline(request, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
      body = { ok: true, value: await use(path, exportsDir, given) };
    } catch (error) {
      body = { ok: false, error: coerceError(error, log) };
    } finally {
      await rm(path, { force: true }).catch(log);
    }
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
    return true;
  };
}

/** The browser host's way to check a received bundle, uploaded as above, with the sender's passphrase if any. */
export function bundleCheckRoute(vault: VaultService, dataDir: string, log?: (error: unknown) => void): HttpRoute {
  return uploadedBundleRoute(
    dataDir,
    '/exports/check',
    (request) => passphraseHeader(request.headers[PASSPHRASE_HEADER]),
    (path, exportsDir, passphrase) => checkReceivedBundle(vault, path, { exportsDir, passphrase }),
    log,
  );
}

/** The browser sends an age passphrase for a received bundle in this header, URI-encoded (headers are Latin-1). */
export const PASSPHRASE_HEADER = 'x-tamga-bundle-passphrase';

function passphraseHeader(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new TamgaError('ipc.invalidInput');
  }
}

type Disclosed = CaseDisclosureInput;

/**
 * Every record in a disclosure must belong to its case, and everything it points at must be in the same
 * disclosure: otherwise an id (or a whole record) from outside what the person chose to export would leave with it.
 */
export function checkSelection(cases: readonly Disclosed[], itemIds: readonly string[]): void {
  const inBundle = new Set(itemIds);
  for (const disclosure of cases) {
    const caseId = disclosure.case.id;
    const outside = (what: string, id: string): never => {
      throw new TamgaError('bundle.outsideSelection', { case: caseId, record: `${what} ${id}` });
    };
    const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
    const events = ids(disclosure.events);
    const sources = ids(disclosure.sources);
    const proceedings = ids(disclosure.proceedings);
    const cited = new Set<string>();
    for (const event of disclosure.events) {
      if (event.caseId !== caseId) outside('event', event.id);
      for (const sourceId of event.sourceIds ?? []) {
        if (!sources.has(sourceId)) outside('source', sourceId);
        cited.add(sourceId);
      }
    }
    for (const claim of disclosure.claims) {
      if (claim.caseId !== caseId) outside('claim', claim.id);
      if (!sources.has(claim.sourceId)) outside('source', claim.sourceId);
      if (claim.eventId !== undefined && !events.has(claim.eventId)) outside('event', claim.eventId);
      cited.add(claim.sourceId);
    }
    for (const note of disclosure.notes) {
      if (note.caseId !== caseId) outside('note', note.id);
      if (note.eventId !== undefined && !events.has(note.eventId)) outside('event', note.eventId);
    }
    for (const proceeding of disclosure.proceedings) {
      if (proceeding.caseId !== caseId) outside('proceeding', proceeding.id);
      if (proceeding.appealOf !== undefined && !proceedings.has(proceeding.appealOf)) outside('proceeding', proceeding.appealOf);
    }
    for (const source of disclosure.sources) {
      for (const other of source.caseIds ?? []) if (other !== caseId) outside('case', other);
      if (!cited.has(source.id) && !(source.caseIds ?? []).includes(caseId)) outside('source', source.id);
    }
    // A file the case names must travel in the bundle, and an excerpt must be of one of those files, for this case.
    const exhibits = new Set<string>();
    for (const exhibit of disclosure.exhibits ?? []) {
      if (!inBundle.has(exhibit.itemId)) outside('file', exhibit.itemId);
      exhibits.add(exhibit.itemId);
    }
    for (const excerpt of disclosure.excerpts ?? []) {
      if (!exhibits.has(excerpt.itemId)) outside('file', excerpt.itemId);
      if (excerpt.caseId !== undefined && excerpt.caseId !== caseId) outside('excerpt', excerpt.id);
    }
  }
}
