import type { BundleCheck } from '../../../shared/ipc/channels/bundle';
import type { Result } from '../../../shared/result';
import { sessionHeaders } from '../../platform/host-session';
import { tamga } from '../../platform/tamga-client';

/**
 * Sends a received bundle to main to be checked. In Electron, main reads the file the person picked by its one-time
 * grant; in the browser host the bytes stream over loopback into a check that deletes them before it answers. An
 * age-encrypted bundle is decrypted by main, with this device's key or the `passphrase` the sender gave.
 */
export async function checkBundle(file: File, passphrase?: string): Promise<Result<BundleCheck>> {
  if (window.tamgaFiles) {
    const handle = await window.tamgaFiles.handleOf(file);
    if (!handle) return { ok: false, error: { code: 'evidence.notGranted' } };
    return tamga().invoke('bundle.verifyGranted', { handle, ...(passphrase ? { passphrase } : {}) });
  }
  try {
    // Headers carry Latin-1 only, so the passphrase travels URI-encoded (main decodes it).
    const headers = { ...sessionHeaders(), ...(passphrase ? { 'X-Tamga-Bundle-Passphrase': encodeURIComponent(passphrase) } : {}) };
    const response = await fetch('/exports/check', { method: 'POST', headers, body: file, cache: 'no-store', credentials: 'omit' });
    return (await response.json()) as Result<BundleCheck>;
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
