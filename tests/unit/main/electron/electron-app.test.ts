import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppOptions } from '../../../../src-main/app/create-app';
import { contentSecurityPolicy } from '../../../../src-main/app/content-security-policy';
import { startElectronApp } from '../../../../src-main/electron/electron-app';
import { FileGrants } from '../../../../src-main/evidence/file-grants';
import { contract } from '../../../../shared/ipc/contract';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_FILES_CHANNEL } from '../../../../shared/ipc/wire';
import { standInMain } from './stand-in-electron';

const HOSTILE = vi.hoisted(() => 'e'.repeat(32));
// The services behind the window are tested elsewhere; here a stand-in records what the shell hands them.
const started = vi.hoisted(() => [] as { options: AppOptions; lock: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }[]);
vi.mock('../../../../src-main/app/create-app', async () => {
  const { fakeVault } = await import('../evidence/fake-vault');
  return {
    createApp: (options: AppOptions) => {
      const lock = vi.fn();
      const dispose = vi.fn();
      started.push({ options, lock, dispose });
      const handlers = { 'app.info': async () => ({ name: 'Tamga', version: options.version, host: options.host, platform: 'linux' }) };
      const vault = fakeVault({ [HOSTILE]: { bytes: Buffer.from('<script>alert(1)</script>'), mediaType: 'text/html' } });
      return { handlers, vault: Object.assign(vault, { lock }), dispose };
    },
  };
});

const root = mkdtempSync(join(tmpdir(), 'tamga-shell-'));
const rendererDir = join(root, 'renderer');
mkdirSync(rendererDir);
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Tamga</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = { preload: join(root, 'preload', 'preload.cjs'), rendererDir };

let shell: ReturnType<typeof standInMain>;
beforeEach(() => {
  vi.stubEnv('TAMGA_DATA_DIR', '');
  shell = standInMain({ userData: join(root, 'user-data') });
});
afterEach(() => {
  started.splice(0);
  vi.unstubAllEnvs();
});

async function startedShell() {
  startElectronApp(shell.asElectron, paths);
  await shell.ready();
  const [window] = shell.windows;
  return { window: window!, app: started[0]! };
}

