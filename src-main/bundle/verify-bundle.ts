import { createHash, createPublicKey, verify } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { parseBundleManifest, type BundleManifest } from '../../shared/format/bundle-manifest';
import type { ErrorCode } from '../../shared/errors';
import { TamgaError } from '../../shared/result';
import { CustodyChecker } from './bundle-custody';
import { SUMS_SIGNATURE } from './bundle-documents';
import { fingerprintOf, MANIFEST, sha256SumsText, SIGNATURE, SIGNATURE_BINARY, spkiOf, SUMS } from './bundle-layout';
import { DEFAULT_ZIP_LIMITS, readCentralDirectory, readEntry, type ZipEntry, type ZipLimits } from './zip-reader';

export type BundleProblem = { code: ErrorCode; details?: Record<string, string | number> };

export type BundleReport = {
  ok: boolean;
  /** The archive itself was refused (hostile or unreadable zip): nothing inside it was checked. */
  refused: boolean;
  bundleId?: string;
  createdAt?: string;
  /** Fingerprint of the key the signatures were checked with; only a recipient who confirmed it with the sender knows who signed. */
  fingerprint?: string;
  filesChecked: number;
  problems: BundleProblem[];
};

export type VerifyBundleOptions = { limits?: Partial<ZipLimits>; maxManifestBytes?: number };

export const MAX_MANIFEST_BYTES = 32 << 20;
/** Signatures and SHA256SUMS are small; a huge one is not read, it is simply wrong. */
const MAX_SMALL_FILE_BYTES = 1 << 10;

/**
 * Checks a bundle without Tamga's vault and without extracting anything: every missing, extra or altered file,
 * the signatures, the manifest and the custody chain are each reported, so a recipient sees all that is wrong.
 */
