import type { ReceiveReport, ReceiveRequest } from '../../../shared/ipc/channels/bundle';
import type { Result } from '../../../shared/result';
import { sessionHeaders } from '../../platform/host-session';
import { tamga } from '../../platform/tamga-client';

/**
 * Sends a bundle to main to be received (or, with `dryRun`, only planned). In Electron main reads the file the
 * person picked by a one-time grant; in the browser host the bytes stream over loopback into a receive that
 * deletes them before it answers. What the person confirmed travels with it: the fingerprint, or an acceptance.
 */
export async function receiveBundleFile(file: File, request: ReceiveRequest): Promise<Result<ReceiveReport>> {
  if (window.tamgaFiles) {
    const handle = await window.tamgaFiles.handleOf(file);
    if (!handle) return { ok: false, error: { code: 'evidence.notGranted' } };
    return tamga().invoke('bundle.receiveGranted', { handle, ...request });
  }
  // Headers carry Latin-1 only, so a sender's name or a passphrase travels URI-encoded (main decodes it).
  const headers: Record<string, string> = { ...sessionHeaders(), 'X-Tamga-Receive-Dry-Run': request.dryRun ? '1' : '0' };
  if (request.expect) headers['X-Tamga-Receive-Expect'] = request.expect;
  if (request.accept) {
    headers['X-Tamga-Receive-Accept'] = '1';
    if (request.accept.name) headers['X-Tamga-Receive-Accept-Name'] = encodeURIComponent(request.accept.name);
  }
  if (request.passphrase) headers['X-Tamga-Bundle-Passphrase'] = encodeURIComponent(request.passphrase);
  try {
    const response = await fetch('/exports/receive', { method: 'POST', headers, body: file, cache: 'no-store', credentials: 'omit' });
    return (await response.json()) as Result<ReceiveReport>;
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
