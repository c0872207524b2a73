// The renderer's tamper cases (tests/component/records: encryption-at-rest, open-path, working-snapshot) run on
// fake-indexeddb; this runs them once against Chromium's real IndexedDB, through the real app and browser host.
// The working copy is spoiled with the page's own indexedDB (no Dexie, no keys) while the vault is locked, as
// someone with the profile folder could, and what a person then sees is asserted by accessible name and text.
//
// What happens, and why (src-renderer/records/journal-sync.ts, table-load.ts, open-records.ts):
// - The working copy keeps its sealed position in main's record journal (`meta`). When that position still names
//   the journal's last entry, unlock replays only what follows it, which is nothing here, and does not compare the
//   rows with the journal. So a flipped or moved row is NOT replaced by the journal's intact version: it fails
//   AES-GCM (flipped: tag; moved: AAD = table + id), is left out of the list and search, and is reported in
//   Records.damaged(). What a person sees is the case missing from the list with a count of refused rows and a
//   button that rebuilds the copy from the journal, and, for the case the editor reopens on after unlock (it reads
//   through Dexie), the records.unreadable alert.
// - The snapshot is a cache filed under the digest of the raw rows: a replayed old one is served first and then
//   replaced table by table once the rows no longer hash to its digest; a corrupted one is ignored.
// - Wrong key: a second vault served on the same port shares the origin, hence the IndexedDB, of the first. Its
//   sealed position does not open under the second vault's key, and neither do its rows: journal-sync clears them
//   and sends none to the second vault's journal (main would refuse them too). The person sees an empty vault.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { removeDir, startHost, type RunningHost } from './browser-host';
import { createVault, lockAndUnlock } from './vault-steps';

const PASSPHRASE = 'журнал мониторинга 2026';
const SCREENS = 'test-results/screens';
const UNREADABLE = /A stored record \(cases [0-9a-f]+\) failed its integrity check: it was altered or damaged on disk, or sealed with another key\. It was not shown or used\./;

type IdbOp =
  | { kind: 'ids'; store: string }
  | { kind: 'flip'; store: string; id: string }
  | { kind: 'copySealed'; store: string; from: string; to: string }
  | { kind: 'getSealed'; store: string; id: string }
  | { kind: 'putSealed'; store: string; id: string; bytes: number[] }
  | { kind: 'delete'; store: string; id: string };

