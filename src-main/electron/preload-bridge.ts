import type { ContextBridge, IpcRenderer, WebUtils } from 'electron';
import { contract, isChannel, type TamgaClient } from '../../shared/ipc/contract';
import { ELECTRON_CHANNEL_PREFIX, ELECTRON_EVENT_CHANNEL, ELECTRON_FILES_CHANNEL } from '../../shared/ipc/wire';

/** What the preload uses of Electron; tests pass a stand-in. */
export type PreloadElectron = {
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>;
  ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'off'>;
  webUtils: Pick<WebUtils, 'getPathForFile'>;
};

/** The preload world's window, as far as file events go (main's TypeScript program has no DOM types). */
export type PreloadPage = {
  addEventListener(type: 'drop' | 'change', listener: (event: PageEvent) => void, capture: true): void;
};
type PageEvent = {
  readonly isTrusted: boolean;
  readonly target: { tagName?: unknown; type?: unknown; files?: ArrayLike<File> | null } | null;
  readonly dataTransfer?: { files: ArrayLike<File> } | null;
};

/** Main's answer on the files channel (file-grants-ipc.ts): one handle, or null, per path sent. */
type GrantReply = { ok: true; value: (string | null)[] } | { ok: false };

// As many paths as main accepts in one request, and as many unclaimed handles as are worth remembering.
const BATCH = 10_000;
const KEEP = 10_000;

/**
 * Exposes `window.tamga` (the contract's channels over ipcRenderer, never ipcRenderer itself) and
 * `window.tamgaFiles`. Runs in the isolated preload world: the page's scripts can call what is exposed and
 * nothing else, so they can neither register a path nor forge the trusted events that do.
 */
export function exposeTamga({ contextBridge, ipcRenderer, webUtils }: PreloadElectron, page: PreloadPage): void {
  const client: TamgaClient = {
    invoke: (channel, input) => {
      if (!isChannel(channel)) return Promise.resolve({ ok: false, error: { code: 'ipc.unknownChannel' } });
      return ipcRenderer.invoke(`${ELECTRON_CHANNEL_PREFIX}${channel}`, input);
    },
    on: (event, listener) => {
      const forward = (_: unknown, frame: { event: string; payload: never }) => {
        if (frame.event === event) listener(frame.payload);
      };
      ipcRenderer.on(ELECTRON_EVENT_CHANNEL, forward);
      return () => ipcRenderer.off(ELECTRON_EVENT_CHANNEL, forward);
    },
  };
  contextBridge.exposeInMainWorld('tamga', { ...client, channels: Object.keys(contract) });

  // Handles main granted, by path, in the order the files arrived; each is handed out once.
  const handles = new Map<string, Promise<string | undefined>[]>();
  let kept = 0;
  const keep = (path: string, handle: Promise<string | undefined>) => {
    if (kept >= KEEP) {
      const [oldest, queue] = handles.entries().next().value!;
      queue.shift();
      if (queue.length === 0) handles.delete(oldest);
      kept--;
    }
    handles.set(path, [...(handles.get(path) ?? []), handle]);
    kept++;
  };

  const register = (files: ArrayLike<File> | null | undefined) => {
    // A file with no path on disk (pasted, or made by a script) has nothing to grant.
    const paths = Array.from(files ?? [], (file) => webUtils.getPathForFile(file)).filter((path) => path.length > 0);
    for (let start = 0; start < paths.length; start += BATCH) {
      const batch = paths.slice(start, start + BATCH);
      const reply = (ipcRenderer.invoke(ELECTRON_FILES_CHANNEL, batch) as Promise<GrantReply>).then(
        (answer) => (answer.ok ? answer.value : []),
        () => [],
      );
      batch.forEach((path, i) => keep(path, reply.then((granted) => granted[i] ?? undefined)));
    }
  };

  // Capture phase on window: these run before any listener of the page's, so the handle is on its way before
  // the page asks for it. Only the person's own drop or pick is trusted; events a script dispatches are not.
  page.addEventListener('drop', (event) => {
    if (event.isTrusted) register(event.dataTransfer?.files);
  }, true);
  page.addEventListener('change', (event) => {
    const input = event.target;
    if (event.isTrusted && input?.tagName === 'INPUT' && input.type === 'file') register(input.files);
  }, true);

  contextBridge.exposeInMainWorld('tamgaFiles', {
    handleOf: (file: File): Promise<string | undefined> => {
      let path: string;
      try {
        path = webUtils.getPathForFile(file);
      } catch {
        return Promise.resolve(undefined);
      }
      const queue = handles.get(path);
      const handle = queue?.shift();
      if (handle) kept--;
      if (queue?.length === 0) handles.delete(path);
      return handle ?? Promise.resolve(undefined);
    },
  });
}
