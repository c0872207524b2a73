import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { HttpRoute } from '../evidence/evidence-http';

// The same names bundle.export gives (`.age` when encrypted) and vault.backup's `.tamga-backup`: no folders, no
// leading dot, nothing a path could climb with.
const EXPORT_PATH = /^\/exports\/([^./\\][^/\\]{0,119}\.(?:zip(?:\.age)?|tamga-backup))$/;

/**
 * The browser host hands a finished bundle to the browser as a download, once. Only files main itself wrote into
 * the exports folder can be named, and the host has already checked the session.
 */
export function bundleDownloadRoute(exportsDir: string, log?: (error: unknown) => void): HttpRoute {
  return async (request, response, url) => {
    const match = request.method === 'GET' ? EXPORT_PATH.exec(url.pathname) : null;
    if (!match) return false;
    const name = decodeName(match[1]!);
    if (name === undefined) {
      // A malformed escape (`%E0%A4%A`) names no file; it must not throw out of the request.
      response.writeHead(400).end();
      return true;
    }
    if (name.includes('/') || name.includes('\\')) return false;
    const path = join(exportsDir, name);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      response.writeHead(404).end();
      return true;
    }
    response.writeHead(200, {
      'Content-Type': name.endsWith('.zip') ? 'application/zip' : 'application/octet-stream',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      await pipeline(createReadStream(path), response);
    } catch (error) {
      // The file went away or the browser hung up; headers are sent, so a cut connection is the only signal left.
      log?.(error);
      response.destroy();
    } finally {
      // Served once, or failed: either way no plaintext copy stays in the data folder (export again for another).
      await rm(path, { force: true }).catch(log);
    }
    return true;
  };
}

function decodeName(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
