/**
 * Defends against: a colleague's exhibits and cases entering this vault unchecked, from a stranger taken for the
 *   colleague, twice, or in part; this team's edits overwritten by a bundle; a received file losing where it came from.
 * Follows: verify first (verify-bundle.ts: every file, signature and the custody chain), then the signer must be
 *   a known sender, the fingerprint the recipient was told (`expect`), or accepted explicitly (`accept`, then
 *   remembered under the name given). cases.json is read and planned against this vault before anything is written
 *   (merge-bundle-cases.ts), so a bundle whose cases do not hold together is refused with nothing taken in; `dryRun`
 *   stops there and says what would change. Each file is sealed into this vault with its original name; one this
 *   vault already holds (same SHA-256) is not taken in again. Every file taken in gets an `item.received` custody
 *   entry naming the sender, the bundle, when the sender first sealed it and the sender's own custody lines for it.
 *   The records then go into the journal as one group (all or none), with one `records.received` custody entry.
 * Tests: tests/unit/main/bundle/receive-bundle.test.ts, tests/unit/main/bundle/merge-bundle-cases.test.ts.
 */
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parseBundleManifest, type BundleManifest } from '../../shared/format/bundle-manifest';
import { TamgaError } from '../../shared/result';
import type { VaultService } from '../vault';
import { MANIFEST } from './bundle-layout';
import { checkSelection } from './bundle-handlers';
import { addSender, listSenders, signerOf } from './known-senders';
import { BundleCases, CasesRejected, planMerge, receivedDigest, type MergeConflict, type MergePlan, type Sender } from './merge-bundle-cases';
import { verifyBundle, type BundleProblem } from './verify-bundle';
import { readCentralDirectory, readEntry, type ZipEntry } from './zip-reader';

type ReceivingVault = Pick<
  VaultService,
  | 'listItems'
  | 'importStream'
  | 'recordReceipt'
  | 'recordRecordsReceipt'
  | 'readSealedSetting'
  | 'writeSealedSetting'
  | 'deviceIdentity'
  | 'currentRecords'
  | 'appendOwnRecords'
>;

export type ReceiveOptions = {
  /** The fingerprint the sender read out by another channel; the bundle must be signed by exactly that key. */
  expect?: string;
  /** Take a bundle from a signer this vault does not know, and remember them under this name (or the fingerprint). */
  accept?: { name?: string };
  /** Verify and plan only: say what would be added, changed or in conflict, and write nothing. */
  dryRun?: boolean;
};

export type ReceivedFile = { itemId: string; sha256: string; originalName: string; status: 'received' | 'alreadyHeld' };
/** What the merge did (or, in a dry run, would do) to this vault's records. */
export type ReceivedRecords = {
  cases: MergePlan['cases'];
  added: number;
  changed: number;
  unchanged: number;
  /** Records this vault changed since it last received them and the sender did not: this vault's edits stay. */
  kept: number;
  conflicts: Pick<MergeConflict, 'table' | 'id' | 'caseId'>[];
  people: MergePlan['people'];
};
export type ReceiveResult = { bundleId: string; sender: Sender; dryRun: boolean; files: ReceivedFile[]; records: ReceivedRecords };

