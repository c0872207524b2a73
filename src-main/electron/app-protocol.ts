import { Readable } from 'node:stream';
import type { VaultService } from '../vault';
import { contentSecurityPolicy } from '../app/content-security-policy';
import { readRendererFile } from '../app/renderer-files';
import { ITEM_PATH, readEvidence } from '../evidence/evidence-http';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://tamga`;

/**
 * The Electron window loads the renderer from app://tamga/ rather than file://, so it has a real origin for its
 * CSP and the same relative evidence URLs (/evidence/items/<id>) work as in the browser host. Uses only web
 * Request/Response types, so it is tested under plain Node.
 */
export async function handleAppRequest(request: Request, rendererDir: string, vault: VaultService): Promise<Response> {
  const url = new URL(request.url);
  // Compare scheme and host, not URL.origin: for a custom scheme the WHATWG origin is opaque ("null").
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'tamga') return new Response(null, { status: 404 });
  const item = ITEM_PATH.exec(url.pathname);
  if (item) {
    const answer = await readEvidence(vault, item[1]!, request.headers.get('range') ?? undefined, (e) => console.error(e));
    const body = answer.body && request.method !== 'HEAD' ? (Readable.toWeb(Readable.from(answer.body)) as ReadableStream<Uint8Array>) : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  }
  const file = await readRendererFile(rendererDir, url.pathname);
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'Content-Type': file.mediaType, 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff' },
  });
}
