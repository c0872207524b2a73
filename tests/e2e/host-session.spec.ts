import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { sep } from 'node:path';
import { openSealedSession, type SealedSession } from './sealed-session';
import { findPlaintext } from './plaintext-scan';

const ITEM = 'a'.repeat(32);

let session: SealedSession;
let foreign: Server;
let foreignOrigin: string;

test.beforeAll(async () => {
  session = await openSealedSession();
  // Another local web server the person might visit: a different port on the same 127.0.0.1.
  foreign = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'));
  await new Promise<void>((done) => foreign.listen(0, '127.0.0.1', done));
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as { port: number }).port}`;
});
test.afterAll(async () => {
  foreign?.close();
  await session?.close();
});

async function expectConnected(page: Page) {
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
}

test('the page trades its one-time address for a session of its own; no cookie, and nothing in the profile still opens the app', async () => {
  const { host, context, profileDir } = session;
  const launchToken = new URL(host.url).hash.replace('#launch=', '');
  const page = await context.newPage();
  await page.goto(host.url);
  await expectConnected(page);
  expect(page.url()).toBe(`${host.origin}/`);
  expect(await context.cookies()).toEqual([]);
  const secret = (await page.evaluate(() => sessionStorage.getItem('tamga.hostSession')))!;
  expect(secret.length).toBeGreaterThanOrEqual(32);

  // The secret works only as itself: in its header, not as a cookie.
  const exportUrl = `${host.origin}/exports/none.zip`;
  expect((await fetch(exportUrl, { headers: { 'X-Tamga-Session': secret } })).status).toBe(404);
  expect((await fetch(exportUrl, { headers: { Cookie: `tamga_token=${secret}` } })).status).toBe(403);
  expect((await fetch(exportUrl, { headers: { Cookie: `tamga_token=${launchToken}` } })).status).toBe(403);

  // A reload keeps the tab's session; the used address opens nothing in another tab, a fresh one does.
  await page.reload();
  await expectConnected(page);
  const second = await context.newPage();
  await second.goto(host.url);
  await expect(second.getByRole('alert').filter({ hasText: 'This page is not connected to Tamga' })).toBeVisible();
  await second.goto(await host.newLaunchUrl());
  await expectConnected(second);

  await context.close();
  // Chromium keeps the address it was asked to open, fragment and all, in History and Sessions before any script
  // of the page runs; that is why the token there must be spent. The session secret itself is kept only in the
  // tab's session storage.
  const secretFoundIn = findPlaintext([profileDir], [secret]).filter((place) => !place.includes(`${sep}Session Storage${sep}`));
  expect(secretFoundIn).toEqual([]);
  const reuse = await fetch(`${host.origin}/session`, { method: 'POST', headers: { Origin: host.origin, 'X-Tamga-Launch': launchToken } });
  expect(reuse.status).toBe(403);
});

test('another origin on this machine gets nothing: no session, no socket, no evidence', async ({ page }) => {
  const { host } = session;
  await page.goto(foreignOrigin);
  const statusOf = async (url: string, init: RequestInit) => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().startsWith(host.origin)),
      page.evaluate(([target, options]) => fetch(target!, options as RequestInit).catch(() => undefined), [url, init] as const),
    ]);
    return response.status();
  };
  // Simple requests, so the browser sends them as they are (with any cookie it had) and no preflight intervenes.
  expect(await statusOf(`${host.origin}/evidence/items/${ITEM}`, { mode: 'no-cors', credentials: 'include' })).toBe(403);
  expect(await statusOf(`${host.origin}/session`, { method: 'POST', mode: 'no-cors', credentials: 'include' })).toBe(403);
  // Even a leaked secret is no use from another port: the host serves its API to its own origin only.
  const launchToken = new URL(await host.newLaunchUrl()).hash.replace('#launch=', '');
  const traded = await fetch(`${host.origin}/session`, { method: 'POST', headers: { Origin: host.origin, 'X-Tamga-Launch': launchToken } });
  const { session: leaked } = (await traded.json()) as { session: string };
  expect(await statusOf(`${host.origin}/evidence/items/${ITEM}?session=${leaked}`, { mode: 'no-cors' })).toBe(403);
  const socketOpens = await page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(url, ['tamga.ipc']);
        socket.onopen = () => resolve(true);
        socket.onerror = () => resolve(false);
      }),
    `ws://127.0.0.1:${new URL(host.origin).port}/ipc`,
  );
  expect(socketOpens).toBe(false);
});
