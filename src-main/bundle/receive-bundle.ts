/**
 * Defends against: a colleague's exhibits entering this vault unchecked, from a stranger taken for the colleague,
 *   or twice; and a received file losing where it came from.
 * Follows: verify first (verify-bundle.ts: every file, signature and the custody chain), then the signer must be
 *   a known sender, the fingerprint the recipient was told (`expect`), or accepted explicitly (`accept`, then
 *   remembered under the name given). Each file is sealed into this vault with its original name; one this vault
 *   already holds (same SHA-256) is not taken in again. Every file taken in gets an `item.received` custody entry
 *   naming the sender, the bundle and when the sender first sealed it.
 * Tests: tests/unit/main/bundle/receive-bundle.test.ts.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parseBundleManifest, type BundleManifest } from '../../shared/format/bundle-manifest';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';
import { MANIFEST } from './bundle-layout';
import { addSender, listSenders, signerOf } from './known-senders';
import { verifyBundle, type BundleProblem } from './verify-bundle';
import { readCentralDirectory, readEntry } from './zip-reader';

type ReceivingVault = Pick<VaultService, 'listItems' | 'importStream' | 'recordReceipt' | 'readSealedSetting' | 'writeSealedSetting' | 'deviceIdentity'>;

export type ReceiveOptions = {
  /** The fingerprint the sender read out by another channel; the bundle must be signed by exactly that key. */
  expect?: string;
  /** Take a bundle from a signer this vault does not know, and remember them under this name (or the fingerprint). */
  accept?: { name?: string };
};

export type ReceivedFile = { itemId: string; sha256: string; originalName: string; status: 'received' | 'alreadyHeld' };
export type ReceiveResult = { bundleId: string; sender: { name: string; fingerprint: string }; files: ReceivedFile[] };

/** Thrown when the bundle does not verify: the problems say what, as verify-bundle would print them. */
export class BundleRejected extends TamgaError {
  constructor(readonly problems: BundleProblem[]) {
    super('bundle.rejected', { problems: problems.length });
  }
}

export async function receiveBundle(vault: ReceivingVault, path: string, options: ReceiveOptions = {}): Promise<ReceiveResult> {
  const report = await verifyBundle(path);
  if (!report.ok || !report.fingerprint || !report.bundleId) throw new BundleRejected(report.problems);
  const fingerprint = report.fingerprint;
  if (options.expect !== undefined && options.expect !== fingerprint) throw new TamgaError('bundle.signerMismatch', { expected: options.expect, found: fingerprint });
  const signer = signerOf(fingerprint, await listSenders(vault));
  let senderName: string;
  if (signer.kind === 'known') senderName = signer.name;
  else if (signer.kind === 'self') senderName = vault.deviceIdentity().fingerprint;
  else if (options.expect === fingerprint || options.accept) {
    senderName = options.accept?.name || fingerprint;
    await addSender(vault, { name: senderName, fingerprint });
  } else throw new TamgaError('bundle.unknownSigner', { fingerprint });

  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const entries = new Map((await readCentralDirectory(handle, size)).map((entry) => [entry.name, entry]));
    const manifest = await readManifest(handle, size, entries);
    const held = new Map((await vault.listItems()).map((item) => [item.sha256, item]));
    const files: ReceivedFile[] = [];
    for (const file of manifest.files) {
      const already = held.get(file.sha256);
      if (already) {
        files.push({ itemId: already.id, sha256: file.sha256, originalName: file.originalName, status: 'alreadyHeld' });
        continue;
      }
      const entry = entries.get(file.path);
      if (!entry) throw new BundleRejected([{ code: 'bundle.fileMissing', details: { path: file.path } }]);
      const { item } = await vault.importStream(Readable.from(readEntry(handle, entry, size)), { originalName: file.originalName });
      // Verified a moment ago; a file changed since then is refused here, and the item it made says what it holds.
      if (item.sha256 !== file.sha256) throw new BundleRejected([{ code: 'bundle.fileAltered', details: { path: file.path } }]);
      await vault.recordReceipt(item.id, {
        from: senderName,
        fingerprint,
        bundleId: manifest.bundleId,
        senderItemId: file.itemId,
        senderImportedAt: file.importedAt,
      });
      held.set(item.sha256, item);
      files.push({ itemId: item.id, sha256: item.sha256, originalName: file.originalName, status: 'received' });
    }
    return { bundleId: manifest.bundleId, sender: { name: senderName, fingerprint }, files };
  } finally {
    await handle.close();
  }
}

async function readManifest(handle: Parameters<typeof readEntry>[0], size: number, entries: Map<string, Parameters<typeof readEntry>[1]>): Promise<BundleManifest> {
  const entry = entries.get(MANIFEST);
  if (!entry) throw new BundleRejected([{ code: 'bundle.manifestMissing' }]);
  const parts: Uint8Array[] = [];
  for await (const part of readEntry(handle, entry, size)) parts.push(part);
  const parsed = parseBundleManifest(Buffer.concat(parts));
  if (!parsed.ok) throw new BundleRejected([{ code: parsed.error.code, details: parsed.error.details }]);
  return parsed.value;
}
