import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HttpRoute } from '../evidence/evidence-http';

// The same names bundle.export accepts: no folders, no leading dot, nothing a path could climb with.
const EXPORT_PATH = /^\/exports\/([^./\\][^/\\]{0,119}\.zip)$/;

/**
 * The browser host hands a finished bundle to the browser as a download. Only files main itself wrote into the
 * exports folder can be named, and the host has already checked the token.
 */
export function bundleDownloadRoute(exportsDir: string): HttpRoute {
  return async (request, response, url) => {
    const match = request.method === 'GET' ? EXPORT_PATH.exec(url.pathname) : null;
    if (!match) return false;
    const name = decodeURIComponent(match[1]!);
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
      'Content-Type': 'application/zip',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(path).pipe(response);
    return true;
  };
}