const MAX_SENDER_CUSTODY_CHARS = 64 * 1024;

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
  let sender: Sender;
  let isNewSender = false;
  if (signer.kind === 'known') sender = { name: signer.name, fingerprint };
  else if (signer.kind === 'self') sender = { name: vault.deviceIdentity().fingerprint, fingerprint };
  else if (options.expect === fingerprint || options.accept) {
    sender = { name: options.accept?.name || fingerprint, fingerprint };
    isNewSender = true;
  } else throw new TamgaError('bundle.unknownSigner', { fingerprint });

  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const entries = new Map((await readCentralDirectory(handle, size)).map((entry) => [entry.name, entry]));
    const readText = async (name: string) => Buffer.concat(await collect(readEntry(handle, entryOf(entries, name), size))).toString('utf8');
    const manifest = await readManifest(handle, size, entries);
    const disclosures = parseCases(await readText('cases.json'));
    // The rules an export is held to hold for what arrives: nothing in a case may point outside it or its files.
    try {
      checkSelection(disclosures, manifest.files.map((file) => file.itemId));
    } catch (error) {
      if (!(error instanceof TamgaError)) throw error;
      const record = String(error.details?.record ?? 'a record');
      if (record.startsWith('file ')) throw new BundleRejected([{ code: 'bundle.caseFileMissing', details: { case: String(error.details?.case), item: record.slice(5) } }]);
      throw new BundleRejected([{ code: 'bundle.casesInvalid', details: { reason: `${record} is outside its case` } }]);
    }
    const senderCustody = custodyByItem(await readText('custody.jsonl'));
    const held = new Map((await vault.listItems()).map((item) => [item.sha256, item]));
    const bySenderItem = new Map(manifest.files.map((file) => [file.itemId, file]));
    const now = new Date().toISOString();
    const plan = async (localItemOf: (senderItemId: string) => string | undefined) =>
      planned(() =>
        vault.currentRecords().then(async (local) =>
          planMerge({
            disclosures,
            sender,
            bundleId: manifest.bundleId,
            bundleCreatedAt: manifest.createdAt,
            localItemOf,
            local,
            base: ((await vault.readSealedSetting('received-records')) as Record<string, string> | undefined) ?? {},
            now,
          }),
        ),
      );
    // Planned before anything is written: cases that name a file the bundle lacks, or records no model accepts,
    // refuse the bundle while this vault is still as it was. A file not yet held stands in under the sender's id.
    const preview = await plan((senderItemId) => {
      const file = bySenderItem.get(senderItemId);
      return file && (held.get(file.sha256)?.id ?? file.itemId);
    });
    if (options.dryRun) {
      const files = manifest.files.map((file): ReceivedFile => {
        const already = held.get(file.sha256);
        return { itemId: already?.id ?? file.itemId, sha256: file.sha256, originalName: file.originalName, status: already ? 'alreadyHeld' : 'received' };
      });
      return { bundleId: manifest.bundleId, sender, dryRun: true, files, records: summary(preview) };
    }

    if (isNewSender) await addSender(vault, sender);
    const files: ReceivedFile[] = [];
    for (const file of manifest.files) {
      const already = held.get(file.sha256);
      if (already) {
        files.push({ itemId: already.id, sha256: file.sha256, originalName: file.originalName, status: 'alreadyHeld' });
        continue;
      }
      const { item } = await vault.importStream(Readable.from(readEntry(handle, entryOf(entries, file.path), size)), { originalName: file.originalName });
      // Verified a moment ago; a file changed since then is refused here, and the item it made says what it holds.
      if (item.sha256 !== file.sha256) throw new BundleRejected([{ code: 'bundle.fileAltered', details: { path: file.path } }]);
      await vault.recordReceipt(item.id, {
        from: sender.name,
        fingerprint,
        bundleId: manifest.bundleId,
        senderItemId: file.itemId,
        senderImportedAt: file.importedAt,
        senderCustody: (senderCustody.get(file.itemId) ?? []).join('\n').slice(0, MAX_SENDER_CUSTODY_CHARS),
      });
      held.set(item.sha256, item);
      files.push({ itemId: item.id, sha256: item.sha256, originalName: file.originalName, status: 'received' });
    }

    const localIds = new Map(manifest.files.map((file) => [file.itemId, held.get(file.sha256)?.id]));
    const merged = await plan((senderItemId) => localIds.get(senderItemId));
    const records = summary(merged);
    // The same bundle again finds every record as it left it: nothing to write, nothing to put on record.
    if (merged.writes.length === 0 && merged.conflicts.length === 0) return { bundleId: manifest.bundleId, sender, dryRun: false, files, records };
    if (merged.writes.length > 0) await vault.appendOwnRecords(merged.writes);
    const base = ((await vault.readSealedSetting('received-records')) as Record<string, string> | undefined) ?? {};
    await vault.writeSealedSetting('received-records', { ...base, ...merged.received });
    if (merged.conflicts.length > 0) await keepConflicts(vault, merged.conflicts);
    await vault.recordRecordsReceipt({
      from: sender.name,
      fingerprint,
      bundleId: manifest.bundleId,
      cases: merged.cases.length,
      added: records.added,
      changed: records.changed,
      conflicts: records.conflicts.length,
    });
    return { bundleId: manifest.bundleId, sender, dryRun: false, files, records };
  } finally {
    await handle.close();
  }
}

