import type * as Electron from 'electron';
import { createApp, type TamgaApp } from '../app/create-app';
import { resolveDataDir } from '../app/data-dir';
import { contentSecurityPolicy } from '../app/content-security-policy';
import { FileGrants } from '../evidence/file-grants';
import { ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/wire';
import { registerHandlers } from './register-handlers';
import { registerFileGrants } from './file-grants-ipc';
import { withAppPolicy } from './response-csp';
import { bundleSaveDialog } from './save-dialog';
import { createMainWindow } from './window';
import { APP_ORIGIN, APP_SCHEME, handleAppRequest } from './app-protocol';

/** The parts of Electron main uses; tests pass a stand-in that records what is configured. */
export type ElectronMain = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'powerMonitor' | 'protocol' | 'session'>;

/** Where the built preload and renderer are, relative to the built main bundle. */
export type ShellPaths = { preload: string; rendererDir: string };

/** Nothing leaves the machine from the app's own window: every request to these schemes is cancelled. */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/**
 * The thin Electron layer: windows, IPC registration, power events. Everything it calls is tested under Node,
 * and this function itself runs in tests against a stand-in Electron.
 */
export function startElectronApp(electron: ElectronMain, paths: ShellPaths): void {
  const { app, protocol } = electron;
  // A second copy would open the same vault twice; hand focus to the first and leave at once.
  if (!app.requestSingleInstanceLock()) {
    app.exit(0);
    return;
  }

  // Registered before ready, as Electron requires: a standard, secure scheme gives the renderer a real origin.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  app.setPath('userData', dataDir);

  let tamga: TamgaApp | undefined;
  let renderer: Electron.WebContents | undefined;
  let mainWindow: Electron.BrowserWindow | undefined;
  // Main imports only files it granted when the person picked or dropped them.
  const grants = new FileGrants();

  void app.whenReady().then(() => {
    const { session, ipcMain, powerMonitor } = electron;
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withAppPolicy(details.responseHeaders, contentSecurityPolicy()) });
    });
    session.defaultSession.webRequest.onBeforeRequest({ urls: BLOCKED_URLS }, (_details, callback) => callback({ cancel: true }));

    tamga = createApp({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      emit: (event, payload) => renderer?.send(ELECTRON_EVENT_CHANNEL, { event, payload }),
      grants,
      chooseBundlePath: bundleSaveDialog(electron.dialog, () => mainWindow),
    });
    const vault = tamga.vault;
    protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, paths.rendererDir, vault));
    const window = createMainWindow(electron.BrowserWindow, paths.preload, `${APP_ORIGIN}/index.html`);
    mainWindow = window;
    renderer = window.webContents;
    registerHandlers(ipcMain, tamga.handlers, window.webContents);
    registerFileGrants(ipcMain, grants, window.webContents);

    // A laptop closed in the field must come back locked.
    powerMonitor.on('suspend', () => tamga?.vault.lock('sleep'));
    powerMonitor.on('lock-screen', () => tamga?.vault.lock('sleep'));
  });

  app.on('second-instance', () => {
    const [window] = electron.BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    tamga?.vault.lock('user');
    tamga?.dispose();
    app.quit();
  });
}
