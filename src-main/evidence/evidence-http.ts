import type { IncomingMessage, ServerResponse } from 'node:http';
import { coerceError, type Result } from '../../shared/result';
import type { VaultService } from '../vault';

/** A route answers true when it handled the request. The host has already checked the session. */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

/** What a read of an item answers, whatever carries it (Node http in the browser host, a protocol in Electron). */
export type EvidenceResponse = { status: number; headers: Record<string, string>; body?: AsyncIterable<Uint8Array> };

export const ITEM_PATH = /^\/evidence\/items\/([0-9a-f]{32})$/;

/**
 * Decrypted bytes of one item, with single-range support so media elements can seek and PDF viewers can read
 * pieces. Only the chunks a range touches are decrypted, and each is authenticated before it is sent.
 */
export async function readEvidence(vault: VaultService, itemId: string, rangeHeader: string | undefined, log?: (error: unknown) => void): Promise<EvidenceResponse> {
  let record;
  try {
    record = (await vault.listItems()).find((candidate) => candidate.id === itemId);
  } catch (error) {
    return json(403, { ok: false, error: coerceError(error, log) });
  }
  if (!record) return json(404, { ok: false, error: { code: 'item.missing' } });
  const range = parseRange(rangeHeader, record.size);
  if (range === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${record.size}` } };
  const start = range?.start ?? 0;
  const end = range?.end ?? record.size - 1;
  return {
    status: range ? 206 : 200,
    headers: {
      'Content-Type': record.mediaType ?? 'application/octet-stream',
      'Content-Length': String(Math.max(0, end - start + 1)),
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // Evidence can be hostile (an HTML file, an SVG with script): never let it run as a page.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${record.size}` } : {}),
    },
    body: record.size === 0 ? undefined : vault.readItem(itemId, { start, end: end + 1 }),
  };
}

/** The browser host's evidence routes: streamed uploads into the one-pass import, and item reads. */
export function evidenceRoutes(vault: VaultService, log?: (error: unknown) => void): HttpRoute {
  return async (request, response, url) => {
    if (url.pathname === '/evidence/upload' && request.method === 'POST') {
      const name = decodeName(request.headers['x-tamga-filename']);
      if (name === undefined) return send(response, json(400, { ok: false, error: { code: 'ipc.invalidInput' } }), log);
      try {
        const imported = await vault.importStream(request, { originalName: name });
        return send(response, json(200, { ok: true, value: imported }), log);
      } catch (error) {
        return send(response, json(200, { ok: false, error: coerceError(error, log) }), log);
      }
    }
    const item = ITEM_PATH.exec(url.pathname);
    if (item && (request.method === 'GET' || request.method === 'HEAD')) {
      const answer = await readEvidence(vault, item[1]!, request.headers.range, log);
      return send(response, request.method === 'HEAD' ? { ...answer, body: undefined } : answer, log);
    }
    return false;
  };
}

async function send(response: ServerResponse, answer: EvidenceResponse, log?: (error: unknown) => void): Promise<true> {
  response.writeHead(answer.status, answer.headers);
  try {
    for await (const chunk of answer.body ?? []) {
      // A browser that hangs up mid-read never drains; stop instead of waiting forever.
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
      if (response.destroyed) return true;
    }
    response.end();
  } catch (error) {
    // Headers are gone; cutting the connection is the only honest signal that the bytes were not whole.
    log?.(error);
    response.destroy();
  }
  return true;
}

/** Only single ranges: that is all media elements and pdf.js ask for. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
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

const json = (status: number, body: Result<unknown>): EvidenceResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  body: (async function* () {
    yield new TextEncoder().encode(JSON.stringify(body));
  })(),
});