export async function verifyBundle(path: string, options: VerifyBundleOptions = {}): Promise<BundleReport> {
  const report: BundleReport = { ok: false, refused: false, filesChecked: 0, problems: [] };
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return refuse(report, { code: 'bundle.unreadable', details: { path } });
  }
  try {
    const stat = await handle.stat();
    const size = stat.size;
    if (!stat.isFile()) return refuse(report, { code: 'bundle.unreadable', details: { path } });
    let entries: ZipEntry[];
    try {
      entries = await readCentralDirectory(handle, size, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
    } catch (error) {
      if (!(error instanceof TamgaError)) throw error;
      return refuse(report, { code: error.code, details: error.code === 'bundle.unreadable' ? { path } : error.details });
    }
    await new BundleCheck(handle, size, entries, report, options.maxManifestBytes ?? MAX_MANIFEST_BYTES).run();
  } finally {
    await handle.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}

function refuse(report: BundleReport, problem: BundleProblem): BundleReport {
  return { ...report, refused: true, problems: [problem] };
}

class BundleCheck {
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    private readonly handle: FileHandle,
    private readonly fileSize: number,
    private readonly entries: ZipEntry[],
    private readonly report: BundleReport,
    private readonly maxManifestBytes: number,
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  async run(): Promise<void> {
    const manifestEntry = this.byName.get(MANIFEST);
    if (!manifestEntry) return this.problem('bundle.manifestMissing');
    if (manifestEntry.size > this.maxManifestBytes) {
      this.report.refused = true;
      return this.problem('bundle.manifestTooLarge', { size: manifestEntry.size, limit: this.maxManifestBytes });
    }
    const manifestBytes = await this.readSmall(manifestEntry, this.maxManifestBytes);
    if (!manifestBytes) return;
    const parsed = parseBundleManifest(manifestBytes);
    if (!parsed.ok) return this.problem(parsed.error.code, parsed.error.details);
    const manifest = parsed.value;
    const publicKey = Buffer.from(manifest.creator.publicKey, 'base64');
    // The signer is named by the key that verifies, never by the fingerprint the manifest claims for it.
    Object.assign(this.report, { bundleId: manifest.bundleId, createdAt: manifest.createdAt, fingerprint: fingerprintOf(publicKey) });
    if (fingerprintOf(publicKey) !== manifest.creator.fingerprint) this.problem('bundle.manifestInvalid', { reason: 'creator fingerprint does not match its key' });

    await this.checkSignatures(manifest, manifestBytes, publicKey);
    await this.checkContents(manifest);
  }

  private async checkSignatures(manifest: BundleManifest, manifestBytes: Buffer, publicKey: Buffer): Promise<void> {
    const key = createPublicKey({ key: spkiOf(publicKey), format: 'der', type: 'spki' });
    const isValid = (signature: Buffer | undefined, message: Buffer) => signature?.length === 64 && verify(null, message, key, signature);
    const base64 = await this.readOptional(SIGNATURE);
    const binary = await this.readOptional(SIGNATURE_BINARY);
    // Every bundle carries both forms; one deleted is a bundle cut short, not a bundle with a spare.
    for (const path of [SIGNATURE, SIGNATURE_BINARY]) if (!this.byName.has(path)) this.problem('bundle.signatureMissing', { path });
    if (base64 && !isValid(decodeBase64(base64), manifestBytes)) this.problem('bundle.signatureInvalid', { path: SIGNATURE });
    if (binary && !isValid(binary, manifestBytes)) this.problem('bundle.signatureInvalid', { path: SIGNATURE_BINARY });

    const expected = Buffer.from(sha256SumsText(manifest, sha256(manifestBytes)));
    const sumsEntry = this.byName.get(SUMS);
    if (!sumsEntry) this.problem('bundle.fileMissing', { path: SUMS });
    const sums = sumsEntry && (await this.readSmall(sumsEntry, expected.length + 1, SUMS));
    if (sums && !sums.equals(expected)) this.problem('bundle.fileAltered', { path: SUMS, reason: 'does not list what the manifest lists' });
    const sumsSignature = await this.readOptional(SUMS_SIGNATURE);
    if (!sumsSignature) this.problem('bundle.signatureMissing', { path: SUMS_SIGNATURE });
    else if (sums && !isValid(sumsSignature, sums)) this.problem('bundle.signatureInvalid', { path: SUMS_SIGNATURE });
  }

  /** Reads every listed entry in archive order (one sequential pass over the disk), then names the extras. */
  private async checkContents(manifest: BundleManifest): Promise<void> {
    const expected = new Map<string, { size: number; sha256: string }>([...manifest.documents, ...manifest.files].map((e) => [e.path, e]));
    const custody = new CustodyChecker(manifest);
    for (const [path] of expected) if (!this.byName.has(path)) this.problem('bundle.fileMissing', { path });
    const signatureSide = new Set([MANIFEST, SIGNATURE, SIGNATURE_BINARY, SUMS, SUMS_SIGNATURE]);
    for (const entry of [...this.entries].sort((a, b) => a.localOffset - b.localOffset)) {
      const want = expected.get(entry.name);
      if (!want) {
        if (!signatureSide.has(entry.name)) this.problem('bundle.fileExtra', { path: entry.name });
        continue;
      }
      if (entry.size !== want.size) {
        this.problem('bundle.fileAltered', { path: entry.name, reason: `${entry.size} bytes, manifest says ${want.size}` });
        continue;
      }
      const hash = createHash('sha256');
      let crc = 0;
      const isCustody = entry.name === 'custody.jsonl';
      try {
        for await (const chunk of readEntry(this.handle, entry, this.fileSize)) {
          hash.update(chunk);
          crc = crc32(chunk, crc);
          if (isCustody) custody.push(chunk);
        }
      } catch (error) {
        if (!(error instanceof TamgaError)) throw error;
        this.problem(error.code, { path: entry.name, ...error.details });
        continue;
      }
      this.report.filesChecked += 1;
      if (hash.digest('hex') !== want.sha256) this.problem('bundle.fileAltered', { path: entry.name, reason: 'SHA-256 differs' });
      // Bytes that match the manifest but not their own CRC-32 would make unzip refuse what Tamga accepted.
      else if (crc >>> 0 !== entry.crc) this.problem('bundle.malformed', { reason: `"${entry.name}" does not match its CRC-32` });
      if (isCustody) for (const problem of custody.finish(manifest.custody)) this.problem(problem.code, problem.details);
    }
  }

  private async readOptional(name: string): Promise<Buffer | undefined> {
    const entry = this.byName.get(name);
    return entry && this.readSmall(entry, MAX_SMALL_FILE_BYTES, name);
  }

  /** Whole small entries only (manifest, signatures, SHA256SUMS); undefined (with the problem recorded) otherwise. */
  private async readSmall(entry: ZipEntry, limit: number, path = entry.name): Promise<Buffer | undefined> {
    if (entry.size > limit) {
      this.problem('bundle.fileAltered', { path, reason: `${entry.size} bytes is too large` });
      return undefined;
    }
    const parts: Uint8Array[] = [];
    try {
      for await (const chunk of readEntry(this.handle, entry, this.fileSize)) parts.push(chunk);
    } catch (error) {
      if (!(error instanceof TamgaError)) throw error;
      this.problem(error.code, { path, ...error.details });
      return undefined;
    }
    return Buffer.concat(parts);
  }

  private problem(code: ErrorCode, details?: BundleProblem['details']): void {
    this.report.problems.push(details ? { code, details } : { code });
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function decodeBase64(text: Buffer): Buffer | undefined {
  const trimmed = text.toString('latin1').trim();
  return /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : undefined;
}
