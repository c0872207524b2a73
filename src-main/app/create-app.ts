import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DisposableStore, type Disposable } from '../../shared/lifecycle';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import type { JournalWrite } from '../../shared/ipc/channels/records';
import { bundleHandlers, exportsDirOf } from '../bundle/bundle-handlers';
import { receiveHandlers } from '../bundle/receive-handlers';
import { createVaultService, type VaultService } from '../vault';
import { TamgaError } from '../../shared/result';
import type { FileGrants } from '../evidence/file-grants';
import { caseChanges } from '../records/case-history';
import { IdleLock } from './idle-lock';

export type AppHost = 'electron' | 'browser';

export type AppOptions = {
  dataDir: string;
  host: AppHost;
  version: string;
  /** Where main pushes events (lock, progress) to whichever renderer is attached. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** Files the person picked or dropped (Electron only); without it, import by handle is not offered. */
  grants?: FileGrants;
  /**
   * Electron only: asks where to save a bundle (a save dialog) and answers the chosen path, or undefined when the
   * person cancels. Without it the Electron window cannot export; the browser host serves one download instead.
   */
  chooseBundlePath?: (suggestedName: string) => Promise<string | undefined>;
};

/** The most writes one batch may gather in main before it is appended: a 50,000-row spreadsheet and its people. */
const MAX_BATCH_WRITES = 250_000;

export type TamgaApp = Disposable & { handlers: Handlers; vault: VaultService };

/**
 * Wires the services behind the contract. Electron, the browser host and the tests all start the app through
 * here, so each transport serves exactly the same handlers.
 */
export function createApp(options: AppOptions): TamgaApp {
  const store = new DisposableStore();
  const vault = store.add(createVaultService({ dataDir: options.dataDir }));
  const idle = store.add(new IdleLock(() => vault.status().autoLockMinutes, () => vault.lock('idle')));
  // The window allowed to append to the record journal; whoever unlocks or reloads claims it, and a lock frees it.
  let writer: string | undefined;
  // Parts of a batch not yet complete, by batch id: dropped with the writer, never half-appended.
  const batches = new Map<string, JournalWrite[]>();
  store.add(vault.onLocked((reason) => {
    writer = undefined;
    batches.clear();
    idle.stop();
    options.emit('vault.locked', { reason });
  }));

  const unlocked = <T>(value: T): T => {
    idle.touch();
    return value;
  };
  const empty = {};
  const bundles = store.add(
    bundleHandlers({
      vault,
      dataDir: options.dataDir,
      host: options.host,
      chooseBundlePath: options.chooseBundlePath,
      takeGrant: options.grants ? (handle) => options.grants!.take(handle) : undefined,
      touch: () => idle.touch(),
    }),
  );

  const handlers: Handlers = {
    'app.info': async () => ({ name: 'Tamga', version: options.version, host: options.host, platform: process.platform }),
    'app.activity': async () => {
      if (vault.status().state === 'unlocked') idle.touch();
      return empty;
    },
    'vault.status': async () => vault.status(),
    'vault.create': async ({ passphrase }) => unlocked(await vault.create(passphrase)),
    'vault.unlock': async ({ passphrase }) => unlocked(await vault.unlock(passphrase)),
    'vault.unlockWithRecovery': async (input) => unlocked(await vault.unlockWithRecovery(input)),
    'vault.setPassphrase': async ({ passphrase }) => {
      await vault.setPassphrase(passphrase);
      return empty;
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return empty;
    },
    'vault.lock': async () => {
      vault.lock('user');
      return empty;
    },
    'vault.setAutoLock': async ({ minutes }) => {
      const status = vault.setAutoLock(minutes);
      if (status.state === 'unlocked') idle.touch();
      return status;
    },
    'vault.backup': async () => {
      // The name says what and when, never whose: a backup travels on USB sticks too.
      const fileName = `tamga-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.tamga-backup`;
      if (options.host === 'electron') {
        if (!options.chooseBundlePath) throw new TamgaError('ipc.unknownChannel');
        const out = await options.chooseBundlePath(fileName);
        if (!out) throw new TamgaError('bundle.cancelled');
        const summary = await vault.backup(out);
        return unlocked({ generation: summary.generation, files: summary.files, written: summary.written, bytesWritten: summary.bytesWritten, path: out, fileName });
      }
      // The browser host keeps it among the exports only until its one download, as it does a bundle.
      const exportsDir = exportsDirOf(options.dataDir);
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      const summary = await vault.backup(join(exportsDir, fileName));
      return unlocked({ generation: summary.generation, files: summary.files, written: summary.written, bytesWritten: summary.bytesWritten, download: `/exports/${encodeURIComponent(fileName)}`, fileName });
    },
    'vault.wipe': async ({ confirmation }) => {
      await vault.wipe(confirmation);
      return empty;
    },
    'evidence.list': async () => unlocked(await vault.listItems()),
    'evidence.importGranted': async ({ handles }) => {
      // Only a host that grants files (Electron) offers this channel; to the browser host it does not exist.
      if (!options.grants) throw new TamgaError('ipc.unknownChannel');
      const paths = handles.map((handle) => options.grants!.take(handle));
      if (paths.some((path) => path === undefined)) throw new TamgaError('evidence.notGranted');
      const imported = [];
      // One at a time: each import is one streaming pass and a durable write; parallel passes would only
      // compete for the same disk and the same SHA-256 core.
      for (const path of paths) imported.push(await vault.importFile(path!));
      return unlocked(imported);
    },
    'evidence.verify': async () => unlocked(await vault.verify()),
    'records.append': async ({ writes, writer: from, batch }) => {
      if (from !== writer) throw new TamgaError('records.otherWriter');
      if (!batch) return unlocked(await vault.appendRecords(writes));
      const held = batches.get(batch.id) ?? [];
      if (held.length + writes.length > MAX_BATCH_WRITES) {
        batches.delete(batch.id);
        throw new TamgaError('records.batchTooLarge', { limit: MAX_BATCH_WRITES });
      }
      held.push(...writes);
      if (!batch.last) {
        batches.set(batch.id, held);
        return unlocked({ head: (await vault.readRecords(0, 1)).head, versions: [] });
      }
      batches.delete(batch.id);
      return unlocked(await vault.appendRecords(held));
    },
    'records.claimWriter': async ({ writer: claimant }) => {
      if (vault.status().state !== 'unlocked') throw new TamgaError('vault.locked');
      if (writer !== claimant) {
        writer = claimant;
        batches.clear();
        options.emit('records.writerChanged', { writer: claimant });
      }
      return unlocked(empty);
    },
    'records.read': async ({ after, limit, latest }) => unlocked(await vault.readRecords(after, limit, latest)),
    'records.purge': async ({ table, id }) => unlocked(await vault.purgeRecords(table, id)),
    'records.caseHistory': async ({ caseId }) => unlocked(await caseChanges(vault, caseId)),
    'evidence.custody': async ({ itemId }) => unlocked(await vault.custodyEvents(itemId)),
    ...bundles.handlers,
    ...receiveHandlers({ vault, dataDir: options.dataDir, takeGrant: options.grants ? (handle) => options.grants!.take(handle) : undefined, touch: () => idle.touch() }),
  };

  return { handlers, vault, dispose: () => store.dispose() };
}
