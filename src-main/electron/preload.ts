import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { exposeTamga, type PreloadPage } from './preload-bridge';

// In the preload, globalThis is this isolated world's window; DOM events reach it from the page's world too.
exposeTamga({ contextBridge, ipcRenderer, webUtils }, globalThis as unknown as PreloadPage);
