import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../../../src-main/host/browser-host';
import { evidenceRoutes } from '../../../../src-main/evidence/evidence-http';
import { bundleDownloadRoute } from '../../../../src-main/bundle/bundle-download';
import { handlers, hostVault, ITEM, send } from './host-fixture';

let root: string;
let host: BrowserHost;
let secret: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tamga-host-fuzz-'));
  mkdirSync(join(root, 'renderer'));
  mkdirSync(join(root, 'exports'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Tamga</title>');
  writeFileSync(join(root, 'exports', 'case.zip'), 'PK');
  host = await startBrowserHost({
    rendererDir: join(root, 'renderer'),
    handlers,
    port: 0,
    routes: [evidenceRoutes(hostVault(), () => undefined), bundleDownloadRoute(join(root, 'exports'), () => undefined)],
    log: () => undefined,
  });
  const answer = await send(host.port, 'POST', '/session', { origin: `http://127.0.0.1:${host.port}`, 'x-tamga-launch': new URL(host.url).hash.replace('#launch=', '') });
  secret = (JSON.parse(answer!.body) as { session: string }).session;
});
afterAll(() => {
  host.dispose();
  rmSync(root, { recursive: true, force: true });
});

// Characters a request line may carry, weighted towards the ones decoders and routers trip on.
const pathChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('%', '%E0', '%A4', '%A', '%2F', '%2E', '%00', '%ZZ', '/', '.', '..', '?', '#', '\\') },
  { weight: 3, arbitrary: fc.constantFrom(...'abcdefzAZ0189-_~=&;:@!$\'()*+,'.split('')) },
);
const path = fc
  .tuple(
    fc.constantFrom('/', '//', '/exports/', '/evidence/items/', `/evidence/items/${ITEM}`, '/evidence/upload', '/session', '/ipc', '/index.html', '/assets/', '*', 'http://evil.example/'),
    fc.array(pathChar, { maxLength: 24 }).map((parts) => parts.join('')),
    fc.constantFrom('', '.zip', '?session=', '?token=x'),
  )
  .map(([prefix, middle, suffix]) => prefix + middle + suffix);

const text = fc.string({ maxLength: 60 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const headers = fc.record(
  {
    host: fc.oneof(fc.constant('OWN'), fc.constant('localhost:PORT'), fc.constant('evil.example:PORT'), fc.constant(''), text),
    origin: fc.oneof(fc.constant('OWN'), fc.constant('http://evil.example'), fc.constant('null'), text),
    cookie: fc.oneof(fc.constant('tamga_token=SECRET'), text),
    range: fc.oneof(
      fc.tuple(maybe(fc.nat(40)), maybe(fc.nat(40))).map(([a, b]) => `bytes=${a ?? ''}-${b ?? ''}`),
      fc.constantFrom('bytes=0-1,3-4', 'bytes=-', 'bytes=99999999999999999999-', 'items=0-1'),
      text,
    ),
    'x-tamga-session': fc.oneof(fc.constant('SECRET'), text),
    'x-tamga-launch': text,
    'x-tamga-filename': fc.oneof(fc.constant('%E0%A4%A'), fc.constant('a.txt'), text),
    'sec-fetch-site': fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none'),
    'sec-websocket-protocol': fc.oneof(fc.constant('tamga.ipc, tamga.session.SECRET'), text),
    upgrade: fc.constantFrom('websocket', 'h2c'),
    connection: fc.constantFrom('Upgrade', 'close', 'keep-alive'),
    'sec-websocket-key': fc.constantFrom('dGhlIHNhbXBsZSBub25jZQ==', 'short'),
    'sec-websocket-version': fc.constantFrom('13', '8'),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND');

describe('browser host under hostile requests', () => {
  it('answers or hangs up on any request, and still serves the next one', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, headers, fc.uint8Array({ maxLength: 64 }), async (verb, target, raw, body) => {
        const own = `127.0.0.1:${host.port}`;
        const filled = Object.fromEntries(
          Object.entries(raw).map(([name, value]) => [
            name,
            value.replace('OWN', name === 'origin' ? `http://${own}` : own).replace('PORT', String(host.port)).replaceAll('SECRET', secret),
          ]),
        );
        await send(host.port, verb, target, filled, verb === 'GET' || verb === 'HEAD' ? undefined : body);
        const after = await send(host.port, 'GET', '/index.html');
        expect(after?.status).toBe(200);
      }),
      { numRuns: 300 },
    );
  });
});