/** Conflicts waiting for a person, one per record: a newer bundle's version replaces an older one's. */
export async function pendingConflicts(vault: Pick<VaultService, 'readSealedSetting'>): Promise<MergeConflict[]> {
  return ((await vault.readSealedSetting('received-conflicts')) as MergeConflict[] | undefined) ?? [];
}

/** Settles one conflict as the person chose: the sender's version becomes the record's next version (so the journal keeps both), or this vault's stays. */
export async function settleConflict(
  vault: Pick<VaultService, 'readSealedSetting' | 'writeSealedSetting' | 'appendOwnRecords' | 'currentRecords'>,
  table: MergeConflict['table'],
  id: string,
  keep: 'ours' | 'theirs',
): Promise<MergeConflict[]> {
  const pending = await pendingConflicts(vault);
  const conflict = pending.find((c) => c.table === table && c.id === id);
  if (!conflict) throw new TamgaError('records.missing', { table, id });
  const { fields } = conflict;
  if (keep === 'theirs') await vault.appendOwnRecords([{ table, record: { ...conflict.theirs, updatedAt: new Date().toISOString() } }]);
  // Either way the sender's version is now what this vault last received: a later bundle that still carries it
  // leaves the chosen version alone, and one that changes it again is measured against it.
  const base = ((await vault.readSealedSetting('received-records')) as Record<string, string> | undefined) ?? {};
  await vault.writeSealedSetting('received-records', { ...base, [`${table}/${id}`]: receivedDigest(table, conflict.theirs, fields) });
  const left = pending.filter((c) => c !== conflict);
  await vault.writeSealedSetting('received-conflicts', left);
  return left;
}

async function keepConflicts(vault: ReceivingVault, conflicts: readonly MergeConflict[]): Promise<void> {
  const key = (c: Pick<MergeConflict, 'table' | 'id'>) => `${c.table}/${c.id}`;
  const replaced = new Set(conflicts.map(key));
  await vault.writeSealedSetting('received-conflicts', [...(await pendingConflicts(vault)).filter((c) => !replaced.has(key(c))), ...conflicts]);
}

function summary(plan: MergePlan): ReceivedRecords {
  const count = (outcome: string) => plan.changes.filter((change) => change.outcome === outcome).length;
  return {
    cases: plan.cases,
    added: count('added'),
    changed: count('changed'),
    unchanged: count('unchanged'),
    kept: count('kept'),
    conflicts: plan.conflicts.map(({ table, id, caseId }) => ({ table, id, caseId })),
    people: plan.people,
  };
}

/** A plan that cannot be built refuses the bundle with the reason, as verification problems are reported. */
async function planned(build: () => Promise<MergePlan>): Promise<MergePlan> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof CasesRejected) throw new BundleRejected([{ code: error.code, details: error.details }]);
    throw error;
  }
}

function parseCases(text: string): BundleCases {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRejected([{ code: 'bundle.casesInvalid', details: { reason: 'not JSON' } }]);
  }
  const parsed = BundleCases.safeParse(json);
  if (!parsed.success) throw new BundleRejected([{ code: 'bundle.casesInvalid', details: { reason: parsed.error.issues[0]?.message ?? 'invalid', at: parsed.error.issues[0]?.path.join('.') ?? '' } }]);
  return parsed.data;
}

/** The sender's custody lines, by the item they concern: kept with each received file's own custody entry. */
function custodyByItem(text: string): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const { event } = JSON.parse(line) as { event?: { itemId?: unknown } };
    const itemId = event?.itemId;
    if (typeof itemId === 'string') byItem.set(itemId, [...(byItem.get(itemId) ?? []), line]);
  }
  return byItem;
}

function entryOf(entries: Map<string, ZipEntry>, name: string): ZipEntry {
  const entry = entries.get(name);
  if (!entry) throw new BundleRejected([{ code: 'bundle.fileMissing', details: { path: name } }]);
  return entry;
}

async function collect(parts: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

async function readManifest(handle: Parameters<typeof readEntry>[0], size: number, entries: Map<string, ZipEntry>): Promise<BundleManifest> {
  const entry = entries.get(MANIFEST);
  if (!entry) throw new BundleRejected([{ code: 'bundle.manifestMissing' }]);
  const parsed = parseBundleManifest(Buffer.concat(await collect(readEntry(handle, entry, size))));
  if (!parsed.ok) throw new BundleRejected([{ code: parsed.error.code, details: parsed.error.details }]);
  return parsed.value;
}
