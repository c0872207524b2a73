import type { ImportedItem } from '../../../shared/ipc/channels/vault';
import type { Result } from '../../../shared/result';
import { tamga } from '../../platform/tamga-client';
import { sessionHeaders, withSessionParam } from '../../platform/host-session';

declare global {
  interface Window {
    /**
     * Electron's preload adds this: the one-time handle main granted for a file the person picked or dropped, so
     * main imports it in one pass from disk. The renderer never sees or sends a path.
     */
    tamgaFiles?: { handleOf(file: File): Promise<string | undefined> };
  }
}

export type Transfer = { done: Promise<Result<ImportedItem>>; cancel(): void };

/**
 * Sends one file into the vault. In Electron, main reads the file from its path; in the browser host the bytes
 * stream over loopback HTTP into the same import. Either way the renderer never writes anything to disk.
 */
export function transferFile(file: File, onProgress: (sent: number) => void): Transfer {
  if (window.tamgaFiles) {
    const done = window.tamgaFiles.handleOf(file).then(async (handle): Promise<Result<ImportedItem>> => {
      if (!handle) return { ok: false, error: { code: 'evidence.notGranted' } };
      const result = await tamga().invoke('evidence.importGranted', { handles: [handle] });
      return result.ok ? { ok: true, value: result.value[0]! } : result;
    });
    return { done, cancel: () => undefined };
  }
  const request = new XMLHttpRequest();
  const done = new Promise<Result<ImportedItem>>((resolve) => {
    request.upload.addEventListener('progress', (event) => onProgress(event.loaded));
    request.addEventListener('load', () => {
      try {
        resolve(JSON.parse(request.responseText) as Result<ImportedItem>);
      } catch {
        resolve({ ok: false, error: { code: 'internal' } });
      }
    });
    request.addEventListener('error', () => resolve({ ok: false, error: { code: 'internal' } }));
    request.addEventListener('abort', () => resolve({ ok: false, error: { code: 'evidence.cancelled' } }));
  });
  request.open('POST', '/evidence/upload');
  request.setRequestHeader('X-Tamga-Filename', encodeURIComponent(file.name));
  for (const [name, value] of Object.entries(sessionHeaders())) request.setRequestHeader(name, value);
  request.send(file);
  return { done, cancel: () => request.abort() };
}

/**
 * Where the viewer reads an item's bytes (browser host; Electron serves the same path through its protocol). The
 * browser host's session rides in the query, since <img>, <video> and pdf.js cannot send headers.
 */
export const itemUrl = (itemId: string): string => withSessionParam(`/evidence/items/${itemId}`);
