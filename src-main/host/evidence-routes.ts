import type { IncomingMessage, ServerResponse } from 'node:http';
import { coerceError, type Result } from '../../shared/result';
import type { VaultService } from '../vault';

/** A route answers true when it handled the request. The host has already checked the token. */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

const ITEM_PATH = /^\/evidence\/items\/([0-9a-f]{32})$/;

/**
 * Evidence bytes travel over plain HTTP on loopback, never through the JSON WebSocket: uploads stream straight
 * into the vault's one-pass import, and reads stream decrypted chunks with Range support so media can seek.
 */
export function evidenceRoutes(vault: VaultService, log?: (error: unknown) => void): HttpRoute {
  return async (request, response, url) => {
    if (url.pathname === '/evidence/upload' && request.method === 'POST') {
      const name = decodeName(request.headers['x-tamga-filename']);
      if (name === undefined) return sendJson(response, 400, { ok: false, error: { code: 'ipc.invalidInput' } });
      try {
        const imported = await vault.importStream(request, { originalName: name });
        return sendJson(response, 200, { ok: true, value: imported });
      } catch (error) {
        return sendJson(response, 200, { ok: false, error: coerceError(error, log) });
      }
    }
    const item = ITEM_PATH.exec(url.pathname);
    if (item && (request.method === 'GET' || request.method === 'HEAD')) {
      return serveItem(vault, item[1]!, request, response, log);
    }
    return false;
  };
}

async function serveItem(vault: VaultService, itemId: string, request: IncomingMessage, response: ServerResponse, log?: (error: unknown) => void): Promise<boolean> {
  let record;
  try {
    record = (await vault.listItems()).find((candidate) => candidate.id === itemId);
  } catch (error) {
    return sendJson(response, 403, { ok: false, error: coerceError(error, log) });
  }
  if (!record) return sendJson(response, 404, { ok: false, error: { code: 'item.missing' } });
  const range = parseRange(request.headers.range, record.size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { 'Content-Range': `bytes */${record.size}` });
    response.end();
    return true;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? record.size - 1;
  response.writeHead(range ? 206 : 200, {
    'Content-Type': record.mediaType ?? 'application/octet-stream',
    'Content-Length': String(Math.max(0, end - start + 1)),
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${record.size}` } : {}),
  });
  if (request.method === 'HEAD' || record.size === 0) {
    response.end();
    return true;
  }
  try {
    for await (const chunk of vault.readItem(itemId, { start, end: end + 1 })) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  } catch (error) {
    // Headers are gone; cutting the connection is the only honest signal that the bytes were not whole.
    log?.(error);
    response.destroy();
  }
  return true;
}

/** Only single ranges: that is all media elements ask for. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

function decodeName(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header.length === 0 || header.length > 4096) return undefined;
  try {
    return decodeURIComponent(header);
  } catch {
    return undefined;
  }
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): true {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
  return true;
}
