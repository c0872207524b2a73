import type { BrowserWindow } from 'electron';

/** The one window. Every web preference below is a security default that must stay as it is. */
export function createMainWindow(Window: typeof BrowserWindow, preloadPath: string, indexUrl: string): BrowserWindow {
  const window = new Window({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Tamga',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(indexUrl);
  return window;
}