describe('Electron shell: single instance', () => {
  it('a second instance exits at once and sets nothing up', () => {
    shell = standInMain({ userData: join(root, 'user-data'), singleInstance: false });
    startElectronApp(shell.asElectron, paths);
    expect(shell.electron.app.exit).toHaveBeenCalledWith(0);
    expect(shell.electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(shell.electron.app.whenReady).not.toHaveBeenCalled();
    expect(shell.electron.app.eventNames()).toEqual([]);
  });

  it('the first instance holds the lock and brings its window forward when a second one starts', async () => {
    const { window } = await startedShell();
    expect(shell.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(shell.electron.app.exit).not.toHaveBeenCalled();
    window.isMinimized.mockReturnValue(true);
    shell.electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('Electron shell: the window', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
  ] as const)('web preference %s is %s', async (name, value) => {
    const { window } = await startedShell();
    expect(window.options.webPreferences?.[name]).toBe(value);
  });

  it('opens one window on app://tamga with the built preload, shown once it has painted', async () => {
    const { window } = await startedShell();
    expect(shell.windows).toHaveLength(1);
    expect(window.options.webPreferences?.preload).toBe(paths.preload);
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://tamga/index.html');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});

describe('Electron shell: the session', () => {
  it('denies every permission request and check', async () => {
    await startedShell();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      shell.recorded.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(shell.recorded.permissionCheck!({}, permission)).toBe(false);
    }
  });

  it('cancels every http, https, ws and wss request', async () => {
    await startedShell();
    const { filter, listener } = shell.recorded.beforeRequest!;
    expect([...filter.urls].sort()).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    const callback = vi.fn();
    listener({ url: 'https://example.org/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it("adds the app's CSP to a response that has none", async () => {
    await startedShell();
    const callback = vi.fn();
    shell.recorded.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });

  it('keeps the sandbox CSP evidence is served with', async () => {
    await startedShell();
    const sandbox = "default-src 'none'; sandbox";
    for (const name of ['Content-Security-Policy', 'content-security-policy']) {
      const callback = vi.fn();
      shell.recorded.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'], [name]: [sandbox] } }, callback);
      const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
      const policies = Object.entries(headers).filter(([key]) => key.toLowerCase() === 'content-security-policy').flatMap(([, value]) => value);
      expect(policies).toContain(sandbox);
    }
  });

  it('evidence read over app:// still carries its sandbox CSP once the session has seen it', async () => {
    await startedShell();
    const response = await shell.electron.protocol.handlers.get('app')!(new Request(`app://tamga/evidence/items/${HOSTILE}`));
    const callback = vi.fn();
    shell.recorded.headersReceived!({ responseHeaders: Object.fromEntries([...response.headers].map(([name, value]) => [name, [value]])) }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['content-security-policy']).toEqual(["default-src 'none'; sandbox", contentSecurityPolicy()]);
  });

  it('does not repeat a policy a response already has', async () => {
    await startedShell();
    const callback = vi.fn();
    shell.recorded.headersReceived!({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy()] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
});

describe('Electron shell: navigation', () => {
  it('blocks navigation, webviews and window.open in every web contents', async () => {
    await startedShell();
    const contents = shell.createContents();
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://example.org/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('Electron shell: app:// and IPC', () => {
  it('registers app:// as a standard, secure scheme before ready and serves the renderer with the CSP', async () => {
    startElectronApp(shell.asElectron, paths);
    expect(shell.electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
    expect(shell.electron.protocol.handlers.size).toBe(0);
    await shell.ready();
    const response = await shell.electron.protocol.handlers.get('app')!(new Request('app://tamga/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('registers one handler per contract channel plus the files channel, and answers only its own top-level frame', async () => {
    const { window } = await startedShell();
    const expected = [...Object.keys(contract).map((channel) => `tamga:${channel}`), ELECTRON_FILES_CHANNEL];
    expect([...shell.electron.ipcMain.handlers.keys()].sort()).toEqual(expected.sort());
    const info = shell.electron.ipcMain.handlers.get('tamga:app.info')!;
    const contents = window.webContents;
    expect(await info({ sender: contents, senderFrame: contents.mainFrame }, {})).toMatchObject({ ok: true, value: { host: 'electron' } });
    expect(await info({ sender: contents, senderFrame: {} }, {})).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    expect(await info({ sender: shell.createContents(), senderFrame: contents.mainFrame }, {})).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
  });

  it('the files the window registers are granted through the FileGrants the app imports from', async () => {
    const { window, app } = await startedShell();
    expect(app.options.grants).toBeInstanceOf(FileGrants);
    const file = join(root, 'ruling.txt');
    writeFileSync(file, 'court ruling');
    const register = shell.electron.ipcMain.handlers.get(ELECTRON_FILES_CHANNEL)!;
    const reply = (await register({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, [file])) as { value: string[] };
    expect(app.options.grants!.take(reply.value[0]!)).toBe(file);
  });

  it('asks where to save a bundle with the save dialog over our window, taking only a file name from the renderer', async () => {
    const { window, app } = await startedShell();
    const { showSaveDialog } = shell.electron.dialog;
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(root, 'case-12.zip') });
    expect(await app.options.chooseBundlePath!('case-12.zip')).toBe(join(root, 'case-12.zip'));
    expect(showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'case-12.zip', properties: expect.arrayContaining(['showOverwriteConfirmation']) }));
    await app.options.chooseBundlePath!('../../.ssh/authorized_keys.zip');
    expect(showSaveDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ defaultPath: 'authorized_keys.zip' }));
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await app.options.chooseBundlePath!('case-12.zip')).toBeUndefined();
  });

  it('pushes events to the window', async () => {
    const { window, app } = await startedShell();
    app.options.emit('vault.locked', { reason: 'idle' });
    expect(window.webContents.send).toHaveBeenCalledWith(ELECTRON_EVENT_CHANNEL, { event: 'vault.locked', payload: { reason: 'idle' } });
  });

  it('keeps its data under userData unless told otherwise', async () => {
    const { app } = await startedShell();
    expect(app.options).toMatchObject({ dataDir: join(root, 'user-data'), host: 'electron' });
    expect(shell.electron.app.setPath).toHaveBeenCalledWith('userData', join(root, 'user-data'));
  });
});

describe('Electron shell: locking', () => {
  it.each(['suspend', 'lock-screen'])('locks the vault on %s', async (event) => {
    const { app } = await startedShell();
    shell.electron.powerMonitor.emit(event);
    expect(app.lock).toHaveBeenCalledWith('sleep');
  });

  it('locks, disposes and quits when the window closes', async () => {
    const { app } = await startedShell();
    shell.electron.app.emit('window-all-closed');
    expect(app.lock).toHaveBeenCalledWith('user');
    expect(app.dispose).toHaveBeenCalled();
    expect(shell.electron.app.quit).toHaveBeenCalled();
  });
});

describe('Electron main entry', () => {
  it('starts the shell with the real module and the built preload and renderer beside it', async () => {
    vi.doMock('electron', () => shell.electron);
    await import('../../../../src-main/electron/main');
    expect(shell.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    await shell.ready();
    expect(shell.windows[0]!.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
    vi.doUnmock('electron');
  });
});