/** One operation on the raw IndexedDB database of the page's origin, without Dexie and without any key. */
function idb<T = unknown>(page: Page, op: IdbOp): Promise<T> {
  return page.evaluate(async (op: IdbOp) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('tamga-records');
      request.onupgradeneeded = () => request.transaction!.abort(); // never create it
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const call = <R>(request: IDBRequest<R>) =>
      new Promise<R>((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    try {
      const tx = db.transaction([op.store], op.kind === 'ids' || op.kind === 'getSealed' ? 'readonly' : 'readwrite');
      const store = tx.objectStore(op.store);
      const committed = new Promise<void>((done, fail) => {
        tx.oncomplete = () => done();
        tx.onabort = tx.onerror = () => fail(tx.error);
      });
      let out: unknown;
      if (op.kind === 'ids') out = ((await call(store.getAllKeys())) as string[]).sort();
      else if (op.kind === 'getSealed') {
        const row = (await call(store.get(op.id))) as { sealed: Uint8Array } | undefined;
        out = row ? Array.from(row.sealed) : null;
      } else if (op.kind === 'flip') {
        const row = (await call(store.get(op.id))) as { sealed: Uint8Array };
        const at = row.sealed.length - 20; // one ciphertext byte, as in encryption-at-rest.test.ts
        row.sealed[at] = row.sealed[at]! ^ 0x01;
        await call(store.put(row));
      } else if (op.kind === 'copySealed') {
        const [from, to] = [(await call(store.get(op.from))) as { sealed: Uint8Array }, (await call(store.get(op.to))) as Record<string, unknown>];
        await call(store.put({ ...to, sealed: from.sealed }));
      } else if (op.kind === 'putSealed') await call(store.put({ id: op.id, sealed: new Uint8Array(op.bytes) }));
      else await call(store.delete(op.id));
      await committed;
      return out;
    } finally {
      db.close();
    }
  }, op) as Promise<T>;
}

async function newCase(page: Page, title: string) {
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}

async function lock(page: Page) {
  await page.getByRole('button', { name: 'Lock vault' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
}

async function unlock(page: Page, passphrase = PASSPHRASE) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock vault' })).toBeVisible({ timeout: 30_000 });
}

/** A host with a data directory of its own and a fresh browser context, its vault created and open on Cases. */
async function freshVault(browser: Browser): Promise<{ host: RunningHost; context: BrowserContext; page: Page; close(): Promise<void> }> {
  const host = await startHost();
  const context = await browser.newContext();
  const page = await context.newPage();
  await createVault(page, host.url, PASSPHRASE);
  return {
    host,
    context,
    page,
    async close() {
      await context.close();
      await host.stop();
      removeDir(host.dataDir);
    },
  };
}

test('a case row with one byte flipped is refused at unlock, not shown, and named when the editor reopens on it', async ({ browser }) => {
  const vault = await freshVault(browser);
  const { page } = vault;
  try {
    const TITLE = 'Задержание в Жанаозене Flip3K';
    await newCase(page, TITLE);
    const [id] = await idb<string[]>(page, { kind: 'ids', store: 'cases' });
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    // Locked from the editor, so the editor reopens on this case after unlock.
    await lock(page);
    await idb(page, { kind: 'flip', store: 'cases', id: id! });
    await unlock(page);

    // The editor reads the case through Dexie: the sealing middleware refuses it and says so, naming the row.
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(UNREADABLE);
    await expect(alert).toContainText(`(cases ${id})`);
    await expect(page.getByRole('heading', { name: TITLE })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/records-tamper-flipped-editor.png`, fullPage: true });

    // The list leaves it out: the journal was not asked to restore it (the stored position still matched).
    await page.getByRole('button', { name: 'Back to cases' }).click();
    await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
    await expect(page.getByText('No cases yet', { exact: false })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('1 stored record failed its integrity check and is not shown');
    await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Flip3K');
    await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/records-tamper-flipped-list.png`, fullPage: true });
    // The altered row is still there, untouched by the unlock: refused, not repaired and not deleted.
    expect(await idb<string[]>(page, { kind: 'ids', store: 'cases' })).toEqual([id]);

    // Asked to, the copy is rebuilt from the vault's journal, which still holds the case as it was saved.
    await page.getByRole('button', { name: 'Replace them from the vault' }).click();
    await expect(page.getByRole('option', { name: new RegExp(TITLE) })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await vault.close();
  }
});

test("a case row carrying another case's sealed payload is refused; the case it came from still opens", async ({ browser }) => {
  const vault = await freshVault(browser);
  const { page } = vault;
  try {
    const TITLE_A = 'Разгон пикета Moved7A';
    const TITLE_B = 'Обыск в редакции Moved7B';
    await newCase(page, TITLE_A);
    const [a] = await idb<string[]>(page, { kind: 'ids', store: 'cases' });
    await page.getByRole('button', { name: 'Back to cases' }).click();
    await newCase(page, TITLE_B);
    const b = (await idb<string[]>(page, { kind: 'ids', store: 'cases' })).find((id) => id !== a);
    expect(b).toMatch(/^[0-9a-f]{32}$/);

    // Locked with B in the editor; B's row then gets A's payload (its clear columns stay B's).
    await lock(page);
    await idb(page, { kind: 'copySealed', store: 'cases', from: a!, to: b! });
    await unlock(page);

    // A's payload is sealed with AAD naming A's id, so on B's row it fails: B is refused, and A is not shown as B.
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(UNREADABLE);
    await expect(alert).toContainText(`(cases ${b})`);
    await expect(page.getByRole('heading', { name: TITLE_A })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: TITLE_B })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/records-tamper-moved-editor.png`, fullPage: true });

    await page.getByRole('button', { name: 'Back to cases' }).click();
    await expect(page.getByText('1 of 1 case', { exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(TITLE_A) })).toHaveCount(1);
    await expect(page.getByRole('option', { name: new RegExp(TITLE_B) })).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/records-tamper-moved-list.png`, fullPage: true });
    await page.getByRole('option', { name: new RegExp(TITLE_A) }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE_A);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await vault.close();
  }
});

