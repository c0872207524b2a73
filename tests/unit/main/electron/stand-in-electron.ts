import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';
import type { ElectronMain } from '../../../../src-main/electron/electron-app';
import type { PreloadElectron, PreloadPage } from '../../../../src-main/electron/preload-bridge';

type Listener = (...args: never[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** A stand-in for Electron's main-process modules that records everything the app configures. */
export function standInMain(options: { singleInstance?: boolean; userData: string }) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
    exit: vi.fn(),
    quit: vi.fn(),
    getPath: vi.fn(() => options.userData),
    setPath: vi.fn(),
    getVersion: () => '0.0.0-test',
    whenReady: vi.fn(() => ready),
  });

  class WebContents extends EventEmitter {
    readonly mainFrame = { url: 'app://tamga/index.html' };
    readonly send = vi.fn();
    windowOpenHandler: Listener | undefined;
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }

  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => [...windows];
    readonly webContents = new WebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
  }

  const ipcMain = { handlers: new Map<string, Handler>(), handle: vi.fn((channel: string, handler: Handler) => void ipcMain.handlers.set(channel, handler)) };
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => void protocol.privileged.push(...schemes)),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => void protocol.handlers.set(scheme, handler)),
  };
  const recorded: {
    permissionRequest?: Handler;
    permissionCheck?: Handler;
    headersReceived?: Handler;
    beforeRequest?: { filter: { urls: string[] }; listener: Handler };
  } = {};
  const defaultSession = {
    setPermissionRequestHandler: vi.fn((handler: Handler) => void (recorded.permissionRequest = handler)),
    setPermissionCheckHandler: vi.fn((handler: Handler) => void (recorded.permissionCheck = handler)),
    webRequest: {
      onHeadersReceived: vi.fn((listener: Handler) => void (recorded.headersReceived = listener)),
      onBeforeRequest: vi.fn((filter: { urls: string[] }, listener: Handler) => void (recorded.beforeRequest = { filter, listener })),
    },
  };
  const powerMonitor = new EventEmitter();
  const dialog = { showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })) };

  const electron = { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, session: { defaultSession } };
  return {
    electron,
    /** The same object, typed as what the app expects of Electron. */
    asElectron: electron as unknown as ElectronMain,
    windows,
    recorded,
    /** Resolves app.whenReady() and lets its callbacks run. */
    async ready() {
      markReady();
      await new Promise((resolve) => setImmediate(resolve));
    },
    /** What Electron does for every new web contents: tell the app, then hand back the contents. */
    createContents() {
      const contents = new WebContents();
      app.emit('web-contents-created', {}, contents);
      return contents;
    },
  };
}

/** A stand-in for the preload's Electron modules and for the preload world's window. */
export function standInPreload(answer: (channel: string, ...args: unknown[]) => unknown = () => undefined) {
  const exposed = new Map<string, unknown>();
  const paths = new WeakMap<object, string>();
  const listeners: { type: string; capture: boolean; listener: (event: never) => void }[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void exposed.set(key, api)) },
    ipcRenderer: { invoke: vi.fn(async (channel: string, ...args: unknown[]) => answer(channel, ...args)), on: vi.fn(), off: vi.fn() },
    webUtils: { getPathForFile: vi.fn((file: File) => paths.get(file) ?? '') },
  };
  const page = { addEventListener: vi.fn((type: string, listener: (event: never) => void, capture: boolean) => void listeners.push({ type, capture, listener })) };
  return {
    electron,
    asElectron: electron as unknown as PreloadElectron,
    page,
    asPage: page as unknown as PreloadPage,
    exposed,
    listeners,
    /** A File as Electron hands it over from disk: webUtils knows its path. */
    fileOnDisk(path: string) {
      const file = new File(['bytes'], path.split('/').pop()!);
      paths.set(file, path);
      return file;
    },
    /** Delivers an event to the window's listeners the way the browser would, trusted or not. */
    dispatch(type: string, event: Record<string, unknown>) {
      for (const entry of listeners.filter((candidate) => candidate.type === type)) entry.listener(event as never);
    },
  };
}
