import { app, BrowserWindow, ipcMain, powerMonitor, protocol, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { createApp, type TamgaApp } from '../app/create-app';
import { resolveDataDir } from '../app/data-dir';
import { contentSecurityPolicy } from '../app/content-security-policy';
import { ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/wire';
import { registerHandlers } from './register-handlers';
import { createMainWindow } from './window';
import { APP_ORIGIN, APP_SCHEME, handleAppRequest } from './app-protocol';

// The thin Electron layer: windows, IPC registration, power events. Everything it calls is tested under Node.
// A second copy would open the same vault twice; hand focus to the first and leave at once.
if (!app.requestSingleInstanceLock()) app.exit(0);

// Registered before ready, as Electron requires: a standard, secure scheme gives the renderer a real origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
app.setPath('userData', dataDir);

let tamga: TamgaApp | undefined;
let renderer: WebContents | undefined;

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
  // Nothing leaves the machine from the app's own window: any http(s) request is cancelled.
  session.defaultSession.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));

  tamga = createApp({
    dataDir,
    host: 'electron',
    version: app.getVersion(),
    emit: (event, payload) => renderer?.send(ELECTRON_EVENT_CHANNEL, { event, payload }),
  });
  const rendererDir = join(__dirname, '../renderer');
  const vault = tamga.vault;
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir, vault));
  const window = createMainWindow(join(__dirname, '../preload/preload.cjs'), `${APP_ORIGIN}/index.html`);
  renderer = window.webContents;
  registerHandlers(ipcMain, tamga.handlers, window.webContents);

  // A laptop closed in the field must come back locked.
  powerMonitor.on('suspend', () => tamga?.vault.lock('sleep'));
  powerMonitor.on('lock-screen', () => tamga?.vault.lock('sleep'));
});

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
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