test('a replayed old snapshot and a corrupted one are only a cache: unlock lists what the rows say', async ({ browser }) => {
  const vault = await freshVault(browser);
  const { page } = vault;
  try {
    const OLD = 'Старое название Snap4Old';
    const NEW = 'Новое название Snap4New';
    await newCase(page, OLD);
    await page.getByRole('button', { name: 'Back to cases' }).click();

    // A snapshot that certainly holds the case as OLD: none at unlock, so the tables are opened row by row and the
    // writer files them shortly after (firstWriteMs). Waited for by polling the store, not by sleeping.
    await lock(page);
    await idb(page, { kind: 'delete', store: 'snapshots', id: 'working-set' });
    await unlock(page);
    await expect(page.getByRole('option', { name: new RegExp(OLD) })).toBeVisible();
    await expect.poll(() => idb<number[] | null>(page, { kind: 'getSealed', store: 'snapshots', id: 'working-set' }), { timeout: 30_000 }).not.toBeNull();
    const old = (await idb<number[]>(page, { kind: 'getSealed', store: 'snapshots', id: 'working-set' }))!;

    await page.getByRole('option', { name: new RegExp(OLD) }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(NEW);
    await expect(page.getByRole('heading', { name: NEW })).toBeVisible();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Back to cases' }).click();
    await expect(page.getByRole('option', { name: new RegExp(NEW) })).toBeVisible();

    // Replayed: the authentic old snapshot put back. It opens and is served first, but the cases rows no longer hash
    // to the digest it was filed under, so that table is opened row by row and replaces what was served.
    await lock(page);
    await idb(page, { kind: 'putSealed', store: 'snapshots', id: 'working-set', bytes: old });
    await unlock(page);
    await expect(page.getByRole('option', { name: new RegExp(NEW) })).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(OLD) })).toHaveCount(0);
    await expect(page.getByText('1 of 1 case', { exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Snap4Old');
    await expect(page.getByRole('option', { name: new RegExp(OLD) })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Snap4New');
    await expect(page.getByRole('option', { name: new RegExp(NEW) })).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/records-tamper-snapshot-replayed.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('');

    // Corrupted: one byte of the old snapshot flipped. It fails authentication and is ignored altogether.
    await lock(page);
    await idb(page, { kind: 'putSealed', store: 'snapshots', id: 'working-set', bytes: old });
    await idb(page, { kind: 'flip', store: 'snapshots', id: 'working-set' });
    await unlock(page);
    await expect(page.getByRole('option', { name: new RegExp(NEW) })).toBeVisible();
    await expect(page.getByRole('option', { name: new RegExp(OLD) })).toHaveCount(0);
    await expect(page.getByText('1 of 1 case', { exact: true })).toBeVisible();
    await page.getByRole('option', { name: new RegExp(NEW) }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(NEW);
    await page.screenshot({ path: `${SCREENS}/records-tamper-snapshot-corrupted.png`, fullPage: true });
  } finally {
    await vault.close();
  }
});

// --- Wrong key ---------------------------------------------------------------------------------------------------

const HOST_ENTRY = resolve(__dirname, '../../out/main/browser-host.js');
const LAUNCH_URL = /^http:\/\/127\.0\.0\.1:\d+\/#launch=[\w-]+$/;

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** The built host on a fixed port, as `--port 5170` in the README: two data directories in turn, one origin. */
async function hostOnPort(dataDir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [HOST_ENTRY, '--data-dir', dataDir, '--port', String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (LAUNCH_URL.test(line.trim())) done(line.trim());
    });
    child.once('exit', (code) => fail(new Error(`browser host exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const journalLines = (dataDir: string) => readFileSync(join(dataDir, 'vault/records/journal.log'), 'utf8').split('\n').filter(Boolean).length - 1;

test("a working copy sealed under another vault's key is refused whole: none of its cases is shown", async ({ browser }) => {
  const port = await freePort();
  const [dirA, dirB] = [mkdtempSync(join(tmpdir(), 'tamga-e2e-a-')), mkdtempSync(join(tmpdir(), 'tamga-e2e-b-'))];
  const context = await browser.newContext();
  let host: { url: string; stop(): Promise<void> } | undefined;
  try {
    const TITLE = 'Дело первого хранилища Key5A';
    host = await hostOnPort(dirA, port);
    const first = await context.newPage();
    await createVault(first, host.url, PASSPHRASE);
    await newCase(first, TITLE);
    await first.getByRole('button', { name: 'Back to cases' }).click();
    const ids = await idb<string[]>(first, { kind: 'ids', store: 'cases' });
    expect(ids).toHaveLength(1);
    await lock(first);
    await first.close();
    await host.stop();

    // Another data directory on the same port: the same origin, so the same IndexedDB, now under another vault.
    host = await hostOnPort(dirB, port);
    const second = await context.newPage();
    const OTHER = 'другая фраза хранилища 2026';
    await createVault(second, host.url, OTHER);
    await expect(second.getByText('No cases yet', { exact: false })).toBeVisible();
    await expect(second.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
    await second.getByRole('combobox', { name: 'Search cases, people, events, notes' }).fill('Key5A');
    await expect(second.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
    await second.screenshot({ path: `${SCREENS}/records-tamper-wrong-key.png`, fullPage: true });
    // The foreign rows open under no key of vault B: they are cleared from the profile and never reach B's journal.
    expect(await idb<string[]>(second, { kind: 'ids', store: 'cases' })).toEqual([]);
    expect(journalLines(dirB)).toBe(0);

    await lockAndUnlock(second, OTHER);
    await expect(second.getByText('No cases yet', { exact: false })).toBeVisible();
    await expect(second.getByRole('option', { name: new RegExp(TITLE) })).toHaveCount(0);
  } finally {
    await context.close();
    await host?.stop();
    removeDir(dirA);
    removeDir(dirB);
  }
});
