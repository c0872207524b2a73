/**
 * Bundles a bench page entry with Vite's JS API into a temp dir and serves it from a loopback HTTP server. Loopback
 * rather than file://, whose IndexedDB support varies; the server lives for the whole bench so the origin (port
 * included) and with it the IndexedDB database stay the same across browser relaunches.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { build } from 'vite';
import type { Disposable } from '../../shared/lifecycle';

export type BenchPage = Disposable & { url: string };

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm' };

export async function serveBenchPage(entry: string): Promise<BenchPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'tamga-bench-page-'));
  const fileName = `${basename(entry, extname(entry))}.js`;
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      // Library mode keeps process.env.NODE_ENV for the consumer to replace; this page is the consumer, and the app
      // ships a production build.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        reportCompressedSize: false,
        lib: { entry, formats: ['es'], fileName: () => fileName },
      },
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const html = `<!doctype html><meta charset="utf-8"><title>tamga bench</title><script type="module" src="/${fileName}"></script>`;
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      const body = path === '/' ? html : readFileSync(join(outDir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dispose() {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
