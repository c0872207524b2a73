import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * A file of the built renderer for a URL path, or undefined. Paths that would climb out of the renderer folder
 * (`..`, encoded or not) are refused, so neither the browser host nor the app:// protocol can serve anything else.
 */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<{ bytes: Buffer; mediaType: string } | undefined> {
  let relative: string;
  try {
    relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath.slice(1));
  } catch {
    return undefined;
  }
  const root = normalize(rendererDir);
  const path = normalize(join(root, relative));
  if (!path.startsWith(root + sep)) return undefined;
  try {
    return { bytes: await readFile(path), mediaType: MEDIA_TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
