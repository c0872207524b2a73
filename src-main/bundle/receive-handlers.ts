/**
 * Defends against: the renderer (or anything on 127.0.0.1) making main receive a file it did not hand out, a
 *   received bundle's plaintext staying on disk, and a conflict settled for a record that has none.
 * Follows: the same rules as `tamga receive` (receive-bundle.ts). Electron reads the file behind a one-time grant;
 *   the browser host streams the bytes into a dot-file beside the exports, receives from there and deletes it before
 *   it answers, as the bundle check does (bundle-handlers.ts). An age file is decrypted first, inside the data folder.
 * Tests: tests/unit/main/bundle/receive-handlers.test.ts.
 */
import type { IncomingMessage } from 'node:http';
import { normalizeFingerprint, ReceiveRequest, type ReceivedConflict, type ReceiveReport } from '../../shared/ipc/channels/bundle';
import type { Handlers } from '../../shared/ipc/contract';
import { TamgaError } from '../../shared/result';
import type { HttpRoute } from '../evidence/evidence-http';
import type { VaultService } from '../vault';
import { withPlainBundle } from './bundle-encryption';
import { exportsDirOf, PASSPHRASE_HEADER, uploadedBundleRoute } from './bundle-handlers';
import { pendingConflicts, receiveBundle, settleConflict } from './receive-bundle';

type ReceiveChannel = 'bundle.receiveGranted' | 'bundle.conflicts' | 'bundle.settleConflict';

/** Receives the bundle at `path` (decrypting an age file into the exports folder first), as `tamga receive` does. */
export function receiveFrom(vault: VaultService, dataDir: string, path: string, request: ReceiveRequest): Promise<ReceiveReport> {
  const { passphrase, dryRun, expect, accept } = request;
  return withPlainBundle(path, exportsDirOf(dataDir), { vault, passphrase }, (plain) =>
    receiveBundle(vault, plain, { dryRun, ...(expect ? { expect } : {}), ...(accept ? { accept } : {}) }),
  );
}

export function receiveHandlers(options: { vault: VaultService; dataDir: string; takeGrant?: (handle: string) => string | undefined; touch?: () => void }): Pick<Handlers, ReceiveChannel> {
  const { vault } = options;
  const touched = <T>(value: T): T => {
    options.touch?.();
    return value;
  };
  return {
    'bundle.receiveGranted': async ({ handle, ...request }) => {
      // Only a host that grants files (Electron) offers this channel; the browser host posts the bytes instead.
      if (!options.takeGrant) throw new TamgaError('ipc.unknownChannel');
      const path = options.takeGrant(handle);
      if (path === undefined) throw new TamgaError('evidence.notGranted');
      return touched(await receiveFrom(vault, options.dataDir, path, request));
    },
    'bundle.conflicts': async () => touched((await pendingConflicts(vault)) as ReceivedConflict[]),
    'bundle.settleConflict': async ({ table, id, keep }) => touched((await settleConflict(vault, table, id, keep)) as ReceivedConflict[]),
  };
}

/** Headers the browser sends with a bundle to receive: what the person confirmed, URI-encoded (headers are Latin-1). */
export const RECEIVE_HEADERS = { expect: 'x-tamga-receive-expect', acceptName: 'x-tamga-receive-accept-name', accept: 'x-tamga-receive-accept', dryRun: 'x-tamga-receive-dry-run' } as const;

/** The browser host's way to receive a bundle: POST /exports/receive with the bytes as the body. */
export function bundleReceiveRoute(vault: VaultService, dataDir: string, log?: (error: unknown) => void): HttpRoute {
  return uploadedBundleRoute(dataDir, '/exports/receive', receiveRequestOf, (path, _exportsDir, request) => receiveFrom(vault, dataDir, path, request), log);
}

/** What the person confirmed, from the headers the renderer sends (receive-bundle.ts in the renderer). */
function receiveRequestOf(request: IncomingMessage): ReceiveRequest {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    if (typeof value !== 'string' || value === '') return undefined;
    try {
      return decodeURIComponent(value);
    } catch {
      throw new TamgaError('ipc.invalidInput');
    }
  };
  const expect = header(RECEIVE_HEADERS.expect);
  const acceptName = header(RECEIVE_HEADERS.acceptName);
  const passphrase = header(PASSPHRASE_HEADER);
  const parsed = ReceiveRequest.safeParse({
    dryRun: header(RECEIVE_HEADERS.dryRun) === '1',
    ...(expect ? { expect: normalizeFingerprint(expect) ?? expect } : {}),
    ...(header(RECEIVE_HEADERS.accept) === '1' ? { accept: acceptName ? { name: acceptName } : {} } : {}),
    ...(passphrase ? { passphrase } : {}),
  });
  if (!parsed.success) throw new TamgaError('ipc.invalidInput');
  return parsed.data;
}
